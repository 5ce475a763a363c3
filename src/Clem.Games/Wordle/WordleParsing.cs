using System.Globalization;
using System.Text;

namespace Clem.Games.Wordle;

/// <summary>The statuses clembench v1.x's wordle uses for a response (they are logged verbatim).</summary>
public static class WordleErrors
{
    public const string InvalidFormat = "INVALID_FORMAT";
    public const string InvalidWord = "INVALID_WORD";
    public const string InvalidWordLength = "INVALID_WORD_LENGTH";
    public const string NotValidEnglishWord = "NOT_VALID_ENGLISH_WORD";
    public const string NoClueFound = "NO_CLUE_FOUND";

    /// <summary>Final statuses that make the episode aborted.</summary>
    public static readonly IReadOnlySet<string> Aborting = new HashSet<string>(StringComparer.Ordinal)
        { InvalidFormat, InvalidWord, InvalidWordLength, NotValidEnglishWord };
}

/// <summary>
/// Reading "keyword: value" lines out of a reply, exactly like clembench v1.x (game.py): the first occurrence
/// of the literal "&lt;keyword&gt;:" (case-sensitive), the value up to the next newline, stripped; no lowercasing.
/// </summary>
public static class WordleParsing
{
    /// <summary>The value after <c>keyword + ":"</c>, or INVALID_FORMAT when the keyword is absent.</summary>
    public static string FindKeyword(string response, string keyword)
    {
        // clembench appends a newline so that a value on the last line is terminated too.
        var text = response + "\n";
        var tag = keyword + ":";
        var start = text.IndexOf(tag, StringComparison.Ordinal);
        if (start == -1) return WordleErrors.InvalidFormat;
        var end = text.IndexOf('\n', start);
        start += tag.Length;
        return PyStr.Strip(text[start..end]);
    }

    /// <summary>
    /// Validation order of clembench's check_for_errors: INVALID_FORMAT, then letters only (Python isalpha),
    /// then length (code points), then membership in the allowed-word list. Null = valid.
    /// </summary>
    public static string? CheckGuess(string guess, int wordLength, IReadOnlySet<string> allowedWords)
    {
        if (guess == WordleErrors.InvalidFormat) return WordleErrors.InvalidFormat;
        if (!PyStr.IsAlpha(guess)) return WordleErrors.InvalidWord;
        if (PyStr.Length(guess) != wordLength) return WordleErrors.InvalidWordLength;
        if (!allowedWords.Contains(guess)) return WordleErrors.NotValidEnglishWord;
        return null;
    }
}

/// <summary>Python str semantics the parsing depends on.</summary>
static class PyStr
{
    /// <summary>str.isalpha(): non-empty and every code point a letter (Lu, Ll, Lt, Lm, Lo).</summary>
    public static bool IsAlpha(string s)
    {
        if (s.Length == 0) return false;
        foreach (var r in s.EnumerateRunes())
            if (!Rune.IsLetter(r)) return false;
        return true;
    }

    /// <summary>len(str): code points, not UTF-16 units.</summary>
    public static int Length(string s)
    {
        int n = 0;
        foreach (var _ in s.EnumerateRunes()) n++;
        return n;
    }

    /// <summary>str.strip(): removes Python whitespace (which, unlike .NET's, includes U+001C–U+001F).</summary>
    public static string Strip(string s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsSpace(s[a])) a++;
        while (b > a && IsSpace(s[b - 1])) b--;
        return s[a..b];
    }

    static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    /// <summary>str.split(" "): every single space separates (empty parts kept).</summary>
    public static string[] SplitSpace(string s) => s.Split(' ');

    public static string Str(int i) => i.ToString(CultureInfo.InvariantCulture);
}
