using Clem.Analysis.Data;

namespace Clem.Analysis.Study;

public sealed record GameTableDifference(
    string Game, double PlayedFirst, double PlayedSecond, double QualityFirst, double QualitySecond,
    double PlayedDifference, double QualityDifference, double? PlayedContribution, double? QualityContribution);

/// <summary>
/// The difference between two table rows (second − first) and where it comes from. With C = P·Q/100 the
/// clemscore difference splits exactly into a % played part ΔP·Q̄/100 and a quality part P̄·ΔQ/100 (bars =
/// mean of the two models); each part splits further over games because P and Q are means over games
/// (quality only when both models have quality in the same games). Contributions are in clemscore points.
/// </summary>
public sealed record TableDifference(
    string First, string Second, double ClemscoreFirst, double ClemscoreSecond, double Difference,
    double PlayedDifference, double QualityDifference, double PlayedPart, double QualityPart,
    IReadOnlyList<GameTableDifference> Games, string? Driver)
{
    static string Signed(double v) => v.ToString("+0.00;−0.00;0.00", System.Globalization.CultureInfo.InvariantCulture);

    public static TableDifference Of(ModelResult a, ModelResult b)
    {
        double pBar = (a.PercentPlayed + b.PercentPlayed) / 2, qBar = (a.Quality + b.Quality) / 2;
        double dP = b.PercentPlayed - a.PercentPlayed, dQ = b.Quality - a.Quality;
        var games = a.Games.Keys.Union(b.Games.Keys).Order(StringComparer.Ordinal).ToList();
        bool sameGames = games.All(g => a.Games.ContainsKey(g) && b.Games.ContainsKey(g)
            && !double.IsNaN(a.Games[g].PercentPlayed) && !double.IsNaN(b.Games[g].PercentPlayed));
        var qualityGames = games.Where(g => a.Games.TryGetValue(g, out var x) && !double.IsNaN(x.Quality)).ToList();
        bool sameQualityGames = sameGames && qualityGames.SequenceEqual(games.Where(g => b.Games.TryGetValue(g, out var y) && !double.IsNaN(y.Quality)));
        var rows = new List<GameTableDifference>();
        foreach (var g in games)
        {
            var ga = a.Games.GetValueOrDefault(g) ?? new GameScore(double.NaN, double.NaN, double.NaN);
            var gb = b.Games.GetValueOrDefault(g) ?? new GameScore(double.NaN, double.NaN, double.NaN);
            double dp = gb.PercentPlayed - ga.PercentPlayed, dq = gb.Quality - ga.Quality;
            double? pc = sameGames ? dp / games.Count * qBar / 100 : null;
            double? qc = sameQualityGames && qualityGames.Contains(g) ? dq / qualityGames.Count * pBar / 100 : null;
            rows.Add(new GameTableDifference(g, ga.PercentPlayed, gb.PercentPlayed, ga.Quality, gb.Quality, dp, dq, pc, qc));
        }
        string? driver;
        var totals = rows.Where(r => r.PlayedContribution != null || r.QualityContribution != null)
            .Select(r => (r, Total: (r.PlayedContribution ?? 0) + (r.QualityContribution ?? 0)))
            .OrderByDescending(p => Math.Abs(p.Total)).ToList();
        if (totals.Count > 0 && sameQualityGames && Math.Abs(totals[0].Total) < 1e-9)
            driver = "no difference in any game";
        else if (totals.Count > 0 && sameQualityGames)
        {
            var (r, t) = totals[0];
            driver = $"{r.Game}: {Signed(t)} clemscore points ({Signed(r.PlayedContribution ?? 0)} via % played, {Signed(r.QualityContribution ?? 0)} via quality)";
        }
        else
        {
            var onlyOne = games.Where(g => !(a.Games.TryGetValue(g, out var x) && b.Games.TryGetValue(g, out var y)
                && double.IsNaN(x.Quality) == double.IsNaN(y.Quality) && !double.IsNaN(x.PercentPlayed) && !double.IsNaN(y.PercentPlayed))).ToList();
            var largest = rows.SelectMany(r => new[] { (r.Game + " % played", r.PlayedDifference), (r.Game + " quality", r.QualityDifference) })
                .Where(p => !double.IsNaN(p.Item2)).OrderByDescending(p => Math.Abs(p.Item2)).FirstOrDefault();
            driver = $"not decomposable: the two average over different games ({string.Join(", ", onlyOne)} present or scored for one side only)"
                     + (largest.Item1 != null ? $"; largest per-game difference: {largest.Item1} {Signed(largest.Item2)}" : "");
        }
        return new TableDifference(a.Display, b.Display, a.Clemscore, b.Clemscore, b.Clemscore - a.Clemscore,
            dP, dQ, dP * qBar / 100, pBar * dQ / 100, rows, driver);
    }
}
