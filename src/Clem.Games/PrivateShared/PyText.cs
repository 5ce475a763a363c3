using System.Text;

namespace Clem.Games.PrivateShared;

/// <summary>
/// The Python str methods clembench's privateshared relies on, where .NET differs: <c>str.strip()</c> also
/// strips U+001C–U+001F, and <c>str.lower()</c> uses full case mapping (İ → i̇, final sigma).
/// </summary>
static class PyStr
{
    /// <summary>Python's <c>str.isspace()</c> for one UTF-16 unit.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    /// <summary><c>str.strip()</c> without arguments.</summary>
    public static string Strip(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsSpace(s[start])) start++;
        while (end > start && IsSpace(s[end - 1])) end--;
        return s[start..end];
    }

    /// <summary><c>str.strip(chars)</c>.</summary>
    public static string Strip(string s, char c) => s.Trim(c);

    /// <summary><c>str.lower()</c>: invariant lowercasing plus Python's two context/expansion rules.</summary>
    public static string Lower(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\u0130') sb.Append("i\u0307");
            else if (c == '\u03a3') sb.Append(IsFinalSigma(s, i) ? '\u03c2' : '\u03c3');
            else sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    // Unicode Final_Sigma, approximated with letters: a cased letter before, none after (Python checks case-ignorables too).
    static bool IsFinalSigma(string s, int i)
    {
        bool before = i > 0 && char.IsLetter(s[i - 1]);
        bool after = i + 1 < s.Length && char.IsLetter(s[i + 1]);
        return before && !after;
    }

    /// <summary><c>needle.lower() in haystack.lower()</c>.</summary>
    public static bool ContainsIgnoreCase(string haystack, string needle) =>
        Lower(haystack).Contains(Lower(needle), StringComparison.Ordinal);

    /// <summary>Python's <c>template.format(arg)</c> for templates with "{}" placeholders only.</summary>
    public static string Format(string template, string arg) => template.Replace("{}", arg, StringComparison.Ordinal);
}
