using System.Text.Json.Nodes;
using Clem.Core.Records;

namespace Clem.Core.Games;

/// <summary>
/// Turns an episode's interactions into scores.json (clembench's GameScorer). Scorers read only the
/// recorded interactions and the instance, so any stage can be re-run from files on disk.
/// </summary>
public abstract class GameScorer(string gameName, JsonObject experiment, JsonObject instance)
{
    public string GameName { get; } = gameName;
    public JsonObject Experiment { get; } = experiment;
    public JsonObject Instance { get; } = instance;
    public Scores Scores { get; } = new();

    public abstract void ComputeScores(JsonObject interactions);

    protected void LogTurnScore(int turn, string name, double value) => Scores.LogTurnScore(turn, name, value);
    protected void LogTurnScore(int turn, string name, int value) => Scores.LogTurnScore(turn, name, value);
    protected void LogTurnScore(int turn, string name, JsonNode? value) => Scores.LogTurnScore(turn, name, value);
    protected void LogEpisodeScore(string name, double value) => Scores.LogEpisodeScore(name, value);
    protected void LogEpisodeScore(string name, int value) => Scores.LogEpisodeScore(name, value);
    protected void LogEpisodeScore(string name, JsonNode? value) => Scores.LogEpisodeScore(name, value);
}
