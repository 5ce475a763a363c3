using System.Text.Json.Nodes;
using Clem;
using Clem.Core.Games;
using Clem.Core.Records;

namespace Clem.Games.PrivateShared;

/// <summary>
/// clembench v1.6's PrivateSharedScorer. Over the played probing rounds: per-round request counts, accuracy and
/// "Slot Filled?"; per episode accuracy, Cohen's κ, truncated κ = max(0, κ), slot-filling accuracy, the
/// middle round's accuracy, and Main Score = 100 · harmonic mean(SFA, truncated κ). Python's value types are kept
/// (max(0, κ) is the int 0 when κ ≤ 0; the score is the int 0 when both parts are 0) so files match clembench's.
/// </summary>
public sealed class PrivateSharedScorer(string gameName, JsonObject experiment, JsonObject instance) : GameScorer(gameName, experiment, instance)
{
    public override void ComputeScores(JsonObject interactions)
    {
        var aborted = Need(interactions, Metrics.Aborted).GetValue<bool>();
        var played = Need(interactions, "Played Probe Rounds").GetValue<int>();
        var nSlots = (Instance["slots"] as JsonObject ?? throw new ClemUserException("privateshared instance: no \"slots\" object")).Count;
        var gold = new List<int>();
        var pred = new List<int>();
        for (int turn = 0; turn < played; turn++)
        {
            var (turnGold, turnPred) = ScoreTurn(interactions, turn);
            gold.AddRange(turnGold);
            pred.AddRange(turnPred);
            // n_probes = n_slots + 1: the middle round
            if (turn == (int)((nSlots + 1) / 2.0) - 1)
                LogEpisodeScore("Middle-Accuracy", aborted ? double.NaN : SkMetrics.Accuracy(turnGold, turnPred));
        }
        ScoreEpisode(gold, pred, interactions, aborted);
    }

    (List<int> Gold, List<int> Pred) ScoreTurn(JsonObject logs, int turn)
    {
        LogTurnScore(turn, Metrics.RequestCount, IntAt(logs, Metrics.RequestCount, turn));
        LogTurnScore(turn, Metrics.RequestCountParsed, IntAt(logs, Metrics.RequestCountParsed, turn));
        LogTurnScore(turn, Metrics.RequestCountViolated, IntAt(logs, Metrics.RequestCountViolated, turn));
        var round = (Need(logs, "probes") as JsonArray)?[turn] as JsonArray
            ?? throw new ClemUserException($"privateshared interactions: no probes for round {turn}");
        var gold = round.Select(p => p!["gt"]!.GetValue<int>()).ToList();
        var pred = round.Select(p => p!["value"]!.GetValue<int>()).ToList();
        LogTurnScore(turn, "Accuracy", SkMetrics.Accuracy(gold, pred));
        // no slot before the first probing round: round t follows slot turn t-1
        if (turn != 0)
            LogTurnScore(turn, "Slot Filled?", (Need(logs, "Filled Slots") as JsonArray)![turn - 1]!.GetValue<bool>() ? 1 : 0);
        return (gold, pred);
    }

    void ScoreEpisode(List<int> gold, List<int> pred, JsonObject logs, bool aborted)
    {
        var acc = aborted ? double.NaN : SkMetrics.Accuracy(gold, pred);
        var kappa = aborted ? double.NaN : SkMetrics.CohenKappa(gold, pred);
        // Python's max(0, kappa): kappa only if it is greater, else the int 0 (also for NaN)
        JsonNode truncatedKappa = aborted ? JsonValue.Create(double.NaN) : kappa > 0 ? JsonValue.Create(kappa) : JsonValue.Create(0);
        var tk = aborted ? double.NaN : kappa > 0 ? kappa : 0.0;
        var filled = (Need(logs, "Filled Slots") as JsonArray)!.Select(b => b!.GetValue<bool>()).ToList();
        var sfAcc = aborted ? double.NaN : (double)filled.Count(b => b) / filled.Count;

        LogEpisodeScore("Accuracy", acc);
        LogEpisodeScore("Kappa", kappa);
        LogEpisodeScore("Truncated Kappa", truncatedKappa);
        LogEpisodeScore("Slot-Filling-Accuracy", sfAcc);
        LogEpisodeScore(Metrics.MainScore, BenchScore(sfAcc, tk));

        var success = !aborted && acc == 1.0 && sfAcc == 1.0 ? 1 : 0;
        var lose = aborted ? 0 : 1 - success;
        var reqs = Sum(logs, Metrics.RequestCount);
        var parsed = Sum(logs, Metrics.RequestCountParsed);
        LogEpisodeScore(Metrics.Aborted, aborted ? 1 : 0);
        LogEpisodeScore(Metrics.Lose, lose);
        LogEpisodeScore(Metrics.Success, success);
        LogEpisodeScore(Metrics.RequestCount, reqs);
        LogEpisodeScore(Metrics.RequestCountParsed, parsed);
        LogEpisodeScore(Metrics.RequestCountViolated, Sum(logs, Metrics.RequestCountViolated));
        LogEpisodeScore(Metrics.RequestSuccess, (double)parsed / reqs);
    }

    /// <summary>100 · harmonic mean of slot-filling accuracy and truncated κ; NaN if either is; the int 0 if both are 0.</summary>
    public static JsonNode BenchScore(double sfAcc, double truncatedKappa)
    {
        if (double.IsNaN(sfAcc) || double.IsNaN(truncatedKappa)) return JsonValue.Create(double.NaN);
        if (sfAcc + truncatedKappa == 0) return JsonValue.Create(0);
        return JsonValue.Create(100 * (2 * sfAcc * truncatedKappa / (sfAcc + truncatedKappa)));
    }

    static JsonNode Need(JsonObject logs, string key) =>
        logs[key] ?? throw new ClemUserException($"privateshared interactions: no \"{key}\" key (was the episode played to the end?)");

    static int IntAt(JsonObject logs, string key, int turn) =>
        (Need(logs, key) as JsonArray)?[turn]?.GetValue<int>() ?? throw new ClemUserException($"privateshared interactions: \"{key}\" has no entry {turn}");

    static int Sum(JsonObject logs, string key) => (Need(logs, key) as JsonArray)!.Sum(n => n!.GetValue<int>());
}
