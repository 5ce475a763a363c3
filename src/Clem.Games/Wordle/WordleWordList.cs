using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Clem.Core.Games;

namespace Clem.Games.Wordle;

/// <summary>
/// The allowed guesses of an experiment: clembench stores them inline ("english_words", 12,953 words per
/// experiment); our own instances name a file in the game's resources instead ("english_words_file"),
/// which keeps in/instances.json small.
/// </summary>
public static class WordleWordList
{
    static readonly ConcurrentDictionary<string, IReadOnlyList<string>> FileCache = new(StringComparer.Ordinal);

    public static HashSet<string> ForExperiment(JsonObject experiment, GameSpec spec, string where) =>
        new(Words(experiment, spec.Directory, where), StringComparer.Ordinal);

    /// <summary>The words in list order (for a file: most frequent first).</summary>
    public static IReadOnlyList<string> Words(JsonObject experiment, string gameDirectory, string where)
    {
        if (experiment["english_words"] is JsonArray inline)
            return inline.Select(n => n?.GetValue<string>() ?? "").ToList();
        if (experiment["english_words_file"] is JsonValue v && v.TryGetValue<string>(out var file))
            return Load(Path.Combine(gameDirectory, "resources", file));
        throw new Clem.ClemUserException($"{where}: the experiment has neither \"english_words\" nor \"english_words_file\"");
    }

    /// <summary>A word list file, one word per line (blank lines and lines starting with '#' ignored).</summary>
    public static IReadOnlyList<string> Load(string path) => FileCache.GetOrAdd(Path.GetFullPath(path), p =>
    {
        if (!File.Exists(p)) throw new Clem.ClemUserException($"{p}: word list not found");
        return File.ReadLines(p).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    });
}
