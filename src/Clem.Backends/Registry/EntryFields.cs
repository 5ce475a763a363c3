using System.Text.Json.Nodes;

namespace Clem.Backends.Registry;

/// <summary>
/// Reads fields of a registry entry in either format: v2 keeps backend settings in "model_config",
/// v1 keeps everything at the top level. model_config wins when both have a key.
/// </summary>
public static class EntryFields
{
    public static JsonObject? Config(JsonObject entry) => entry["model_config"] as JsonObject;

    public static JsonNode? Node(JsonObject entry, string key) => Config(entry)?[key] ?? entry[key];

    public static string? String(JsonObject entry, string key) =>
        Node(entry, key) is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    public static bool? Bool(JsonObject entry, string key) =>
        Node(entry, key) is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    public static double? Number(JsonObject entry, string key) => Node(entry, key) switch
    {
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) && double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static IReadOnlyList<string> Strings(JsonObject entry, string key) => Node(entry, key) switch
    {
        JsonArray a => a.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    /// <summary>Key material must never reach a run record: these fields are dropped from recorded entries.</summary>
    static readonly string[] SecretKeys = ["api_key", "apikey", "key", "token", "secret", "password", "authorization", "hf_token", "auth_token"];

    public static bool IsSecretKey(string key) => SecretKeys.Contains(key.ToLowerInvariant()) || key.EndsWith("_secret", StringComparison.OrdinalIgnoreCase);

    /// <summary>A copy of the entry without key material (recursively).</summary>
    public static JsonObject WithoutSecrets(JsonObject entry)
    {
        var copy = new JsonObject();
        foreach (var (k, v) in entry)
        {
            if (IsSecretKey(k)) continue;
            copy[k] = v is JsonObject o ? WithoutSecrets(o) : v?.DeepClone();
        }
        return copy;
    }
}
