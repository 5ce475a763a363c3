using System.Globalization;
using System.Text;
using Clem.Games.Text;

namespace Clem.Games.Taboo;

/// <summary>A taboo violation found in a clue: type 0 = target word, 1 = related word (clembench's codes).</summary>
public sealed record ClueError(int Type, string Message);

/// <summary>
/// Taboo's parsing rules, as clembench v1.6 applies them: case-sensitive prefixes without leading whitespace,
/// guess normalisation, and the stem-based clue check.
/// </summary>
public static class TabooRules
{
    public const string CluePrefix = "CLUE:", GuessPrefix = "GUESS:";

    /// <summary>The guess word: prefix removed (every occurrence), strip, lower, ASCII punctuation removed, lower.</summary>
    public static string NormaliseGuess(string utterance)
    {
        var guess = PyStr.Strip(utterance.Replace(GuessPrefix, "", StringComparison.Ordinal));
        return PyStr.Lower(PyStr.RemoveAsciiPunctuation(PyStr.Lower(guess)));
    }

    /// <summary>The clue as logged ("valid clue"): prefix removed, strip, lower, ASCII punctuation removed.</summary>
    public static string NormaliseClue(string utterance) =>
        PyStr.RemoveAsciiPunctuation(PyStr.Lower(PyStr.Strip(utterance.Replace(CluePrefix, "", StringComparison.Ordinal))));

    /// <summary>
    /// The clue's words: clembench splits the normalised clue on single spaces; with
    /// <paramref name="splitOnAnySeparator"/> every run of characters other than letters, digits and marks
    /// (whitespace, punctuation, symbols) separates.
    /// </summary>
    public static IReadOnlyList<string> ClueWords(string text, bool splitOnAnySeparator) =>
        splitOnAnySeparator ? SplitOnSeparators(text) : PyStr.SplitSpace(text);

    /// <summary>
    /// Checks a clue: every clue word that is not a stopword is stemmed and compared with the stems of the target and
    /// the related words. Errors come in clembench's order (per clue word: target first, then related words).
    /// </summary>
    public static (string Clue, List<ClueError> Errors) CheckClue(string utterance, string target, IReadOnlyList<string> related,
        StopwordList stopwords, bool splitOnAnySeparator)
    {
        var clue = NormaliseClue(utterance);
        // Our version splits before punctuation is deleted, so "cross-country" gives "cross" and "country".
        var tokens = splitOnAnySeparator
            ? SplitOnSeparators(PyStr.Lower(utterance.Replace(CluePrefix, "", StringComparison.Ordinal)))
            : ClueWords(clue, splitOnAnySeparator: false);
        var words = tokens.Where(w => !stopwords.Contains(w)).ToList();
        var targetStem = NltkEnglishStemmer.Stem(target);
        var relatedStems = related.Select(NltkEnglishStemmer.Stem).ToList();
        var errors = new List<ClueError>();
        foreach (var word in words)
        {
            var stem = NltkEnglishStemmer.Stem(word);
            if (stem == targetStem)
                errors.Add(new ClueError(0, $"Target word '{target}' (stem={targetStem}) is similar to clue word '{word}' (stem={stem})"));
            for (int i = 0; i < related.Count; i++)
                if (relatedStems[i] == stem)
                    errors.Add(new ClueError(1, $"Related word '{related[i]}' (stem={relatedStems[i]}) is similar to clue word '{word}' (stem={stem})"));
        }
        return (clue, errors);
    }

    static List<string> SplitOnSeparators(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var cat = Rune.GetUnicodeCategory(rune);
            var partOfWord = Rune.IsLetterOrDigit(rune) || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            if (partOfWord) current.Append(rune.ToString());
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }
}
