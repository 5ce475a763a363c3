using System.Text.Json;
using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Backends.Registry;

/// <summary>
/// Registry entries in lookup order: the files given with --registry, then model_registry.json (clemcore)
/// and model_registry_custom.json (clembench v1.x) in the working directory, then the packaged registry.
/// Both entry formats are read as they are (v1 flat, v2 with "model_config"); every entry gets
/// "lookup_source" ("packaged" or its file), which a JSON spec can name to pick one of equal names.
/// </summary>
public sealed class ModelRegistry
{
    public const string PackagedSource = "packaged";
    public const string FileName = "model_registry.json";
    public const string LegacyCustomFileName = "model_registry_custom.json";

    readonly List<JsonObject> _entries = [];

    public IReadOnlyList<JsonObject> Entries => _entries;
    public IReadOnlyList<string> Sources { get; private set; } = [];

    /// <summary>The packaged registry, copied beside this assembly.</summary>
    public static string PackagedPath => Path.Combine(AppContext.BaseDirectory, FileName);

    public static ModelRegistry Load(IEnumerable<string>? explicitFiles = null, string? workingDirectory = null, bool includePackaged = true)
    {
        var registry = new ModelRegistry();
        var sources = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in explicitFiles ?? [])
        {
            if (!File.Exists(file)) throw new ClemUserException($"{file}: model registry file not found");
            var full = Path.GetFullPath(file);
            if (seen.Add(full)) { registry.AddFile(full, full); sources.Add(full); }
        }
        var cwd = workingDirectory ?? Directory.GetCurrentDirectory();
        foreach (var name in new[] { FileName, LegacyCustomFileName })
        {
            var full = Path.GetFullPath(Path.Combine(cwd, name));
            if (File.Exists(full) && full != Path.GetFullPath(PackagedPath) && seen.Add(full)) { registry.AddFile(full, full); sources.Add(full); }
        }
        if (includePackaged && File.Exists(PackagedPath)) { registry.AddFile(PackagedPath, PackagedSource); sources.Add(PackagedSource); }
        registry.Sources = sources;
        return registry;
    }

    /// <summary>Adds the entries of one registry file (a JSON list of entries).</summary>
    public void AddFile(string path, string source)
    {
        JsonNode? node;
        try { node = ClemJson.ReadFile(path); }
        catch (JsonException e) { throw new ClemUserException($"{path}: not valid JSON: {e.Message}", e); }
        if (node is not JsonArray list) throw new ClemUserException($"{path}: a model registry must be a JSON list of model entries");
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject entry) throw new ClemUserException($"{path}: entry {i} is not an object");
            Add(entry, source, $"{path}: entry {i}");
        }
    }

    public void Add(JsonObject entry, string source, string where)
    {
        if (entry["model_name"] is not JsonValue n || !n.TryGetValue<string>(out var name) || name.Length == 0)
            throw new ClemUserException($"{where} has no \"model_name\"");
        if (entry["backend"] is not JsonValue b || !b.TryGetValue<string>(out var backend) || backend.Length == 0)
            throw new ClemUserException($"{where} ('{name}') has no \"backend\"");
        if (entry["model_config"] is { } mc && mc is not JsonObject)
            throw new ClemUserException($"{where} ('{name}'): \"model_config\" must be an object");
        var copy = entry.DeepClone().AsObject();
        copy["lookup_source"] = source;
        _entries.Add(copy);
    }

    /// <summary>The first entry that unifies with <paramref name="spec"/> (clemcore's rule), unified; null if none.</summary>
    public JsonObject? Unify(JsonObject spec)
    {
        foreach (var entry in _entries)
            if (Unifier.Unify(spec, entry) is { } unified) return unified;
        return null;
    }

    public IEnumerable<JsonObject> Named(string name) => _entries.Where(e => e["model_name"]?.GetValue<string>() == name);
}
