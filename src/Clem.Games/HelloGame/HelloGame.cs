using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Models;
using Clem.Core.Records;

namespace Clem.Games.HelloGame;

/// <summary>
/// A one-turn demo game that proves the loop (like clembench's hellogame): the player must greet a
/// named person with a reply starting "GREETING:". Not part of the benchmark's clemscore game set.
/// </summary>
public sealed class HelloGame : Game
{
    public override string Name => "hellogame";
    public override int PlayerCount => 1;
    public override string Description => "Demo: greet the named person in the required format.";

    public override GameMaster CreateGameMaster(GameContext context) => new HelloGameMaster(context);
    public override GameScorer CreateScorer(JsonObject experiment, JsonObject instance, JsonObject settings) => new HelloGameScorer(Name, experiment, instance);
}

sealed class Greeter(IModel model) : Player(model)
{
    protected override string MockResponse(IReadOnlyList<Message> messages, int turnIndex)
    {
        // The name is the last line of the prompt; a mock greets it correctly.
        var name = messages[^1].Content.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        return $"GREETING: Hello {name}!";
    }
}

sealed class HelloGameMaster(GameContext context) : DialogueGameMaster(context)
{
    Greeter _greeter = null!;
    string _name = "";
    bool _done, _aborted, _success;

    protected override void OnSetup(JsonObject instance)
    {
        _name = instance["name"]!.GetValue<string>();
        _greeter = new Greeter(PlayerModels[0]);
        AddPlayer(_greeter);
        var prompt = Experiment["prompt"]!.GetValue<string>().Replace("$NAME$", _name);
        AddUserMessage(_greeter, prompt);
    }

    protected override bool DoesGameProceed() => !_done;

    protected override bool ValidatePlayerResponse(Player player, string utterance)
    {
        if (!utterance.StartsWith("GREETING:", StringComparison.Ordinal))
        {
            LogEvent("GM", "GM", "invalid format", "abort");
            _aborted = true;
            _done = true;
            return false;
        }
        return true;
    }

    protected override void AfterAddPlayerResponse(Player player, string utterance)
    {
        _success = utterance.Contains(_name, StringComparison.OrdinalIgnoreCase);
        LogEvent("GM", "GM", _success ? "correct greeting" : "wrong greeting", _name);
        _done = true;
    }

    protected override void OnAfterGame()
    {
        LogKey(Metrics.Aborted, _aborted ? 1 : 0);
        LogKey(Metrics.Success, _success ? 1 : 0);
        LogKey(Metrics.Lose, !_aborted && !_success ? 1 : 0);
    }
}

sealed class HelloGameScorer(string game, JsonObject experiment, JsonObject instance) : GameScorer(game, experiment, instance)
{
    public override void ComputeScores(JsonObject interactions)
    {
        var aborted = interactions[Metrics.Aborted]!.GetValue<int>();
        var success = interactions[Metrics.Success]!.GetValue<int>();
        LogTurnScore(0, Metrics.RequestCount, 1);
        LogTurnScore(0, Metrics.RequestCountParsed, 1 - aborted);
        LogTurnScore(0, Metrics.RequestCountViolated, aborted);
        LogEpisodeScore(Metrics.RequestCount, 1);
        LogEpisodeScore(Metrics.RequestCountParsed, 1 - aborted);
        LogEpisodeScore(Metrics.RequestCountViolated, aborted);
        LogEpisodeScore(Metrics.RequestSuccess, (double)(1 - aborted));
        LogEpisodeScore(Metrics.Aborted, aborted);
        LogEpisodeScore(Metrics.Success, success);
        LogEpisodeScore(Metrics.Lose, aborted == 0 && success == 0 ? 1 : 0);
        LogEpisodeScore(Metrics.MainScore, aborted == 1 ? double.NaN : 100.0 * success);
    }
}
