using System.Text.RegularExpressions;

namespace Clem.Games.Wordle;

/// <summary>
/// The programmatic guesser's strategy: keep the allowed words consistent with every feedback line, weight
/// them by how common they are (SUBTLEX frequency order of our word list) and, when there is a clue, by the
/// overlap of the clue with the word's WordNet synonyms and gloss (our clue lexicon); then guess the
/// candidate that best splits the likely candidates, with a bonus for being likely itself.
/// </summary>
public sealed partial class WordleSolver
{
    const int Pool = 200, Guesses = 60;
    static readonly Lazy<Dictionary<string, int>> FrequencyRank = new(LoadRanks);
    static readonly Lazy<Dictionary<string, HashSet<string>>> Lexicon = new(LoadLexicon);
    static readonly HashSet<string> Stop = new("a an the of or and to in on for by with as at from that which who is be it its his her their this one".Split(' '), StringComparer.Ordinal);

    readonly IReadOnlySet<string> _allowed;
    readonly HashSet<string> _clueTokens;

    public WordleSolver(IReadOnlySet<string> allowed, string? clue)
    {
        _allowed = allowed;
        _clueTokens = clue == null ? [] : Tokens(clue);
    }

    /// <summary>Does <paramref name="candidate"/> as the target explain <paramref name="feedback"/> for <paramref name="word"/>?
    /// Either feedback rule counts: the player does not know which one the game master uses.</summary>
    public static bool Consistent(string word, string feedback, string candidate) =>
        word.Length == candidate.Length &&
        (GuessFeedback.Standard(word, candidate) == feedback || GuessFeedback.Legacy(word, candidate) == feedback);

    public (string Guess, string Explanation) NextGuess(WordleTranscript t)
    {
        if (t.CriticAgrees == true && t.LastGuess != null)
            return (t.LastGuess, "the critic agrees, so I keep my guess");
        var excluded = new HashSet<string>(t.Rejected, StringComparer.Ordinal);
        if (t.CriticAgrees == false && t.LastGuess != null) excluded.Add(t.LastGuess);
        foreach (var (w, _) in t.Observations) excluded.Add(w);

        var candidates = _allowed
            .Where(w => !excluded.Contains(w) && t.Observations.All(o => Consistent(o.Word, o.Feedback, w)))
            .Select(w => (Word: w, Weight: Weight(w)))
            .OrderByDescending(c => c.Weight).ThenBy(c => c.Word, StringComparer.Ordinal)
            .ToList();
        if (candidates.Count == 0)
        {
            // Nothing fits (e.g. an unusual feedback rule): fall back to any unused allowed word.
            var any = _allowed.Where(w => !excluded.Contains(w)).OrderBy(w => Rank(w)).ThenBy(w => w, StringComparer.Ordinal).FirstOrDefault() ?? "crane";
            return (any, "no allowed word fits all feedback; trying a common word");
        }
        if (candidates.Count <= 2)
            return (candidates[0].Word, $"{candidates.Count} word(s) fit the feedback; {candidates[0].Word} is the most likely");

        var pool = candidates.Take(Pool).ToList();
        var total = pool.Sum(c => c.Weight);
        string best = pool[0].Word;
        var bestScore = double.MaxValue;
        foreach (var (guess, weight) in pool.Take(Guesses))
        {
            // expected weight left after the feedback, minus the chance of winning right away
            var buckets = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (target, w) in pool)
            {
                var key = GuessFeedback.Standard(guess, target);
                buckets[key] = buckets.GetValueOrDefault(key) + w;
            }
            var score = buckets.Values.Sum(b => b * b) / total - weight;
            if (score < bestScore - 1e-12) (best, bestScore) = (guess, score);
        }
        var clueNote = _clueTokens.Count > 0 ? " and the clue" : "";
        return (best, $"{candidates.Count} words fit the feedback; weighing their frequency{clueNote}, {best} splits the likely ones best");
    }

    double Weight(string word)
    {
        var w = Math.Exp(-Rank(word) / 1500.0) + 1e-4;
        if (_clueTokens.Count > 0 && Lexicon.Value.TryGetValue(word, out var gloss))
            w *= 1 + 50 * gloss.Count(_clueTokens.Contains);
        return w;
    }

    static int Rank(string word) => FrequencyRank.Value.TryGetValue(word, out var r) ? r : 20000;

    static HashSet<string> Tokens(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(t => t.Length > 2 && !Stop.Contains(t)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Word();

    static string Resource(string file) => Path.Combine(BuiltInGames.Root, "wordle", "resources", file);

    static Dictionary<string, int> LoadRanks()
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = Resource("allowed_words.txt");
        if (!File.Exists(path)) return ranks;
        var i = 0;
        foreach (var w in WordleWordList.Load(path)) ranks.TryAdd(w, i++);
        return ranks;
    }

    static Dictionary<string, HashSet<string>> LoadLexicon()
    {
        var lex = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var path = Resource("clue_lexicon.tsv");
        if (!File.Exists(path)) return lex;
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0) lex[line[..tab]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        }
        return lex;
    }
}
