using System.Globalization;
using System.Text;

namespace Clem.Games.Text;

/// <summary>
/// Python <c>str</c> operations whose .NET look-alikes differ: <c>strip()</c>/<c>split()</c> (Python's whitespace includes
/// U+001C–U+001F), <c>len()</c> (code points, not UTF-16 units), <c>lower()</c> (İ → "i̇", final sigma),
/// <c>string.punctuation</c> (ASCII only) and <c>split(" ")</c> (single spaces, empty pieces kept).
/// </summary>
public static class PyStr
{
    /// <summary>Python's <c>string.punctuation</c> (ASCII only).</summary>
    public const string AsciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary><c>str.split(" ")</c>: every single space separates; empty pieces are kept.</summary>
    public static string[] SplitSpace(string s) => s.Split(' ');

    /// <summary><c>s.translate(str.maketrans("", "", string.punctuation))</c>.</summary>
    public static string RemoveAsciiPunctuation(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (c >= 128 || AsciiPunctuation.IndexOf(c) < 0) sb.Append(c);
        return sb.Length == s.Length ? s : sb.ToString();
    }

    /// <summary>Python's <c>str.isspace()</c> for one UTF-16 unit (the set <c>\s</c> matches in <c>re</c>).</summary>
    public static bool IsSpace(char c) => c is (>= '\u0009' and <= '\u000D') or (>= '\u001C' and <= '\u0020') or '\u0085' or '\u00A0'
        or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';

    /// <summary><c>s.strip()</c>.</summary>
    public static string Strip(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsSpace(s[start])) start++;
        while (end > start && IsSpace(s[end - 1])) end--;
        return s[start..end];
    }

    /// <summary><c>len(s)</c>: code points; a lone surrogate counts as one, as in Python's surrogateescape text.</summary>
    public static int Len(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }

    /// <summary><c>s.split()</c> without arguments: runs of whitespace separate, no empty strings.</summary>
    public static string[] SplitWhitespace(string s)
    {
        var parts = new List<string>();
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && IsSpace(s[i])) i++;
            int start = i;
            while (i < s.Length && !IsSpace(s[i])) i++;
            if (i > start) parts.Add(s[start..i]);
        }
        return parts.ToArray();
    }

    /// <summary>
    /// <c>s.lower()</c>: full lowercase mapping. Differs from the simple mapping only for U+0130 (→ "i̇") and for capital
    /// sigma at the end of a word (→ final ς). The word test follows Python's rule with .NET's categories for
    /// "cased" and "case-ignorable" (close approximations of the Unicode properties).
    /// </summary>
    public static string Lower(string s)
    {
        if (s.AsSpan().IndexOfAny('\u0130', '\u03A3') < 0 && !HasAstral(s)) return LowerSimple(s);
        var sb = new StringBuilder(s.Length + 4);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\u0130') sb.Append("i\u0307");
            else if (c == '\u03A3') sb.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(s.Substring(i, 2).ToLowerInvariant());
                i++;
            }
            else sb.Append(PyCase.ToLower(c));
        }
        return sb.ToString();
    }

    static string LowerSimple(string s)
    {
        var chars = new char[s.Length];
        for (int i = 0; i < s.Length; i++) chars[i] = PyCase.ToLower(s[i]);
        return new string(chars);
    }

    static bool HasAstral(string s)
    {
        foreach (var c in s) if (char.IsSurrogate(c)) return true;
        return false;
    }

    static bool IsFinalSigma(string s, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(s[j])) j--;
        if (j < 0 || !IsCased(s[j])) return false;
        int k = i + 1;
        while (k < s.Length && IsCaseIgnorable(s[k])) k++;
        return k == s.Length || !IsCased(s[k]);
    }

    static bool IsCased(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    static bool IsCaseIgnorable(char c) => c is '\'' or '.' or ':' or '^' or '`' or '\u00B7' or '\u2018' or '\u2019' or '\u2024' or '\u2027'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
}
