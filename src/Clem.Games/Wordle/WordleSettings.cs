using System.Text.Json.Nodes;

namespace Clem.Games.Wordle;

/// <summary>
/// The declared behaviour switches of the wordle games. clembench v1.6 has three known bugs; its data is run
/// with them reproduced (comparable scores), our own game version fixes them. The values an episode ran with
/// are recorded in its experiment file ("clem_net"/"game_settings").
/// </summary>
public static class WordleSettings
{
    /// <summary>
    /// Letter feedback by clembench v1.x's single pass (clemcore issue #91: a repeated letter can be coloured
    /// red/yellow although it is green later, e.g. target "spree", guess "sweep" → e&lt;red&gt; e&lt;green&gt;).
    /// False = the official two-pass rule.
    /// </summary>
    public const string LegacyFeedback = "legacy_feedback";

    /// <summary>
    /// clembench's critic retry loop is <c>while game.proceeds:</c> (a method object, always true): a critic
    /// that keeps answering in a wrong format is asked forever. False = the critic gets max_retry_per_error
    /// re-prompts, then the episode is aborted like a guesser format failure.
    /// </summary>
    public const string UnboundedCriticRetries = "unbounded_critic_retries";

    /// <summary>
    /// The critic's "agreement:" accepts yes/no/Yes/No/YES/NO, but clembench then compares with "no"/"yes"
    /// case-sensitively (a "No" is treated as agreement by the GM and counted as disagreement by the scorer).
    /// False = the comparison ignores case.
    /// </summary>
    public const string CaseSensitiveAgreement = "case_sensitive_agreement";

    public static JsonObject Clembench => new()
    {
        [LegacyFeedback] = true,
        [UnboundedCriticRetries] = true,
        [CaseSensitiveAgreement] = true,
    };

    public static JsonObject Default => new()
    {
        [LegacyFeedback] = false,
        [UnboundedCriticRetries] = false,
        [CaseSensitiveAgreement] = false,
    };

    public static bool Get(JsonObject settings, string key, bool fallback) =>
        settings[key] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : fallback;
}
