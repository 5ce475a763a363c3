using System.Text.Json;
using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Core.Games;

/// <summary>
/// An instances file: <c>{"experiments": [{"name": …, &lt;params&gt;, "game_instances": [{"game_id": …}, …]}]}</c>.
/// Experiment index = position in the file; episode number = position within the experiment.
/// </summary>
public sealed class InstanceFile
{
    InstanceFile(string path, IReadOnlyList<Experiment> experiments)
    {
        Path = path;
        Experiments = experiments;
    }

    public string Path { get; }
    public IReadOnlyList<Experiment> Experiments { get; }

    public static InstanceFile Load(string path)
    {
        if (!File.Exists(path)) throw new ClemUserException($"{path}: instances file not found");
        JsonObject root;
        try { root = ClemJson.ReadObject(path); }
        catch (JsonException e) { throw new ClemUserException(e.Message, e); }
        return FromJson(root, path);
    }

    public static InstanceFile FromJson(JsonObject root, string path)
    {
        if (root["experiments"] is not JsonArray exps)
            throw new ClemUserException($"{path}: no \"experiments\" list at the top level");
        var list = new List<Experiment>();
        for (int i = 0; i < exps.Count; i++)
        {
            if (exps[i] is not JsonObject exp) throw new ClemUserException($"{path}: experiment {i} is not an object");
            if (exp["name"] is not JsonValue nameNode || !nameNode.TryGetValue<string>(out var name) || name.Length == 0)
                throw new ClemUserException($"{path}: experiment {i} has no \"name\"");
            if (exp["game_instances"] is not JsonArray insts)
                throw new ClemUserException($"{path}: experiment '{name}' has no \"game_instances\" list");
            var instances = new List<JsonObject>();
            for (int k = 0; k < insts.Count; k++)
            {
                if (insts[k] is not JsonObject inst || !inst.ContainsKey("game_id"))
                    throw new ClemUserException($"{path}: experiment '{name}', instance {k} is not an object with a \"game_id\"");
                instances.Add(inst);
            }
            var parameters = new JsonObject();
            foreach (var (k, v) in exp)
                if (k != "game_instances") parameters[k] = v?.DeepClone();
            list.Add(new Experiment(i, name, parameters, instances));
        }
        return new InstanceFile(path, list);
    }
}

/// <summary>A named group of instances sharing parameters (prompts, limits …).</summary>
public sealed record Experiment(int Index, string Name, JsonObject Parameters, IReadOnlyList<JsonObject> Instances)
{
    /// <summary>The results folder name: "&lt;index&gt;_&lt;name&gt;".</summary>
    public string DirectoryName => $"{Index}_{Name}";
}
