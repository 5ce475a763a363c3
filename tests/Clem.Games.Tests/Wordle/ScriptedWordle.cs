using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Records;
using Clem.Games.Wordle;

namespace Clem.Games.Tests.Wordle;

/// <summary>Plays one wordle episode with scripted replies (ReplayModel) on a small test experiment.</summary>
public sealed class ScriptedWordle
{
    public static readonly string[] Words = ["apple", "board", "crane", "start", "slate", "smart", "stark", "spree", "sweep", "trait"];

    public required JsonObject Interactions { get; init; }
    public required JsonArray Requests { get; init; }
    public required Scores Scores { get; init; }
    public required IReadOnlyList<ReplayModel> Models { get; init; }

    public static JsonObject Experiment(bool useClue, bool useCritic) => new()
    {
        ["name"] = "test",
        ["common_config"] = new JsonObject
        {
            ["max_word_length"] = 5, ["max_attempts_per_game"] = 6, ["max_retry_per_error"] = 2, ["max_retry_invalid_word"] = 5,
            ["use_error_explanation"] = true, ["use_system_message"] = false, ["max_critic_opinion_count"] = 1,
        },
        ["english_words"] = new JsonArray(Words.Select(w => (JsonNode)w).ToArray()),
        ["use_clue"] = useClue,
        ["use_critic"] = useCritic,
        ["system_definition"] = "SYS",
        ["guesser_prompt"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "\n\nRULES\n" }),
        ["guesser_critic_prompt"] = useCritic ? new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "CRITIC RULES\n" }) : new JsonArray(),
        ["response_format_keywords"] = new JsonObject
        {
            ["guess"] = "guess", ["explanation"] = "explanation", ["agreement"] = "agreement",
            ["agreement_match_keywords"] = new JsonArray("yes", "no", "Yes", "No", "YES", "NO"),
        },
    };

    public static async Task<ScriptedWordle> PlayAsync(WordleGameBase game, JsonObject settings, string target, IEnumerable<string> guesser,
        IEnumerable<string>? critic = null, string clue = "embark")
    {
        var experiment = Experiment(game.UseClue, game.UseCritic);
        var models = new List<ReplayModel> { new("m1", guesser) };
        if (game.PlayerCount == 2) models.Add(new ReplayModel("m2", critic ?? []));
        var spec = new GameSpec(game, Path.GetTempPath(), new JsonObject { ["game_name"] = game.Name }, settings, isOwn: false);
        var master = game.CreateGameMaster(new GameContext(spec, experiment, models, TimeProvider.System));
        var instance = new JsonObject { ["game_id"] = 1, ["target_word"] = target, ["target_word_clue"] = clue, ["target_word_difficulty"] = "test" };
        master.Setup(instance);
        await master.PlayAsync(Xunit.TestContext.Current.CancellationToken);
        var scorer = game.CreateScorer(experiment, instance, settings);
        scorer.ComputeScores(master.Recorder.Interactions.DeepClone().AsObject());
        return new ScriptedWordle { Interactions = master.Recorder.Interactions, Requests = master.Recorder.Requests, Scores = scorer.Scores, Models = models };
    }

    public List<JsonObject> Events => Interactions["turns"]!.AsArray().SelectMany(t => t!.AsArray()).Select(e => e!.AsObject()).ToList();

    public JsonObject Data => Events[^1]["action"]!["data_for_computation"]!.AsObject();

    public string Status => Data["game_final_status"]!.GetValue<string>();

    public string Episode(string metric) => ClemJson.Serialize(Scores.EpisodeScores[metric]);

    public List<string> Sent(string player) => Events.Where(e => e["to"]!.GetValue<string>() == player && e["action"]!["type"]!.GetValue<string>() == "send message")
        .Select(e => e["action"]!["content"]!.GetValue<string>()).ToList();

    public List<string> MetadataContents => Events.Where(e => e["action"]!["type"]!.GetValue<string>() == "metadata")
        .Select(e => e["action"]!["content"]!.GetValue<string>()).ToList();

    /// <summary>The messages of request <paramref name="i"/> as (role, content) pairs.</summary>
    public List<(string Role, string Content)> Request(int i) => Requests[i]!["manipulated_prompt_obj"]!.AsArray()
        .Select(m => (m!["role"]!.GetValue<string>(), m["content"]!.GetValue<string>())).ToList();

    public static string G(string word, string why = "x") => $"guess: {word}\nexplanation: {why}";
    public static string A(string agreement, string why = "y") => $"agreement: {agreement}\nexplanation: {why}";
}
