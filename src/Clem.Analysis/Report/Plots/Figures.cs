using Clem.Analysis.Study;

namespace Clem.Analysis.Report.Plots;

/// <summary>Every figure of the report, in section order; each returns its base name or null when its section is empty.</summary>
internal static class Figures
{
    public static IEnumerable<string> WriteAll(AnalysisResult r, string dir)
    {
        var names = new List<string?>
        {
            LeaderboardFigure.Draw(r.Leaderboard, dir),
            SizeFigures.Regression(r.Size, dir),
            SizeFigures.DataFit(r.Size, dir),
            SizeFigures.Residuals(r.Size, dir),
            SizeFigures.Buckets(r.Buckets, dir),
            LineageFigures.Families(r.Families, dir),
            LineageFigures.SameBase(r.SameBase, dir),
            ComparisonFigures.Overview(r.Access, "Same weights, different access method", "access", dir),
        };
        names.AddRange(r.Access.Groups.Select(g => ComparisonFigures.Games(g, "access", dir)));
        names.Add(ComparisonFigures.Overview(r.Quantisation, "Same weights, different precision", "quantisation", dir));
        names.Add(ComparisonFigures.Differences(r.Quantisation, r.Provenance.EquivalenceMargin, dir));
        names.AddRange(r.Quantisation.Groups.Select(g => ComparisonFigures.Games(g, "quantisation", dir)));
        names.Add(ComparisonFigures.OpenClosed(r.OpenClosed, dir));
        return names.Where(n => n != null).Select(n => n!);
    }
}
