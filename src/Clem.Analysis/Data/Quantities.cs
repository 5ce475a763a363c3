using System.Globalization;
using System.Text.RegularExpressions;

namespace Clem.Analysis.Data;

/// <summary>Parsing of the loosely written quantities found in sheets and registries ("70B", "1.8T", "128k", "11/1/2023").</summary>
public static partial class Quantities
{
    [GeneratedRegex(@"^\s*(?<n>\d+(?:\.\d+)?)\s*(?<u>[kmbt])?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    static double Scale(char unit) => char.ToLowerInvariant(unit) switch
    {
        'k' => 1e3, 'm' => 1e6, 'b' => 1e9, 't' => 1e12, _ => 1,
    };

    /// <summary>
    /// An amount in units of <paramref name="unit"/> (1e9 for billions, 1e12 for trillions). A suffix
    /// (K/M/B/T) is honoured; a bare number is taken to be in <paramref name="unit"/> already, unless it is
    /// at least a million, which can only be a raw count. Null when empty; throws on unreadable text.
    /// </summary>
    public static double? Parse(string? text, double unit, string where)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Amount().Match(text);
        if (!m.Success) throw new ClemUserException($"{where}: cannot read '{text.Trim()}' as an amount (expected e.g. 70, 70B, 1.8T)");
        var n = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["u"].Success) return n * Scale(m.Groups["u"].Value[0]) / unit;
        return n >= 1e6 ? n / unit : n;
    }

    public static double? Number(string? text, string where)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        throw new ClemUserException($"{where}: '{text.Trim()}' is not a number");
    }

    static readonly string[] DateFormats = ["M/d/yyyy", "yyyy-MM-dd", "yyyy-MM", "yyyy/MM/dd", "d.M.yyyy", "yyyy"];

    public static DateOnly? Date(string? text, string where)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (s.Length > 10 && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var dt)) return DateOnly.FromDateTime(dt);
        if (DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new ClemUserException($"{where}: cannot read '{s}' as a date (expected M/D/YYYY or YYYY-MM-DD)");
    }

    public static bool? Bool(string? text, string where)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return text.Trim().ToLowerInvariant() switch
        {
            "1" or "1.0" or "true" or "yes" or "y" => true,
            "0" or "0.0" or "false" or "no" or "n" => false,
            var s => throw new ClemUserException($"{where}: '{s}' is not a yes/no value (expected 1/0, true/false)"),
        };
    }
}
