using System.Text.RegularExpressions;

namespace Clem.Backends.Chat;

/// <summary>
/// Post-processing of a reply as clembench does it: Python's <c>str.strip()</c> and optional culling of
/// end-of-sequence strings that a model emits as text.
/// </summary>
public static class ResponseText
{
    /// <summary>Python's <c>str.isspace()</c> set (wider than .NET's: it includes U+001C–U+001F).</summary>
    public static bool IsPyWhitespace(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\v' or '\f' or '\r' => true,
        '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85' or '\xa0' => true,
        '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    public static string PyStrip(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsPyWhitespace(s[start])) start++;
        while (end > start && IsPyWhitespace(s[end - 1])) end--;
        return s[start..end];
    }
}

/// <summary>
/// Removes end-of-sequence text from replies. clembench v1.x registries give a literal suffix
/// (<c>eos_to_cull</c> at the top level); v2 registries give a regular expression in <c>model_config</c>.
/// A literal is always regex-escaped here: clemcore issue 118 was "&lt;|eot_id|&gt;" used unescaped as a
/// pattern, whose "|" alternatives matched empty strings and mangled replies.
/// </summary>
public sealed class EosCuller
{
    readonly Regex _pattern;

    EosCuller(Regex pattern, string source, bool isRegex) => (_pattern, Source, IsRegex) = (pattern, source, isRegex);

    public string Source { get; }
    public bool IsRegex { get; }

    /// <summary>A literal EOS string, culled wherever it occurs.</summary>
    public static EosCuller Literal(string eos) => new(new Regex(Regex.Escape(eos), RegexOptions.CultureInvariant), eos, false);

    /// <summary>A pattern as written in a v2 registry (Python <c>re</c> syntax; the common subset is the same in .NET).</summary>
    public static EosCuller Pattern(string pattern, string where)
    {
        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            // Issue 118's symptom: an unescaped "<|eot_id|>" is the alternation "<" | "eot_id" | ">", which culls
            // every angle bracket from replies. A pattern that matches nothing, or a lone bracket or bar, is such a mistake.
            if (regex.IsMatch("") || new[] { "<", ">", "|" }.Any(regex.IsMatch))
                throw new ClemUserException($"{where}: eos_to_cull pattern '{pattern}' matches the empty string or a lone '<', '>' or '|' (escape special characters, e.g. \"<\\\\|eot_id\\\\|>\")");
            return new EosCuller(regex, pattern, true);
        }
        catch (ArgumentException e)
        {
            throw new ClemUserException($"{where}: eos_to_cull '{pattern}' is not a valid regular expression: {e.Message}", e);
        }
    }

    public string Cull(string text) => ResponseText.PyStrip(_pattern.Replace(text, ""));
}
