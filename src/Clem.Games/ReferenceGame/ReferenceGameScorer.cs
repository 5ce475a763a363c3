using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Records;
using Clem.Games.Grids;
using Clem.Games.Text;

namespace Clem.Games.ReferenceGame;

/// <summary>
/// clembench v1.6's ReferenceGameScorer: the speaker counts as parsed if turn[2] is a "parse" event; then the
/// listener's event turn[5] decides (with clembench's retroactive liberal re-match of invalid answers, see
/// <see cref="ReferenceGame.RescoreInvalidAnswersLiberally"/>). Success iff the answer names the target;
/// Main Score = 100·Success, NaN when aborted. Also: aborted at player 1/2, expression length and tokens.
/// </summary>
public sealed class ReferenceGameScorer(JsonObject experiment, JsonObject instance, JsonObject settings)
    : GameScorer(ReferenceGame.GameName, experiment, instance)
{
    readonly bool _liberal = InstanceFields.Flag(settings, ReferenceGame.RescoreInvalidAnswersLiberally, false);
    readonly bool _loseWhenAborted = InstanceFields.Flag(settings, ReferenceGame.LoseWhenAborted, false);

    public override void ComputeScores(JsonObject interactions)
    {
        var game = ReferenceGameInstance.From(Instance, Experiment);
        var turn = (interactions["turns"] as JsonArray)?.FirstOrDefault() as JsonArray
            ?? throw new ClemUserException("referencegame interactions: no turn recorded");
        bool aborted = false;
        int requests = 1, parsed = 0, success = 0;

        if (Type(turn, 2) == "parse")
        {
            parsed++;
            var expression = Field(turn, 2, "expression");
            var length = PyStr.Len(expression);
            LogTurnScore(0, "Generated Expression Length", length);
            LogEpisodeScore("Generated Expression Length", length);
            var tokens = expression.Split(' ').Length;
            LogTurnScore(0, "Generated Expression Number of Tokens", tokens);
            LogEpisodeScore("Generated Expression Number of Tokens", tokens);

            requests++;
            var type = Type(turn, 5);
            PyMatch? liberal = _liberal && type == "invalid format" ? game.AnswerPattern.Match(Field(turn, 5, "original_content")) : null;
            if (type == "parse" || liberal != null)
            {
                parsed++;
                var answer = liberal != null ? liberal.Group("content") ?? "" : Field(turn, 5, "answer");
                if (game.IsTarget(answer)) success = 1;
                LogEpisodeScore("Aborted at Player 1", 0);
                LogEpisodeScore("Aborted at Player 2", 0);
            }
            else
            {
                LogEpisodeScore("Aborted at Player 1", 0);
                LogEpisodeScore("Aborted at Player 2", 1);
                aborted = true;
            }
        }
        else
        {
            LogEpisodeScore("Aborted at Player 1", 1);
            LogEpisodeScore("Aborted at Player 2", 0);
            LogTurnScore(0, "Generated Expression Length", double.NaN);
            LogEpisodeScore("Generated Expression Length", double.NaN);
            LogTurnScore(0, "Generated Expression Number of Tokens", double.NaN);
            LogEpisodeScore("Generated Expression Number of Tokens", double.NaN);
            aborted = true;
        }

        LogTurnScore(0, Metrics.RequestCount, requests);
        LogTurnScore(0, Metrics.RequestCountParsed, parsed);
        LogTurnScore(0, Metrics.RequestCountViolated, requests - parsed);
        LogTurnScore(0, Metrics.Success, success);
        LogEpisodeScore(Metrics.RequestCount, requests);
        LogEpisodeScore(Metrics.RequestCountParsed, parsed);
        LogEpisodeScore(Metrics.RequestCountViolated, requests - parsed);
        LogEpisodeScore(Metrics.Success, success);
        LogEpisodeScore(Metrics.Lose, aborted && !_loseWhenAborted ? 0 : 1 - success);
        LogEpisodeScore(Metrics.Aborted, aborted ? 1 : 0);
        if (aborted) LogEpisodeScore(Metrics.MainScore, double.NaN);
        else LogEpisodeScore(Metrics.MainScore, success * 100);
        LogEpisodeScore(Metrics.RequestSuccess, PyFloat.PyRound(parsed / (double)requests, 4));
    }

    static string? Type(JsonArray turn, int index) =>
        index < turn.Count ? turn[index]?["action"]?["type"]?.GetValue<string>() : null;

    static string Field(JsonArray turn, int index, string key) =>
        index < turn.Count && turn[index]?["action"]?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s
            : throw new ClemUserException($"referencegame interactions: event {index} of the turn has no \"{key}\"");
}
