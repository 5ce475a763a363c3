using Clem.Core.Json;

namespace Clem.Analysis.Data;

/// <summary>
/// clembench's aggregation (spec §2.2) from episodes: per game % played = mean of (1 − Aborted) × 100 and
/// quality = mean of the non-NaN main scores, each rounded to 2; macro averages over games of those rounded
/// values (NaN skipped), rounded; clemscore = played/100 × quality, rounded. Kept here (small) so the analysis
/// reads results of any origin without depending on the evaluator's API.
/// </summary>
public static class ClemScoring
{
    public sealed record Table(double Clemscore, double PercentPlayed, double Quality, IReadOnlyDictionary<string, GameScore> Games);

    public static Table Score(IEnumerable<EpisodeScore> episodes)
    {
        var games = new SortedDictionary<string, GameScore>(StringComparer.Ordinal);
        foreach (var g in episodes.GroupBy(e => e.Game))
        {
            var aborted = g.Where(e => !double.IsNaN(e.Aborted)).Select(e => e.Aborted).ToList();
            var main = g.Where(e => !double.IsNaN(e.MainScore)).Select(e => e.MainScore).ToList();
            double played = aborted.Count == 0 ? double.NaN : PyFloat.Round2(aborted.Average(a => 1 - a) * 100);
            double quality = main.Count == 0 ? double.NaN : PyFloat.Round2(main.Average());
            double std = main.Count < 2 ? double.NaN : PyFloat.Round2(SampleStd(main));
            games[g.Key] = new GameScore(played, quality, std);
        }
        var (p, q) = MacroAverages(games.Values);
        return new Table(ClemscoreOf(p, q), p, q, games);
    }

    /// <summary>Rounded macro averages of the per-game cells (NaN cells skipped), as in results.csv.</summary>
    public static (double Played, double Quality) MacroAverages(IEnumerable<GameScore> games)
    {
        var list = games.ToList();
        return (PyFloat.Round2(MeanSkipNaN(list.Select(g => g.PercentPlayed))), PyFloat.Round2(MeanSkipNaN(list.Select(g => g.Quality))));
    }

    public static double ClemscoreOf(double percentPlayed, double quality) => PyFloat.Round2(percentPlayed / 100.0 * quality);

    public static double MeanSkipNaN(IEnumerable<double> values)
    {
        double sum = 0; int n = 0;
        foreach (var v in values) if (!double.IsNaN(v)) { sum += v; n++; }
        return n == 0 ? double.NaN : sum / n;
    }

    static double SampleStd(List<double> v)
    {
        var mean = v.Average();
        return Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Count - 1));
    }
}
