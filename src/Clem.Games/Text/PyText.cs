using System.Globalization;
using System.Text;

namespace Clem.Games.Text;

/// <summary>
/// Python 3 string operations that clembench's games use, reproduced exactly where .NET differs:
/// <c>str.strip()</c>/<c>str.split()</c> whitespace (includes U+001C–U+001F, which .NET does not count),
/// <c>str.lower()</c> (full mapping of U+0130 and the final-sigma rule), <c>string.punctuation</c> (ASCII only)
/// and <c>split(" ")</c> (single spaces, empty pieces kept).
/// </summary>
public static class PyText
{
    /// <summary>Python's <c>string.punctuation</c>.</summary>
    public const string AsciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>Python's <c>str.isspace()</c> for one UTF-16 unit (all Python whitespace is in the BMP).</summary>
    public static bool IsSpace(char c) =>
        c is >= '\t' and <= '\r' or >= '\x1c' and <= ' ' or '\x85' or '\xa0' or '\u1680'
            or >= '\u2000' and <= '\u200a' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000';

    /// <summary><c>str.strip()</c> without arguments.</summary>
    public static string Strip(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsSpace(s[start])) start++;
        while (end > start && IsSpace(s[end - 1])) end--;
        return s[start..end];
    }

    /// <summary><c>str.split()</c> without arguments: runs of whitespace separate, no empty pieces.</summary>
    public static List<string> SplitWhitespace(string s)
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
        return parts;
    }

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

    /// <summary>
    /// <c>str.lower()</c>: Unicode simple lowercase per code point, plus Python's two context rules:
    /// U+0130 becomes "i̇" (two code points) and a capital sigma at the end of a word becomes final sigma.
    /// </summary>
    public static string Lower(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            // A lone surrogate (possible in decoded model output) stays as it is, as in Python.
            if (Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                sb.Append(s[i]);
                i++;
                continue;
            }
            if (rune.Value == 0x130) sb.Append("i\u0307");
            else if (rune.Value == 0x3A3) sb.Append(IsFinalSigma(s, i, length) ? '\u03C2' : '\u03C3');
            else sb.Append(Rune.ToLowerInvariant(rune).ToString());
            i += length;
        }
        return sb.ToString();
    }

    // Python: final if preceded by a cased letter and not followed by one (case-ignorable characters skipped).
    static bool IsFinalSigma(string s, int index, int length)
    {
        bool before = false;
        for (int j = index; j > 0;)
        {
            if (Rune.DecodeLastFromUtf16(s.AsSpan(0, j), out var r, out var n) != System.Buffers.OperationStatus.Done) return false;
            j -= n;
            if (IsCaseIgnorable(r)) continue;
            before = IsCased(r);
            break;
        }
        if (!before) return false;
        for (int k = index + length; k < s.Length;)
        {
            if (Rune.DecodeFromUtf16(s.AsSpan(k), out var r, out var n) != System.Buffers.OperationStatus.Done) return true;
            k += n;
            if (IsCaseIgnorable(r)) continue;
            return !IsCased(r);
        }
        return true;
    }

    static bool IsCased(Rune r) => Rune.GetUnicodeCategory(r) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    static bool IsCaseIgnorable(Rune r) =>
        Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || r.Value is '\'' or '.' or ':' or 0xB7 or 0x387 or 0x5F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
}
