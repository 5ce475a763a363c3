using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Records;

namespace Clem.Backends.Tests.Support;

/// <summary>
/// A small multi-turn two-player game for backend tests: for a fixed number of rounds the Teller continues a
/// story and the Listener retells it, each reply required to start with "ANSWER:". The game runs all rounds
/// (so several model calls happen); an episode in which no reply was well-formed counts as aborted.
/// </summary>
public sealed class RelayGame : Game
{
    public override string Name => "relay";
    public override int PlayerCount => 2;
    public override GameMaster CreateGameMaster(GameContext context) => new RelayMaster(context);
    public override GameScorer CreateScorer(JsonObject experiment, JsonObject instance, JsonObject settings) => new RelayScorer(Name, experiment, instance);

    /// <summary>A catalog with this game in a fresh folder (clemgame.json + in/instances.json).</summary>
    public static GameSpec Spec(int rounds = 3, int instances = 2)
    {
        var root = Clem.Testing.SharedData.TempDir("relay-games");
        var dir = Path.Combine(root, "relay");
        Directory.CreateDirectory(Path.Combine(dir, "in"));
        File.WriteAllText(Path.Combine(dir, "clemgame.json"), """{"game_name": "relay", "players": 2, "clem_net": {"version": "1.0", "settings": {}}}""");
        var items = new JsonArray(Enumerable.Range(0, instances).Select(i => (JsonNode)new JsonObject { ["game_id"] = i, ["opening"] = i == 0 ? "Once upon a time" : "One day" }).ToArray());
        var doc = new JsonObject { ["experiments"] = new JsonArray(new JsonObject { ["name"] = "story", ["rounds"] = rounds, ["game_instances"] = items }) };
        ClemJson.WriteFile(Path.Combine(dir, "in", "instances.json"), doc);
        return GameCatalog.Discover([new RelayGame()], [root]).Get("relay");
    }
}

sealed class Storyteller(IModel model) : Player(model)
{
    protected override string MockResponse(IReadOnlyList<Message> messages, int turnIndex) => $"ANSWER: part {turnIndex}";
}

sealed class RelayMaster(GameContext context) : DialogueGameMaster(context)
{
    Storyteller _teller = null!, _listener = null!;
    int _rounds, _valid, _invalid;

    protected override void OnSetup(JsonObject instance)
    {
        _rounds = Experiment["rounds"]!.GetValue<int>();
        _teller = new Storyteller(PlayerModels[0]);
        _listener = new Storyteller(PlayerModels[1]);
        AddPlayer(_teller);
        AddPlayer(_listener);
        AddMessage(_teller, "", Message.System); // an empty leading system message, as some clembench games send
        AddUserMessage(_teller, "Continue the story in one sentence. Reply as ANSWER: <sentence>.");
        AddUserMessage(_teller, instance["opening"]!.GetValue<string>());
    }

    protected override bool DoesGameProceed() => CurrentTurn < _rounds;

    protected override bool ValidatePlayerResponse(Player player, string utterance)
    {
        var ok = utterance.StartsWith("ANSWER:", StringComparison.Ordinal);
        if (ok) _valid++; else _invalid++;
        LogEvent("GM", "GM", ok ? "valid answer" : "invalid format", utterance.Length > 40 ? utterance[..40] : utterance);
        // The game goes on either way; the reply is kept so that the next player has something to read.
        return true;
    }

    protected override void AfterAddPlayerResponse(Player player, string utterance)
    {
        var other = player == _teller ? _listener : _teller;
        AddUserMessage(other, "Retell or continue, as ANSWER: <sentence>.\n\n" + utterance);
    }

    protected override void OnAfterGame()
    {
        LogKey("Valid", _valid);
        LogKey("Invalid", _invalid);
        LogKey(Metrics.Aborted, _valid == 0 ? 1 : 0);
        LogKey(Metrics.Success, _invalid == 0 ? 1 : 0);
        LogKey(Metrics.Lose, _valid > 0 && _invalid > 0 ? 1 : 0);
    }
}

sealed class RelayScorer(string game, JsonObject experiment, JsonObject instance) : GameScorer(game, experiment, instance)
{
    public override void ComputeScores(JsonObject interactions)
    {
        var valid = interactions["Valid"]!.GetValue<int>();
        var invalid = interactions["Invalid"]!.GetValue<int>();
        var aborted = interactions[Metrics.Aborted]!.GetValue<int>();
        LogEpisodeScore(Metrics.RequestCount, valid + invalid);
        LogEpisodeScore(Metrics.RequestCountParsed, valid);
        LogEpisodeScore(Metrics.RequestCountViolated, invalid);
        LogEpisodeScore(Metrics.RequestSuccess, (double)valid / Math.Max(1, valid + invalid));
        LogEpisodeScore(Metrics.Aborted, aborted);
        LogEpisodeScore(Metrics.Success, interactions[Metrics.Success]!.GetValue<int>());
        LogEpisodeScore(Metrics.Lose, interactions[Metrics.Lose]!.GetValue<int>());
        LogEpisodeScore(Metrics.MainScore, aborted == 1 ? double.NaN : 100.0 * valid / (valid + invalid));
    }
}
