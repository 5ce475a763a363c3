namespace Clem.Games.Text;

/// <summary>
/// Python 3.11's case mappings as its <c>re</c> module and <c>str.lower()</c> use them, on top of .NET's invariant
/// casing. .NET (invariant mode, Unicode 16) and Python (Unicode 14) agree on the simple lowercase mapping of every
/// BMP character except the few listed here (measured by comparing <c>_sre.unicode_tolower</c> with
/// <c>char.ToLowerInvariant</c> over the whole BMP).
/// </summary>
public static class PyCase
{
    /// <summary>Python's simple lowercase mapping (<c>_sre.unicode_tolower</c>), the key of IGNORECASE matching.</summary>
    public static char ToLower(char c) => c switch
    {
        '\u0130' => 'i', // İ: .NET keeps it (Turkish rule), Python maps it to i
        '\u1C89' or '\uA7CB' or '\uA7CC' or '\uA7DA' or '\uA7DC' => c, // cased only since Unicode 16
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>
    /// Python's <c>re._casefix._EXTRA_CASES</c>: characters whose lowercase differs although they are case variants of
    /// each other (ı/i, ſ/s, µ/μ, Greek symbol forms …). Under IGNORECASE a literal with lowercase <c>lo</c> also
    /// accepts any character whose lowercase is one of these.
    /// </summary>
    static readonly Dictionary<char, string> ExtraCases = new()
    {
        ['\u0069'] = "\u0131", ['\u0073'] = "\u017F", ['\u00B5'] = "\u03BC", ['\u0131'] = "\u0069", ['\u017F'] = "\u0073",
        ['\u0345'] = "\u03B9\u1FBE", ['\u0390'] = "\u1FD3", ['\u03B0'] = "\u1FE3", ['\u03B2'] = "\u03D0", ['\u03B5'] = "\u03F5",
        ['\u03B8'] = "\u03D1", ['\u03B9'] = "\u0345\u1FBE", ['\u03BA'] = "\u03F0", ['\u03BC'] = "\u00B5", ['\u03C0'] = "\u03D6",
        ['\u03C1'] = "\u03F1", ['\u03C2'] = "\u03C3", ['\u03C3'] = "\u03C2", ['\u03C6'] = "\u03D5", ['\u03D0'] = "\u03B2",
        ['\u03D1'] = "\u03B8", ['\u03D5'] = "\u03C6", ['\u03D6'] = "\u03C0", ['\u03F0'] = "\u03BA", ['\u03F1'] = "\u03C1",
        ['\u03F5'] = "\u03B5", ['\u0432'] = "\u1C80", ['\u0434'] = "\u1C81", ['\u043E'] = "\u1C82", ['\u0441'] = "\u1C83",
        ['\u0442'] = "\u1C84\u1C85", ['\u044A'] = "\u1C86", ['\u0463'] = "\u1C87", ['\u1C80'] = "\u0432", ['\u1C81'] = "\u0434",
        ['\u1C82'] = "\u043E", ['\u1C83'] = "\u0441", ['\u1C84'] = "\u0442\u1C85", ['\u1C85'] = "\u0442\u1C84", ['\u1C86'] = "\u044A",
        ['\u1C87'] = "\u0463", ['\u1C88'] = "\uA64B", ['\u1E61'] = "\u1E9B", ['\u1E9B'] = "\u1E61", ['\u1FBE'] = "\u0345\u03B9",
        ['\u1FD3'] = "\u0390", ['\u1FE3'] = "\u03B0", ['\uA64B'] = "\u1C88", ['\uFB05'] = "\uFB06", ['\uFB06'] = "\uFB05",
    };

    static readonly Lazy<Dictionary<char, List<char>>> ByLower = new(() =>
    {
        var map = new Dictionary<char, List<char>>();
        for (int i = 0; i <= 0xFFFF; i++)
        {
            if (i is >= 0xD800 and <= 0xDFFF) continue;
            var lo = ToLower((char)i);
            if (!map.TryGetValue(lo, out var list)) map[lo] = list = [];
            list.Add((char)i);
        }
        return map;
    });

    /// <summary>The lowercase keys a character accepts under IGNORECASE: its lowercase plus Python's extra cases.</summary>
    public static IEnumerable<char> IgnoreCaseKeys(char c)
    {
        var lo = ToLower(c);
        yield return lo;
        if (ExtraCases.TryGetValue(lo, out var extra)) foreach (var e in extra) yield return e;
    }

    /// <summary>All BMP characters whose lowercase is <paramref name="lower"/>.</summary>
    public static IReadOnlyList<char> WithLower(char lower) =>
        ByLower.Value.TryGetValue(lower, out var list) ? list : [];

    /// <summary>Every BMP character that a literal <paramref name="c"/> matches under Python's IGNORECASE.</summary>
    public static SortedSet<char> IgnoreCaseClass(char c)
    {
        var set = new SortedSet<char>();
        foreach (var key in IgnoreCaseKeys(c)) foreach (var ch in WithLower(key)) set.Add(ch);
        set.Add(c);
        return set;
    }
}
