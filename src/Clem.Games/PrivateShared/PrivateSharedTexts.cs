using System.Text.Json;
using System.Text.Json.Nodes;
using Clem;
using Clem.Core.Json;

namespace Clem.Games.PrivateShared;

/// <summary>
/// The fixed texts of one privateshared experiment, read from the game folder exactly where clembench v1.6 reads
/// them: resources/&lt;lang&gt;_words.json (tags, probe and coda templates, yes/no), resources/texts/reprompts.json
/// (the retry suffixes) and resources/texts/&lt;experiment&gt;/{requests,probing_questions}.json.
/// </summary>
public sealed class PrivateSharedTexts
{
    public required string Answer { get; init; }
    public required string Aside { get; init; }
    public required string Me { get; init; }
    public required string Probe { get; init; }
    public required string Coda { get; init; }
    public required string DummyPrompt { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    /// <summary>Suffix per try of a probe: the first is empty, so there are as many tries as suffixes.</summary>
    public required IReadOnlyList<string> RetrySuffixes { get; init; }
    /// <summary>slot → request phrasings (the instance picks one by index).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Requests { get; init; }
    /// <summary>slot → probing question phrasings.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> ProbingQuestions { get; init; }

    public static PrivateSharedTexts Load(string resourcesDir, string experiment, string lang)
    {
        var words = ReadObject(Path.Combine(resourcesDir, $"{lang}_words.json"));
        var retriesFile = Path.Combine(resourcesDir, "texts", "reprompts.json");
        var retries = ReadObject(retriesFile)["suffixes"] as JsonArray
            ?? throw new ClemUserException($"{retriesFile}: no \"suffixes\" list");
        var wordsFile = Path.Combine(resourcesDir, $"{lang}_words.json");
        string Word(string key) => words[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s
            : throw new ClemUserException($"{wordsFile}: no string \"{key}\"");
        var suffixes = retries.Select(n => n?.GetValue<string>() ?? throw new ClemUserException($"{retriesFile}: a suffix is not a string")).ToList();
        if (suffixes.Count == 0) throw new ClemUserException($"{retriesFile}: the suffix list is empty (a probe needs at least one try)");
        return new PrivateSharedTexts
        {
            Answer = Word("ANSWER"),
            Aside = Word("ASIDE"),
            Me = Word("ME"),
            Probe = Word("PROBE"),
            Coda = Word("CODA"),
            DummyPrompt = Word("DUMMY_PROMPT"),
            Yes = Word("YES"),
            No = Word("NO"),
            RetrySuffixes = suffixes,
            Requests = Phrasings(Path.Combine(resourcesDir, "texts", experiment, "requests.json")),
            ProbingQuestions = Phrasings(Path.Combine(resourcesDir, "texts", experiment, "probing_questions.json")),
        };
    }

    static IReadOnlyDictionary<string, IReadOnlyList<string>> Phrasings(string file)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (slot, node) in ReadObject(file))
        {
            if (node is not JsonArray list || list.Any(n => n is not JsonValue v || !v.TryGetValue<string>(out _)))
                throw new ClemUserException($"{file}: \"{slot}\" must be a list of strings");
            result[slot] = list.Select(n => n!.GetValue<string>()).ToList();
        }
        return result;
    }

    static JsonObject ReadObject(string file)
    {
        if (!File.Exists(file)) throw new ClemUserException($"{file}: privateshared resource not found");
        try { return ClemJson.ReadObject(file); }
        catch (JsonException e) { throw new ClemUserException(e.Message, e); }
    }
}
