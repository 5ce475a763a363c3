using System.Text.Json.Nodes;
using Clem;

namespace Clem.Games.Wordle;

/// <summary>
/// An experiment's wordle parameters: clembench's <c>common_config</c> block (limits, flags), the variant
/// flags and the response keywords — read from the experiment, as clembench's game master does.
/// </summary>
public sealed record WordleConfig(
    int MaxWordLength,
    int MaxAttempts,
    int MaxRetryPerError,
    int MaxRetryInvalidWord,
    bool UseErrorExplanation,
    bool UseSystemMessage,
    int MaxCriticOpinionCount,
    bool UseClue,
    bool UseCritic,
    string GuessKeyword,
    string ExplanationKeyword,
    string AgreementKeyword,
    IReadOnlyList<string> AgreementWords)
{
    public static WordleConfig FromExperiment(JsonObject experiment, string where)
    {
        var common = experiment["common_config"] as JsonObject
            ?? throw new ClemUserException($"{where}: experiment '{experiment["name"]}' has no \"common_config\" object");
        var keywords = experiment["response_format_keywords"] as JsonObject ?? common["response_format_keywords"] as JsonObject;
        int Int(string key, int fallback) => common[key] is JsonValue v && v.TryGetValue<int>(out var i) ? i : fallback;
        bool Bool(JsonObject o, string key, bool fallback) => o[key] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : fallback;
        string Word(string key) => keywords?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : key;
        var agreementWords = keywords?["agreement_match_keywords"] is JsonArray a
            ? a.Select(n => n!.GetValue<string>()).ToList()
            : ["yes", "no", "Yes", "No", "YES", "NO"];
        return new WordleConfig(
            Int("max_word_length", 5), Int("max_attempts_per_game", 6), Int("max_retry_per_error", 2),
            Int("max_retry_invalid_word", 5), Bool(common, "use_error_explanation", true), Bool(common, "use_system_message", false),
            Int("max_critic_opinion_count", 1), Bool(experiment, "use_clue", false), Bool(experiment, "use_critic", false),
            Word("guess"), Word("explanation"), Word("agreement"), agreementWords);
    }
}
