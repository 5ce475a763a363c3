using Xunit;
using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Running;
using Clem.Games.Wordle;
using Clem.Testing;

namespace Clem.Games.Tests.Wordle;

/// <summary>The recorded c4ai-command-r episodes of the three wordle games (runs-e9a80005), for rescoring and replay.</summary>
public static class RecordedWordleEpisodes
{
    public static readonly string[] GameNames = ["wordle", "wordle_withclue", "wordle_withcritic"];

    /// <summary>Rows "pair/game/experiment/episode_k" of the three games (see <see cref="RecordedEpisodes"/>).</summary>
    public static TheoryData<string> All() => RecordedEpisodes.Of(GameNames, RecordedEpisodes.CommandR);

    /// <summary>The episode folder for a row (skips or fails visibly when the shared data is missing).</summary>
    public static string Folder(string row) => RecordedEpisodes.Folder(row);

    public static WordleGameBase Game(string row) => RecordedEpisodes.GameOf(row) switch
    {
        "wordle" => new WordleGame(),
        "wordle_withclue" => new WordleWithClueGame(),
        "wordle_withcritic" => new WordleWithCriticGame(),
        var g => throw new ArgumentException(g),
    };

    public static JsonObject Experiment(string episodeFolder) => EpisodeScoring.LoadExperiment(Path.GetDirectoryName(episodeFolder)!);

    /// <summary>clembench's game data folder for the game, as `--games-root` would find it.</summary>
    public static GameSpec ClembenchSpec(Game game) =>
        new(game, SharedData.Clembench(Path.Combine(RecordedEpisodes.GamesRoot, game.Name)), new JsonObject { ["game_name"] = game.Name },
            game.ClembenchSettings, isOwn: false);

    /// <summary>
    /// Replays a recorded episode through our game master: each player's recorded replies ("get message"
    /// events) are fed back in order. Returns the interactions our game master recorded and the models.
    /// </summary>
    public static async Task<(JsonObject Interactions, IReadOnlyList<ReplayModel> Models)> ReplayAsync(string episodeFolder, Game game)
    {
        var recorded = ClemJson.ReadObject(Path.Combine(episodeFolder, "interactions.json"));
        var instance = ClemJson.ReadObject(Path.Combine(episodeFolder, "instance.json"));
        var data = recorded["turns"]!.AsArray()[^1]!.AsArray()[^1]!["action"]!["data_for_computation"]!;
        var replies = new Dictionary<string, List<string>> { ["Player 1"] = [], ["Player 2"] = [] };
        foreach (var turn in recorded["turns"]!.AsArray())
            foreach (var e in turn!.AsArray())
                if (e!["action"]!["type"]!.GetValue<string>() == "get message")
                    replies[e["from"]!.GetValue<string>()].Add(e["action"]!["content"]!.GetValue<string>());
        var models = new List<ReplayModel> { new(data["player_1"]!.GetValue<string>(), replies["Player 1"]) };
        if (game.PlayerCount == 2) models.Add(new(data["player_2"]!.GetValue<string>(), replies["Player 2"]));
        var context = new GameContext(ClembenchSpec(game), Experiment(episodeFolder), models, TimeProvider.System);
        var master = game.CreateGameMaster(context);
        master.Setup(instance);
        await master.PlayAsync(TestContext.Current.CancellationToken);
        return (master.Recorder.Interactions, models);
    }

    /// <summary>Every difference between two interaction records (timestamps ignored); empty = identical.</summary>
    public static List<string> Differences(JsonObject expected, JsonObject actual)
    {
        var diffs = new List<string>();
        var keysE = expected.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var keysA = actual.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        if (!keysE.SequenceEqual(keysA)) diffs.Add($"top-level keys: recorded [{string.Join(", ", keysE)}], ours [{string.Join(", ", keysA)}]");
        foreach (var key in keysE.Intersect(keysA).Where(k => k != "turns"))
            if (!JsonNode.DeepEquals(expected[key], actual[key]))
                diffs.Add($"key '{key}': recorded {ClemJson.Serialize(expected[key])}, ours {ClemJson.Serialize(actual[key])}");
        var te = expected["turns"]!.AsArray();
        var ta = actual["turns"]!.AsArray();
        if (te.Count != ta.Count) diffs.Add($"turn count: recorded {te.Count}, ours {ta.Count}");
        for (int t = 0; t < Math.Min(te.Count, ta.Count); t++)
        {
            var ee = te[t]!.AsArray();
            var ea = ta[t]!.AsArray();
            if (ee.Count != ea.Count) diffs.Add($"turn {t}: recorded {ee.Count} events, ours {ea.Count}");
            for (int i = 0; i < Math.Min(ee.Count, ea.Count); i++)
                foreach (var field in new[] { "from", "to", "action" })
                    if (!JsonNode.DeepEquals(ee[i]![field], ea[i]![field]))
                        diffs.Add($"turn {t} event {i} {field}: recorded {Short(ee[i]![field])}, ours {Short(ea[i]![field])}");
        }
        return diffs;
    }

    static string Short(JsonNode? n)
    {
        var s = ClemJson.Serialize(n);
        return s.Length > 400 ? s[..400] + "…" : s;
    }
}
