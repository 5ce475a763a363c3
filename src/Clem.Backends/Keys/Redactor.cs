using System.Text.Json.Nodes;

namespace Clem.Backends.Keys;

/// <summary>
/// Removes secrets from text that leaves a backend (error messages, raw responses): a server may echo
/// the key it was sent (OpenAI's 401 message shows part of it; a misconfigured proxy may show all of it).
/// </summary>
public sealed class Redactor
{
    public const string Mask = "***";
    readonly List<string> _secrets = [];

    public static Redactor None { get; } = new();

    public Redactor(params IEnumerable<string?> secrets)
    {
        // Very short strings would mask ordinary words; real keys are long.
        foreach (var s in secrets)
            if (!string.IsNullOrEmpty(s) && s.Length >= 8 && !_secrets.Contains(s)) _secrets.Add(s);
    }

    public bool IsEmpty => _secrets.Count == 0;

    public string Redact(string text)
    {
        foreach (var s in _secrets)
            if (text.Contains(s, StringComparison.Ordinal)) text = text.Replace(s, Mask, StringComparison.Ordinal);
        return text;
    }

    /// <summary>A redacted copy of a JSON tree (string values and property names).</summary>
    public JsonNode? Redact(JsonNode? node)
    {
        switch (node)
        {
            case null: return null;
            case JsonObject o:
                var obj = new JsonObject();
                foreach (var (k, v) in o) obj[Redact(k)] = Redact(v);
                return obj;
            case JsonArray a:
                return new JsonArray(a.Select(Redact).ToArray());
            case JsonValue v when v.TryGetValue<string>(out var s):
                return JsonValue.Create(Redact(s));
            default:
                return node.DeepClone();
        }
    }
}
