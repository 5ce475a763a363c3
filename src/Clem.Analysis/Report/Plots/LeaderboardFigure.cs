using Clem.Analysis.Study;
using ScottPlot;

namespace Clem.Analysis.Report.Plots;

/// <summary>The leaderboard as a dot plot, with bootstrap intervals where episodes exist; colour = open/closed weights.</summary>
internal static class LeaderboardFigure
{
    public static string? Draw(Leaderboard board, string dir)
    {
        var rows = board.Rows.Where(r => !double.IsNaN(r.Clemscore) || r.Intervals != null).Reverse().ToList();
        if (rows.Count == 0) return null;
        bool manyRuns = rows.Select(r => r.Run).Distinct().Count() > 1;
        int W = 900, H = Math.Max(320, 120 + 17 * rows.Count);
        var plot = PlotKit.Create(board.AnyIntervals ? "clemscore with 95% bootstrap intervals" : "clemscore (from tables; no per-episode data for intervals)",
            "clemscore (0–100)", "");
        var groups = new (string Label, Func<LeaderboardRow, bool> Pick, Color Colour, MarkerShape Shape)[]
        {
            ("open weights", r => r.OpenWeights == true, PlotKit.Colour(0), MarkerShape.FilledCircle),
            ("closed weights", r => r.OpenWeights == false, PlotKit.Colour(1), MarkerShape.FilledSquare),
            ("weights status unknown", r => r.OpenWeights == null, PlotKit.Grey, MarkerShape.FilledDiamond),
        };
        foreach (var (label, pick, colour, shape) in groups)
        {
            var idx = Enumerable.Range(0, rows.Count).Where(i => pick(rows[i])).ToList();
            if (idx.Count == 0) continue;
            // A NaN anywhere in an error-bar series stops the whole series from drawing: finite intervals only.
            var withCi = idx.Where(i => rows[i].Intervals is { } iv && double.IsFinite(iv.Clemscore.Estimate) && double.IsFinite(iv.Clemscore.Low) && double.IsFinite(iv.Clemscore.High)).ToList();
            if (withCi.Count > 0)
            {
                var eb = new ScottPlot.Plottables.ErrorBar(
                    withCi.Select(i => rows[i].Intervals!.Clemscore.Estimate).ToList(), withCi.Select(i => (double)i).ToList(),
                    withCi.Select(i => rows[i].Intervals!.Clemscore.High - rows[i].Intervals!.Clemscore.Estimate).ToList(),
                    withCi.Select(i => rows[i].Intervals!.Clemscore.Estimate - rows[i].Intervals!.Clemscore.Low).ToList(),
                    withCi.Select(_ => 0.0).ToList(), withCi.Select(_ => 0.0).ToList());
                plot.Add.Plottable(eb);
                eb.Color = colour; eb.LineWidth = 1.5f; eb.CapSize = 4;
            }
            var pts = plot.Add.ScatterPoints(idx.Select(i => Value(rows[i])).ToArray(), idx.Select(i => (double)i).ToArray(), colour);
            pts.MarkerShape = shape; pts.MarkerSize = 7;
            pts.LegendText = label;
        }
        for (int i = 0; i < rows.Count; i++)
            if (double.IsNaN(Value(rows[i])))
            {
                var na = plot.Add.Text("no clemscore (no played episode)", 0.5, i);
                na.LabelFontSize = 10; na.LabelFontName = PlotKit.FontName; na.LabelFontColor = PlotKit.Grey; na.LabelAlignment = Alignment.MiddleLeft;
            }
        PlotKit.CategoryTicks(plot.Axes.Left, rows.Select(r => manyRuns ? $"{r.Model} [{r.Run}]" : r.Model).ToList());
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        double xMax = Math.Ceiling((rows.Max(r => r.Intervals?.Clemscore.High is { } h && !double.IsNaN(h) ? h : Value(r)) + 3) / 10) * 10;
        plot.Axes.SetLimits(-1, Math.Max(10, xMax), -0.8, rows.Count - 0.2);
        plot.ShowLegend(Edge.Bottom);
        return PlotKit.Save(plot, dir, "leaderboard", W, H + 40);
    }

    static double Value(LeaderboardRow r) => r.Intervals?.Clemscore.Estimate ?? r.Clemscore;
}
