using System.Text.Json.Nodes;
using Clem.Games.Text;

namespace Clem.Games.Taboo;

/// <summary>
/// Taboo's behaviour switches. <see cref="Clembench"/> reproduces clembench v1.6 (including its known bugs);
/// <see cref="Default"/> is our game version. Each bug is a named boolean so records say what ran.
/// </summary>
public sealed record TabooSettings(
    string Stopwords,
    bool ClueTokensSplitOnAnySeparator,
    bool CountRepetitions,
    bool RequestCountPerCall)
{
    public const string StopwordsKey = "stopwords";
    /// <summary>clembench splits the clue on single spaces after deleting ASCII punctuation, so a taboo word after
    /// a newline or tab, or joined by a hyphen ("by-product"), escapes the check. True: any non-letter/digit separates.</summary>
    public const string SplitKey = "clue_tokens_split_on_any_separator";
    /// <summary>clembench's scorer counts repetitions from event types ("guess", "clue") its game master no longer
    /// logs, so Repetition-Guesser/Describer are always 0. True: counted from "valid guess"/"valid clue".</summary>
    public const string RepetitionsKey = "count_repetitions";
    /// <summary>clembench counts one request per turn although a turn has up to two calls, and flags a turn violated
    /// instead of the call. True: one request per model call, violated = calls answered in an invalid format.</summary>
    public const string RequestsKey = "request_count_per_call";

    public const string NltkStopwords = "nltk-english";
    public const string ClemNetStopwords = "clem-net-english";

    public static TabooSettings Clembench { get; } = new(NltkStopwords, false, false, false);
    public static TabooSettings Default { get; } = new(ClemNetStopwords, true, true, true);

    public JsonObject ToJson() => new()
    {
        [StopwordsKey] = Stopwords,
        [SplitKey] = ClueTokensSplitOnAnySeparator,
        [RepetitionsKey] = CountRepetitions,
        [RequestsKey] = RequestCountPerCall,
    };

    /// <summary>Reads recorded/declared settings; a missing key takes clembench's behaviour (foreign trees have none).</summary>
    public static TabooSettings FromJson(JsonObject? settings)
    {
        var c = Clembench;
        if (settings == null) return c;
        return new TabooSettings(
            Str(settings, StopwordsKey) ?? c.Stopwords,
            Bool(settings, SplitKey) ?? c.ClueTokensSplitOnAnySeparator,
            Bool(settings, RepetitionsKey) ?? c.CountRepetitions,
            Bool(settings, RequestsKey) ?? c.RequestCountPerCall);
    }

    /// <summary>The stopword list these settings name (NLTK's is looked up at run time, see <see cref="StopwordList"/>).</summary>
    public StopwordList LoadStopwords() => Stopwords switch
    {
        NltkStopwords => NltkList.Value,
        ClemNetStopwords => StopwordList.ClemNet,
        _ => throw new ClemUserException($"taboo setting '{StopwordsKey}': unknown list '{Stopwords}' (known: {NltkStopwords}, {ClemNetStopwords})"),
    };

    static readonly Lazy<StopwordList> NltkList = new(() => StopwordList.LoadNltkEnglish(), LazyThreadSafetyMode.PublicationOnly);

    static string? Str(JsonObject o, string key) => o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    static bool? Bool(JsonObject o, string key) => o[key] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;
}
