using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Running;
using Xunit;

namespace Clem.Games.Tests.Grids;

/// <summary>A model that answers from a script and remembers what it was sent.</summary>
sealed class ScriptedModel(string name, Func<IReadOnlyList<Message>, string> reply) : IModel
{
    public ScriptedModel(string name, params string[] replies) : this(name, Queue(replies)) { }

    static Func<IReadOnlyList<Message>, string> Queue(string[] replies)
    {
        var q = new Queue<string>(replies);
        return _ => q.Count > 0 ? q.Dequeue() : throw new InvalidOperationException("script exhausted");
    }

    public ModelSpec Spec { get; } = new(name, "test");
    public GenerationConfig Generation { get; } = GenerationConfig.Default;
    public List<IReadOnlyList<Message>> Calls { get; } = [];

    public Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default)
    {
        Calls.Add(messages.ToList());
        var text = reply(messages);
        return Task.FromResult(new ModelResponse(Message.ToJson(messages), new JsonObject { ["response"] = text }, text));
    }
}

/// <summary>Helpers to play and score single grid-game episodes in memory, and to check a recorded one exactly.</summary>
static class GridTestSupport
{
    /// <summary>A game spec for the built-in game folder (our version) or clembench's.</summary>
    public static GameSpec Spec(string game, bool clembench) =>
        (clembench ? RecordedEpisodes.ClembenchCatalog() : BuiltInGames.Catalog()).Get(game);

    /// <summary>Plays one instance with the given models in memory; returns the game master (its recorder holds the interactions).</summary>
    public static async Task<GameMaster> PlayAsync(GameSpec spec, JsonObject experiment, JsonObject instance, params IModel[] models)
    {
        var master = spec.Implementation.CreateGameMaster(new GameContext(spec, experiment, models, TimeProvider.System));
        master.Setup(instance.DeepClone().AsObject());
        await master.PlayAsync();
        return master;
    }

    /// <summary>Scores interactions with the spec's settings.</summary>
    public static JsonObject Score(GameSpec spec, JsonObject experiment, JsonObject instance, JsonObject interactions)
    {
        var scorer = spec.Implementation.CreateScorer(experiment, instance, spec.Settings);
        scorer.ComputeScores(interactions.DeepClone().AsObject());
        return scorer.Scores.EpisodeScores;
    }

    /// <summary>The event types of every turn, flattened ("send message", "get message", "parse" …).</summary>
    public static List<string> EventTypes(JsonObject interactions) =>
        interactions["turns"]!.AsArray().SelectMany(t => t!.AsArray()).Select(e => e!["action"]!["type"]!.GetValue<string>()).ToList();

    public static double Number(JsonObject scores, string name) => ClemJson.AsDouble(scores[name]) ?? double.NaN;

    /// <summary>First instance of an experiment of a game folder's instances file, with the experiment's parameters.</summary>
    public static (JsonObject Experiment, JsonObject Instance) FirstInstance(GameSpec spec, string? experiment = null)
    {
        var file = spec.LoadInstances();
        var exp = experiment == null ? file.Experiments[0] : file.Experiments.Single(e => e.Name == experiment);
        return (exp.Parameters, exp.Instances[0]);
    }

    /// <summary>Replays and exactly rescores one recorded episode; asserts every event, key and score.</summary>
    public static async Task AssertFaithfulAsync(string relative, string game)
    {
        var dir = RecordedEpisodes.Folder(relative);
        var result = await Replay.RunAsync(dir, RecordedEpisodes.ClembenchCatalog());
        Assert.True(result.IsIdentical, $"{relative}: {result.Status}: {result.Difference}");
        var recorded = ClemJson.ReadObject(Path.Combine(dir, "interactions.json"));
        Assert.Equal(EventTypes(recorded).Count, result.EventsCompared);

        // Stronger than equal numbers: the whole scores.json (turn scores, ints vs floats, key order) as Python wrote it.
        var gameCode = BuiltInGames.Implementations.Single(g => g.Name == game);
        var experiment = EpisodeScoring.LoadExperiment(Path.GetDirectoryName(dir)!);
        var scorer = gameCode.CreateScorer(experiment, ClemJson.ReadObject(Path.Combine(dir, "instance.json")), EpisodeScoring.SettingsOf(experiment, gameCode));
        scorer.ComputeScores(recorded);
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "scores.json")), ClemJson.Serialize(scorer.Scores.ToJson()));
    }
}
