using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clem.Core.Json;

/// <summary>
/// JSON as clembench writes it: Python's json module emits the bare tokens NaN, Infinity and
/// -Infinity (not valid JSON), and scores rely on them. Reading accepts those tokens; writing
/// reproduces Python's <c>json.dumps</c> layout (", " / ": " separators, float repr, optional
/// indent, ASCII escaping) so that our files can be compared with clembench's byte for byte.
/// </summary>
public static class ClemJson
{
    static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };
    static readonly JsonDocumentOptions DocOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Parses JSON text that may contain Python's NaN/Infinity tokens.</summary>
    /// <exception cref="JsonException">malformed input; the message names <paramref name="sourceName"/> when given.</exception>
    public static JsonNode? Parse(string text, string? sourceName = null)
    {
        try
        {
            return JsonNode.Parse(QuoteNonFiniteTokens(text), NodeOptions, DocOptions) is { } node ? RestoreNonFinite(node) : null;
        }
        catch (JsonException e) when (sourceName != null)
        {
            throw new JsonException($"{sourceName}: invalid JSON ({e.Message})", e);
        }
    }

    /// <summary>Reads and parses a file; errors name the file.</summary>
    public static JsonNode? ReadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Reads a file that must hold a JSON object.</summary>
    public static JsonObject ReadObject(string path) =>
        ReadFile(path) as JsonObject ?? throw new JsonException($"{path}: expected a JSON object at the top level");

    // Sentinel strings that stand in for the bare tokens while System.Text.Json parses the text.
    const string NaNMark = "\u0001NaN", PosInfMark = "\u0001Infinity", NegInfMark = "\u0001-Infinity";

    /// <summary>
    /// Rewrites bare NaN/Infinity/-Infinity outside strings into sentinel strings, and lone surrogate escapes
    /// inside strings (Python writes them for broken model output; System.Text.Json refuses them) into U+FFFD.
    /// </summary>
    static string QuoteNonFiniteTokens(string text)
    {
        if (text.IndexOf("NaN", StringComparison.Ordinal) < 0 && text.IndexOf("Infinity", StringComparison.Ordinal) < 0
            && text.IndexOf("\\ud", StringComparison.OrdinalIgnoreCase) < 0)
            return text;
        var sb = new StringBuilder(text.Length + 16);
        bool inString = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inString)
            {
                if (c == '\\' && i + 1 < text.Length)
                {
                    if (text[i + 1] == 'u' && SurrogateEscape(text, i) is { } unit)
                    {
                        bool paired = char.IsHighSurrogate(unit) && SurrogateEscape(text, i + 6) is { } next && char.IsLowSurrogate(next);
                        if (paired) { sb.Append(text, i, 12); i += 11; }
                        else { sb.Append("\\ufffd"); i += 5; }
                        continue;
                    }
                    sb.Append(c).Append(text[++i]);
                    continue;
                }
                sb.Append(c);
                if (c == '"') inString = false;
                continue;
            }
            if (c == '"') { inString = true; sb.Append(c); continue; }
            if (Matches(text, i, "NaN")) { sb.Append("\"\\u0001NaN\""); i += 2; continue; }
            if (Matches(text, i, "Infinity")) { sb.Append("\"\\u0001Infinity\""); i += 7; continue; }
            if (Matches(text, i, "-Infinity")) { sb.Append("\"\\u0001-Infinity\""); i += 8; continue; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The UTF-16 unit of a <c>\uXXXX</c> escape at <paramref name="i"/> when it is a surrogate, else null.</summary>
    static char? SurrogateEscape(string s, int i)
    {
        if (i + 6 > s.Length || s[i] != '\\' || s[i + 1] != 'u') return null;
        if (!ushort.TryParse(s.AsSpan(i + 2, 4), System.Globalization.NumberStyles.HexNumber, null, out var code)) return null;
        return char.IsSurrogate((char)code) ? (char)code : null;
    }

    static bool Matches(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    static JsonNode RestoreNonFinite(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                    if (obj[key] is { } child && ReplaceOrRecurse(child) is var r && !ReferenceEquals(r, child)) obj[key] = r;
                return obj;
            case JsonArray arr:
                for (int i = 0; i < arr.Count; i++)
                    if (arr[i] is { } child && ReplaceOrRecurse(child) is var r && !ReferenceEquals(r, child)) arr[i] = r;
                return arr;
            default:
                return ReplaceOrRecurse(node);
        }
    }

    static JsonNode ReplaceOrRecurse(JsonNode child)
    {
        if (child is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            var s = v.GetValue<string>();
            if (s.Length > 0 && s[0] == '\u0001')
            {
                if (s == NaNMark) return JsonValue.Create(double.NaN)!;
                if (s == PosInfMark) return JsonValue.Create(double.PositiveInfinity)!;
                if (s == NegInfMark) return JsonValue.Create(double.NegativeInfinity)!;
            }
            return child;
        }
        if (child is JsonObject or JsonArray)
        {
            // Detach-free recursion: RestoreNonFinite edits in place and returns the same node.
            return RestoreNonFinite(child);
        }
        return child;
    }

    /// <summary>A numeric value of a node, NaN/Infinity included; null when the node is not a number.</summary>
    public static double? AsDouble(JsonNode? node)
    {
        if (node is not JsonValue v) return null;
        if (v.TryGetValue<double>(out var d)) return d;
        if (v.TryGetValue<long>(out var l)) return l;
        if (v.TryGetValue<int>(out var i)) return i;
        if (v.TryGetValue<bool>(out var b)) return b ? 1 : 0;
        if (v.GetValueKind() == JsonValueKind.Number) return v.GetValue<JsonElement>().GetDouble();
        if (v.GetValueKind() == JsonValueKind.True) return 1;
        if (v.GetValueKind() == JsonValueKind.False) return 0;
        return null;
    }

    /// <summary>Serialises like Python's <c>json.dumps(node, indent=indent, ensure_ascii=ensureAscii)</c>.</summary>
    public static string Serialize(JsonNode? node, int? indent = null, bool ensureAscii = true)
    {
        var sb = new StringBuilder();
        Write(sb, node, indent, 0, ensureAscii);
        return sb.ToString();
    }

    /// <summary>Writes atomically (temp file + rename) so a crash never leaves a half-written record.</summary>
    public static void WriteFile(string path, JsonNode? node, int? indent = null, bool ensureAscii = true)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        File.WriteAllText(tmp, Serialize(node, indent, ensureAscii), new UTF8Encoding(false));
        File.Move(tmp, path, overwrite: true);
    }

    static void Write(StringBuilder sb, JsonNode? node, int? indent, int level, bool ascii)
    {
        switch (node)
        {
            case null: sb.Append("null"); break;
            case JsonObject obj:
                if (obj.Count == 0) { sb.Append("{}"); break; }
                sb.Append('{');
                bool first = true;
                foreach (var (key, value) in obj)
                {
                    if (!first) sb.Append(indent == null ? ", " : ",");
                    first = false;
                    NewLine(sb, indent, level + 1);
                    WriteString(sb, key, ascii);
                    sb.Append(": ");
                    Write(sb, value, indent, level + 1, ascii);
                }
                NewLine(sb, indent, level);
                sb.Append('}');
                break;
            case JsonArray arr:
                if (arr.Count == 0) { sb.Append("[]"); break; }
                sb.Append('[');
                for (int i = 0; i < arr.Count; i++)
                {
                    if (i > 0) sb.Append(indent == null ? ", " : ",");
                    NewLine(sb, indent, level + 1);
                    Write(sb, arr[i], indent, level + 1, ascii);
                }
                NewLine(sb, indent, level);
                sb.Append(']');
                break;
            case JsonValue val:
                WriteValue(sb, val, ascii);
                break;
        }
    }

    static void NewLine(StringBuilder sb, int? indent, int level)
    {
        if (indent == null) return;
        sb.Append('\n').Append(' ', indent.Value * level);
    }

    static void WriteValue(StringBuilder sb, JsonValue val, bool ascii)
    {
        // Parsed values keep their literal text, so ints stay ints and Python's floats keep their digits.
        if (val.TryGetValue<JsonElement>(out var el))
        {
            switch (el.ValueKind)
            {
                case JsonValueKind.String: WriteString(sb, el.GetString()!, ascii); return;
                case JsonValueKind.True: sb.Append("true"); return;
                case JsonValueKind.False: sb.Append("false"); return;
                case JsonValueKind.Null: sb.Append("null"); return;
                case JsonValueKind.Number:
                    // Keep the literal: ints stay ints, floats keep their text (Python wrote them).
                    sb.Append(el.GetRawText()); return;
                default:
                    Write(sb, JsonNode.Parse(el.GetRawText()), null, 0, ascii); return;
            }
        }
        if (val.TryGetValue<string>(out var s)) { WriteString(sb, s, ascii); return; }
        if (val.TryGetValue<bool>(out var b)) { sb.Append(b ? "true" : "false"); return; }
        if (val.TryGetValue<double>(out var d)) { sb.Append(PyFloat.Repr(d)); return; }
        if (val.TryGetValue<float>(out var f)) { sb.Append(PyFloat.Repr(f)); return; }
        if (val.TryGetValue<decimal>(out var m)) { sb.Append(PyFloat.Repr((double)m)); return; }
        if (val.TryGetValue<long>(out var l)) { sb.Append(l.ToString(CultureInfo.InvariantCulture)); return; }
        if (val.TryGetValue<int>(out var i)) { sb.Append(i.ToString(CultureInfo.InvariantCulture)); return; }
        // Any other CLR value: round-trip through System.Text.Json.
        Write(sb, JsonNode.Parse(val.ToJsonString()), null, 0, ascii);
    }

    /// <summary>Python's json string escaping (ensure_ascii escapes non-ASCII as \uXXXX, surrogate pairs kept).</summary>
    static void WriteString(StringBuilder sb, string s, bool ascii)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || (ascii && c > 0x7e))
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
