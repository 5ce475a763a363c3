using Clem.Core.Json;
using Clem.Core.Models;

namespace Clem.Core.Running;

/// <summary>
/// clembench v1.x results layout:
/// <c>&lt;results&gt;/&lt;modelA&gt;-t&lt;T&gt;--&lt;modelB&gt;-t&lt;T&gt;/&lt;game&gt;/&lt;idx&gt;_&lt;experiment&gt;/episode_&lt;k&gt;/</c>.
/// Evaluation relies on these positions only.
/// </summary>
public static class ResultsLayout
{
    public const string ErrorFile = "error.json";
    public const string InstanceFile = "instance.json";

    /// <summary>"gpt-4-t0.0--gpt-4-t0.0"; single-player games still double the model ("virtual self-play").</summary>
    public static string PairDirectory(IReadOnlyList<IModel> models)
    {
        if (models.Count == 0) throw new ArgumentException("no models", nameof(models));
        var a = models[0];
        var b = models.Count > 1 ? models[1] : models[0];
        return $"{Descriptor(a)}--{Descriptor(b)}";
    }

    public static string Descriptor(IModel model) => $"{SafeName(model.Spec.Name)}-t{PyFloat.Repr(model.Generation.Temperature)}";

    /// <summary>Model names become folder names: path separators are not allowed in them.</summary>
    public static string SafeName(string name) => name.Replace('/', '_').Replace('\\', '_');

    public static string ExperimentFile(string experimentName) => $"experiment_{experimentName}.json";

    public static string EpisodeDirectory(int episode) => $"episode_{episode}";

    /// <summary>The experiment name of an experiment folder: the folder name minus the leading "&lt;idx&gt;_".</summary>
    public static string ExperimentName(string experimentDirectoryName)
    {
        var i = experimentDirectoryName.IndexOf('_');
        return i > 0 && experimentDirectoryName[..i].All(char.IsAsciiDigit) ? experimentDirectoryName[(i + 1)..] : experimentDirectoryName;
    }

    /// <summary>Episode folders of an experiment folder, in numeric order.</summary>
    public static IEnumerable<string> EpisodeDirectories(string experimentDir) =>
        Directory.EnumerateDirectories(experimentDir, "episode_*")
            .Select(d => (d, n: int.TryParse(Path.GetFileName(d)["episode_".Length..], out var k) ? k : int.MaxValue))
            .OrderBy(x => x.n).ThenBy(x => x.d, StringComparer.Ordinal).Select(x => x.d);

    /// <summary>Every episode folder of a results tree with its (pair, game, experiment folder) coordinates.</summary>
    public static IEnumerable<EpisodeLocation> Episodes(string resultsDir, string? game = null)
    {
        if (!Directory.Exists(resultsDir)) throw new ClemUserException($"{resultsDir}: results folder not found");
        foreach (var pair in Directory.EnumerateDirectories(resultsDir).Order(StringComparer.Ordinal))
            foreach (var gameDir in Directory.EnumerateDirectories(pair).Order(StringComparer.Ordinal))
            {
                if (game != null && Path.GetFileName(gameDir) != game) continue;
                foreach (var expDir in Directory.EnumerateDirectories(gameDir).OrderBy(ExperimentIndex).ThenBy(d => d, StringComparer.Ordinal))
                    foreach (var ep in EpisodeDirectories(expDir))
                        yield return new EpisodeLocation(Path.GetFileName(pair), Path.GetFileName(gameDir), Path.GetFileName(expDir), ep);
            }
    }

    static int ExperimentIndex(string dir)
    {
        var name = Path.GetFileName(dir);
        var i = name.IndexOf('_');
        return i > 0 && int.TryParse(name[..i], out var n) ? n : int.MaxValue;
    }
}

/// <summary>Where an episode sits in a results tree.</summary>
public sealed record EpisodeLocation(string Pair, string Game, string ExperimentDirectory, string Path)
{
    public string ExperimentName => ResultsLayout.ExperimentName(ExperimentDirectory);
    public string ExperimentFolder => System.IO.Path.GetDirectoryName(Path)!;
    public string Episode => System.IO.Path.GetFileName(Path);
}
