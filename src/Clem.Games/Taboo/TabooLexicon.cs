using System.Globalization;

namespace Clem.Games.Taboo;

/// <summary>One row of taboo's lexicon (resources/lexicon/taboo-lexicon.tsv, derived from SUBTLEXus and WordNet 3.1).</summary>
public sealed record LexiconEntry(string Word, string Band, long Count, string Pos, IReadOnlyList<string> Related,
    IReadOnlyList<string> Hypernyms, string Definition, string Example);

/// <summary>
/// Taboo's lexicon: candidate target words by frequency band, each with taboo-word candidates (WordNet relations,
/// strongest first), hypernyms, definition and an example. The instance generator draws targets from it and the
/// programmatic players use it as their (shared) world knowledge.
/// </summary>
public sealed class TabooLexicon
{
    public const string RelativePath = "resources/lexicon/taboo-lexicon.tsv";
    static readonly string[] Columns = ["word", "band", "subtlex_count", "pos", "related", "hypernyms", "definition", "example"];

    readonly Dictionary<string, LexiconEntry> _byWord;

    TabooLexicon(string path, IReadOnlyList<LexiconEntry> entries)
    {
        Path = path;
        Entries = entries;
        _byWord = entries.GroupBy(e => e.Word, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public string Path { get; }
    public IReadOnlyList<LexiconEntry> Entries { get; }

    public LexiconEntry? Find(string word) => _byWord.GetValueOrDefault(word);

    static readonly Lazy<TabooLexicon> _builtIn = new(() => Load(System.IO.Path.Combine(BuiltInGames.Root, "taboo", RelativePath)));

    /// <summary>The lexicon shipped with our taboo game folder (also used when playing clembench's instances).</summary>
    public static TabooLexicon BuiltIn => _builtIn.Value;

    public static TabooLexicon Load(string path)
    {
        if (!File.Exists(path)) throw new ClemUserException($"{path}: taboo lexicon not found");
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != string.Join('\t', Columns))
            throw new ClemUserException($"{path}: expected the header '{string.Join(" ", Columns)}' (tab-separated)");
        var entries = new List<LexiconEntry>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var f = lines[i].Split('\t');
            if (f.Length != Columns.Length || !long.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                throw new ClemUserException($"{path}: line {i + 1}: expected {Columns.Length} tab-separated fields with a count in the third");
            entries.Add(new LexiconEntry(f[0], f[1], count, f[3], SplitList(f[4]), SplitList(f[5]), f[6], f[7]));
        }
        return new TabooLexicon(path, entries);
    }

    static string[] SplitList(string s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
