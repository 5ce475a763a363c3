using Clem.Core.Models;

namespace Clem.Games.Taboo;

/// <summary>
/// A rule-based describer: one clue per turn from the lexicon entry of the target — its definition, then its
/// hypernym ("a kind of …"), then its example sentence with the target blanked, then lexicon neighbours that are
/// not taboo in this instance. Every clue is cleaned with the game's own clue check (words that would violate it
/// are dropped), so it never loses by a taboo word. For a target missing from the lexicon it has nothing to say.
/// </summary>
public sealed class ProgrammaticDescriber
{
    const string Unknown = "I do not know this word well enough to describe it.";
    readonly TabooSecret _secret;
    readonly List<string> _clues;

    public ProgrammaticDescriber(TabooSecret secret, TabooLexicon lexicon)
    {
        _secret = secret;
        _clues = BuildClues(lexicon.Find(secret.Target));
    }

    public IReadOnlyList<string> Clues => _clues;

    public string Clue(IReadOnlyList<Message> messages)
    {
        var turn = messages.Count(m => m.Role == Message.Assistant);
        var clue = _clues.Count > 0 ? _clues[Math.Min(turn, _clues.Count - 1)] : Clean(Unknown) is { Length: > 0 } c ? c : "...";
        return TabooRules.CluePrefix + " " + clue;
    }

    List<string> BuildClues(LexiconEntry? entry)
    {
        if (entry == null) return [];
        var raw = new List<string> { entry.Definition };
        var kind = entry.Pos switch { "noun" => "a kind of", "verb" => "a way to", _ => "a bit like" };
        raw.AddRange(entry.Hypernyms.Select(h => $"{kind} {h}"));
        if (entry.Example.Length > 0) raw.Add("as in: " + entry.Example);
        var taboo = new HashSet<string>(_secret.Related, StringComparer.Ordinal);
        var neighbours = entry.Related.Where(r => !taboo.Contains(r)).ToList();
        if (neighbours.Count > 0) raw.Add("think of " + string.Join(", ", neighbours));
        return raw.Select(Clean).Where(c => c.Length > 0).Distinct().ToList();
    }

    /// <summary>Drops the words the clue check would reject; "" when nothing informative is left.</summary>
    string Clean(string text)
    {
        var kept = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Violates(w) ? "___" : w)
            .ToList();
        var clue = string.Join(' ', kept);
        if (kept.All(w => w == "___") || Violates(clue)) return "";
        return clue;
    }

    bool Violates(string text) =>
        TabooRules.CheckClue(TabooRules.CluePrefix + " " + text, _secret.Target, _secret.Related, _secret.Stopwords,
            _secret.Settings.ClueTokensSplitOnAnySeparator).Errors.Count > 0;
}
