using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Records;
using Clem.Games.Grids;
using Clem.Games.Text;

namespace Clem.Games.ImageGame;

/// <summary>
/// clembench v1.6's ImageGameScorer: walks the turns, re-checks each giver reply against the instance's patterns
/// (turn[1]), reads the drawn grid at turn[4], and scores the last drawn grid. Turn scores: instruction length and
/// tokens, precision/recall/F1 so far, changed cells, request counts. Episode: aborted → NaN quality scores; else
/// Main Score = F1, Success iff F1 ≥ 99. Behaviour switches: see <see cref="ImageGame"/>'s setting names.
/// </summary>
public sealed class ImageGameScorer(JsonObject experiment, JsonObject instance, JsonObject settings)
    : GameScorer(ImageGame.GameName, experiment, instance)
{
    const string EmptyGrid = "▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢";

    readonly bool _keepOnError = InstanceFields.Flag(settings, ImageGame.EvaluationErrorsKeepPreviousScores, false);
    readonly bool _doneFirstFails = InstanceFields.Flag(settings, ImageGame.DoneInFirstTurnFailsScoring, false);
    readonly bool _exactTag = InstanceFields.Flag(settings, ImageGame.InstructionLengthRemovesExactTag, false);
    readonly bool _doneNotCounted = InstanceFields.Flag(settings, ImageGame.DoneReplyNotCounted, false);

    static readonly PyRegex LeadingTag = PyRegex.Get(@"\s*instruction\s*:", ignoreCase: true);

    public override void ComputeScores(JsonObject interactions)
    {
        var game = ImageGameInstance.From(Instance, Experiment);
        var scores = GridScores.Initial;
        string previousGrid = EmptyGrid, currentGrid = "";
        int changedSum = 0, lengthSum = 0, tokenSum = 0;
        int requests = 0, parsed = 0, violated = 0, drawnTurns = 0;
        bool aborted = false;

        var turns = interactions["turns"] as JsonArray ?? throw new ClemUserException("imagegame interactions: no \"turns\" list");
        for (int t = 0; t < turns.Count; t++)
        {
            var turn = turns[t]!.AsArray();
            int turnRequests = 0, turnParsed = 0, turnViolated = 0;
            var instruction = Content(turn, 1);
            if (game.TerminatePattern.Match(instruction) != null)
            {
                if (!_doneNotCounted) { requests++; parsed++; }
                break;
            }

            turnRequests++; requests++;
            if (game.InstructionPattern.Match(instruction) != null)
            {
                if (instruction.Contains('\n')) instruction = instruction.Split('\n')[0];
                turnParsed++; parsed++;
            }
            else { turnViolated++; violated++; aborted = true; break; }

            if (turn.Count < 4) { aborted = true; break; }
            var drawn = Content(turn, 4);
            turnRequests++; requests++;
            if (game.GridPattern.Match(drawn) != null) { turnParsed++; parsed++; }
            else { turnViolated++; violated++; aborted = true; break; }

            if (_keepOnError)
            {
                try { scores = GridEvaluation.Clembench(game.TargetGrid, drawn); }
                catch (GridEvaluationException) { /* clembench: except: pass — the previous values stay */ }
            }
            else scores = GridEvaluation.ByPosition(game.TargetGrid, drawn);
            drawnTurns++;

            var expression = _exactTag ? PyStr.Strip(instruction.Replace("Instruction:", "", StringComparison.Ordinal)) : WithoutTag(instruction);
            var length = PyStr.Len(expression);
            LogTurnScore(t, "Generated Expression Length", length);
            lengthSum += length;
            var tokens = expression.Split(' ').Length;
            LogTurnScore(t, "Generated Expression Number of Tokens", tokens);
            tokenSum += tokens;
            LogTurnScore(t, "Precision", scores.Precision.ToJson());
            LogTurnScore(t, "Recall", scores.Recall.ToJson());
            LogTurnScore(t, "F1", scores.F1.ToJson());

            int changed = 0;
            currentGrid = drawn;
            if (_keepOnError)
            {
                try { changed = GridEvaluation.ClembenchChangedCells(previousGrid, currentGrid); }
                catch (GridEvaluationException) { /* clembench: except: pass — counted as 0 */ }
            }
            else changed = GridEvaluation.ChangedCellsByPosition(previousGrid, currentGrid);
            changedSum += changed;
            previousGrid = currentGrid;
            LogTurnScore(t, "Changed Cell Count", changed);
            LogTurnScore(t, Metrics.RequestCount, turnRequests);
            LogTurnScore(t, Metrics.RequestCountParsed, turnParsed);
            LogTurnScore(t, Metrics.RequestCountViolated, turnViolated);
        }

        if (aborted)
        {
            foreach (var name in new[] { "Precision", "Recall", "F1", Metrics.MainScore, "Average Changed Cell Count",
                         "Average Generated Instruction Length", "Average Generated Expression Number of Tokens" })
                LogEpisodeScore(name, double.NaN);
            LogEpisodeScore(Metrics.Success, 0);
            LogEpisodeScore(Metrics.Lose, 0);
            LogEpisodeScore(Metrics.Aborted, 1);
        }
        else
        {
            if (drawnTurns == 0 && _doneFirstFails)
                throw new InvalidOperationException("imagegame: the giver said DONE before any instruction; clembench v1.6's scorer fails here "
                    + "(ZeroDivisionError) and the episode gets no scores.json — reproduced (setting " + ImageGame.DoneInFirstTurnFailsScoring + ")");
            var f1 = scores.F1.Value;
            LogEpisodeScore("Precision", scores.Precision.ToJson());
            LogEpisodeScore("Recall", scores.Recall.ToJson());
            LogEpisodeScore("F1", scores.F1.ToJson());
            LogEpisodeScore(Metrics.MainScore, scores.F1.ToJson());
            LogEpisodeScore("Average Changed Cell Count", Average(changedSum, drawnTurns));
            LogEpisodeScore("Average Generated Instruction Length", Average(lengthSum, drawnTurns));
            LogEpisodeScore("Average Generated Expression Number of Tokens", Average(tokenSum, drawnTurns));
            LogEpisodeScore(Metrics.Success, f1 >= 99 ? 1 : 0);
            LogEpisodeScore(Metrics.Lose, f1 >= 99 ? 0 : 1);
            LogEpisodeScore(Metrics.Aborted, 0);
        }
        LogEpisodeScore(Metrics.RequestCount, requests);
        LogEpisodeScore(Metrics.RequestCountViolated, violated);
        LogEpisodeScore(Metrics.RequestCountParsed, parsed);
        if (requests == 0) LogEpisodeScore(Metrics.RequestSuccess, 0);
        else LogEpisodeScore(Metrics.RequestSuccess, PyFloat.PyRound(parsed / (double)requests, 4));
    }

    /// <summary>round(sum / n, 4); with no drawn turn (our version only) the average is 0.</summary>
    static double Average(int sum, int n) => n == 0 ? 0.0 : PyFloat.PyRound(sum / (double)n, 4);

    static string WithoutTag(string instruction)
    {
        var m = LeadingTag.Match(instruction);
        return PyStr.Strip(m == null ? instruction : instruction[m.End..]);
    }

    static string Content(JsonArray turn, int index) =>
        index < turn.Count && turn[index]?["action"]?["content"] is JsonValue v && v.TryGetValue<string>(out var s) ? s
            : throw new ClemUserException($"imagegame interactions: event {index} of a turn has no text content");
}
