using Clem.Core.Json;
using Clem.Evaluation.Discovery;

namespace Clem.Evaluation.Aggregation;

/// <summary>
/// clembench's <c>save_clem_table</c> on per-(model, game) accumulators: per-game means rounded to 2 dp
/// (numpy half-even on the scaled double), macro means over the rounded per-game values (NaN skipped),
/// clemscore from the rounded macro means.
/// </summary>
public static class ResultsTableBuilder
{
    public static ResultsTable Build(IReadOnlyDictionary<(string Model, string Game), GameAccumulator> groups, bool includeStd)
    {
        var columns = new SortedSet<(string Game, string Metric)>(Comparer<(string Game, string Metric)>.Create((a, b) =>
        {
            int c = NameOrder.ComparePython(a.Game, b.Game);
            return c != 0 ? c : NameOrder.ComparePython(a.Metric, b.Metric);
        }));
        bool anyPlayed = false, anyQuality = false;
        var models = new List<ModelScores>();
        foreach (var byModel in groups.Where(g => g.Value.HasPlayed || g.Value.HasMainScore)
                     .GroupBy(g => g.Key.Model).OrderBy(g => g.Key, NameOrder.Python))
        {
            var games = new List<GameScore>();
            foreach (var (key, acc) in byModel.OrderBy(g => g.Key.Game, NameOrder.Python))
            {
                var score = Score(key.Game, acc);
                games.Add(score);
                if (score.HasPlayed) { columns.Add((key.Game, ResultsTable.PercentPlayed)); anyPlayed = true; }
                if (score.HasQuality)
                {
                    columns.Add((key.Game, ResultsTable.QualityScore));
                    if (includeStd) columns.Add((key.Game, ResultsTable.QualityScoreStd));
                    anyQuality = true;
                }
            }
            double avgPlayed = MacroMean(games.Where(g => g.HasPlayed).Select(g => g.PercentPlayed));
            double avgQuality = MacroMean(games.Where(g => g.HasQuality).Select(g => g.Quality));
            double clemscore = PyFloat.Round2(avgPlayed / 100 * avgQuality);
            models.Add(new ModelScores(byModel.Key, clemscore, avgPlayed, avgQuality, games));
        }
        if (anyPlayed) columns.Add((ResultsTable.AllGame, ResultsTable.AveragePercentPlayed));
        if (anyQuality) columns.Add((ResultsTable.AllGame, ResultsTable.AverageQualityScore));
        return new ResultsTable(columns.ToList(), models);
    }

    static GameScore Score(string game, GameAccumulator acc)
    {
        // pandas: mean over the group (NaN skipped), Played mean × 100, then round(2).
        double played = PyFloat.Round2(acc.Played.Mean * 100);
        double quality = PyFloat.Round2(acc.MainScore.Mean);
        double std = PyFloat.Round2(acc.MainScore.SampleStd);
        return new GameScore(game, played, quality, std, acc.Played.Count, acc.MainScore.Count, acc.HasPlayed, acc.HasMainScore);
    }

    /// <summary>Mean of already-rounded per-game values with NaN skipped (NaN if none), rounded to 2 dp.</summary>
    static double MacroMean(IEnumerable<double> values)
    {
        var sum = new ExactSum();
        foreach (var v in values)
            if (!double.IsNaN(v)) sum.Add(v);
        return PyFloat.Round2(sum.Mean);
    }
}
