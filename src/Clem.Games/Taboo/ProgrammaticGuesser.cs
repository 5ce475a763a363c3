using Clem.Core.Models;
using Clem.Games.Text;

namespace Clem.Games.Taboo;

/// <summary>
/// A reverse-dictionary guesser: it collects the words of all clues so far (stemmed, our stopwords dropped) and
/// guesses the lexicon word whose definition, example, hypernyms and related words share the most of them,
/// weighted by rarity (idf). It never repeats a guess and never guesses a word the clues contain (the describer
/// may not say the target). Its vocabulary is taboo's lexicon — the pool our instances are drawn from — so on our
/// instances it is an upper reference, and it cannot find targets outside that pool (e.g. many of clembench's).
/// </summary>
public sealed class ProgrammaticGuesser
{
    readonly TabooLexicon _lexicon;
    readonly List<HashSet<string>> _bags;
    readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

    public ProgrammaticGuesser(TabooLexicon lexicon)
    {
        _lexicon = lexicon;
        _bags = lexicon.Entries.Select(Bag).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in _bags.SelectMany(b => b)) df[stem] = df.GetValueOrDefault(stem) + 1;
        foreach (var (stem, n) in df) _idf[stem] = Math.Log((double)_bags.Count / n);
    }

    public string Guess(IReadOnlyList<Message> messages)
    {
        var clueStems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in messages.Where(m => m.Role == Message.User))
        {
            var at = m.Content.LastIndexOf(TabooRules.CluePrefix, StringComparison.Ordinal);
            if (at >= 0) clueStems.UnionWith(Stems(m.Content[(at + TabooRules.CluePrefix.Length)..]));
        }
        var guessed = messages.Where(m => m.Role == Message.Assistant)
            .Select(m => TabooRules.NormaliseGuess(m.Content)).ToHashSet(StringComparer.Ordinal);

        string? best = null;
        double bestScore = double.NegativeInfinity;
        for (int i = 0; i < _bags.Count; i++)
        {
            var entry = _lexicon.Entries[i];
            if (guessed.Contains(entry.Word) || clueStems.Contains(NltkEnglishStemmer.Stem(entry.Word))) continue;
            // Overlap weighted by rarity; a tiny frequency term breaks ties towards common words.
            var score = clueStems.Where(_bags[i].Contains).Sum(s => _idf[s]) + 1e-9 * Math.Log(1 + entry.Count);
            if (score > bestScore) { best = entry.Word; bestScore = score; }
        }
        return TabooRules.GuessPrefix + " " + (best ?? "thing");
    }

    static HashSet<string> Bag(LexiconEntry e)
    {
        var text = string.Join(' ', [e.Definition, e.Example, .. e.Hypernyms, .. e.Related]);
        var bag = Stems(text);
        bag.Remove(NltkEnglishStemmer.Stem(e.Word)); // the example usually contains the word itself
        return bag;
    }

    static HashSet<string> Stems(string text) =>
        TabooRules.ClueWords(PyStr.Lower(text), splitOnAnySeparator: true)
            .Where(w => !StopwordList.ClemNet.Contains(w))
            .Select(NltkEnglishStemmer.Stem)
            .ToHashSet(StringComparer.Ordinal);
}
