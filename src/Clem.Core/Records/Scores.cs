using System.Globalization;
using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Core.Records;

/// <summary>
/// An episode's scores.json: <c>{"turn scores": {"0": {metric: value}}, "episode scores": {metric: value}}</c>.
/// Values keep their type (ints stay ints, NaN is written as the bare token) so files match clembench's.
/// </summary>
public sealed class Scores
{
    public const string FileName = "scores.json";
    public const string TurnScoresKey = "turn scores", EpisodeScoresKey = "episode scores";

    public JsonObject TurnScores { get; } = new();
    public JsonObject EpisodeScores { get; } = new();

    public void LogTurnScore(int turn, string name, JsonNode? value)
    {
        var key = turn.ToString(CultureInfo.InvariantCulture);
        if (TurnScores[key] is not JsonObject t) TurnScores[key] = t = new JsonObject();
        t[name] = value;
    }

    public void LogTurnScore(int turn, string name, double value) => LogTurnScore(turn, name, JsonValue.Create(value));
    public void LogTurnScore(int turn, string name, int value) => LogTurnScore(turn, name, JsonValue.Create(value));
    public void LogEpisodeScore(string name, JsonNode? value) => EpisodeScores[name] = value;
    public void LogEpisodeScore(string name, double value) => EpisodeScores[name] = JsonValue.Create(value);
    public void LogEpisodeScore(string name, int value) => EpisodeScores[name] = JsonValue.Create(value);

    /// <summary>An episode score as a double (NaN for a logged NaN or null); null when absent.</summary>
    public double? Episode(string name) => EpisodeScores.ContainsKey(name) ? ClemJson.AsDouble(EpisodeScores[name]) ?? double.NaN : null;

    public JsonObject ToJson() => new()
    {
        [TurnScoresKey] = TurnScores.DeepClone(),
        [EpisodeScoresKey] = EpisodeScores.DeepClone(),
    };

    public void Store(string episodeDir) => ClemJson.WriteFile(Path.Combine(episodeDir, FileName), ToJson());

    public static Scores Load(string path)
    {
        var obj = ClemJson.ReadObject(path);
        var s = new Scores();
        // clemcore 2+ scorers write "round scores"; both are turn-level.
        var turns = obj[TurnScoresKey] as JsonObject ?? obj["round scores"] as JsonObject;
        if (turns != null) foreach (var (k, v) in turns) s.TurnScores[k] = v?.DeepClone();
        if (obj[EpisodeScoresKey] is not JsonObject ep)
            throw new ClemUserException($"{path}: no \"episode scores\" object");
        foreach (var (k, v) in ep) s.EpisodeScores[k] = v?.DeepClone();
        return s;
    }
}
