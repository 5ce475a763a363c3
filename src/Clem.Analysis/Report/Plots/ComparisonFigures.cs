using System.Text.RegularExpressions;
using Clem.Analysis.Study;
using ScottPlot;

namespace Clem.Analysis.Report.Plots;

/// <summary>Figures of §5 (access method), §6 (quantisation) and §7 (open vs closed).</summary>
internal static partial class ComparisonFigures
{
    /// <summary>Every variant's clemscore, grouped by weights; whiskers = 95% bootstrap interval where episodes exist.</summary>
    public static string? Overview(ComparisonSection s, string title, string name, string dir)
    {
        if (s.Groups.Count == 0) return null;
        var labels = new List<string>(); var positions = new List<double>();
        var pts = new List<(double X, double Y, bool Reference, Stats.Interval? Ci)>();
        var headers = new List<(double Y, string Text)>();
        double y = 0;
        foreach (var g in s.Groups.Reverse())
        {
            foreach (var v in g.Variants.Reverse())
            {
                labels.Add($"{v.Model} — {Short(v.Label)}");
                positions.Add(y);
                pts.Add((v.Intervals?.Clemscore.Estimate ?? v.Clemscore, y, v.Model == g.Reference, v.Intervals?.Clemscore));
                y += 1;
            }
            headers.Add((y - 0.2, "weights: " + g.Weights));
            y += 1.4;
        }
        int W = 1000, H = Math.Max(300, 120 + (int)(24 * y));
        bool anyCi = pts.Any(p => p.Ci != null);
        var plot = PlotKit.Create(title, anyCi ? "clemscore (0–100), whiskers: 95% bootstrap interval" : "clemscore (0–100); tables only, no intervals", "");
        var withCi = pts.Where(p => p.Ci != null && double.IsFinite(p.X) && double.IsFinite(p.Ci.Low) && double.IsFinite(p.Ci.High)).ToList();
        if (withCi.Count > 0)
        {
            var eb = new ScottPlot.Plottables.ErrorBar(withCi.Select(p => p.X).ToList(), withCi.Select(p => p.Y).ToList(),
                withCi.Select(p => p.Ci!.High - p.X).ToList(), withCi.Select(p => p.X - p.Ci!.Low).ToList(),
                withCi.Select(_ => 0.0).ToList(), withCi.Select(_ => 0.0).ToList());
            eb.Color = Colors.Black; eb.LineWidth = 1.5f; eb.CapSize = 5;
            plot.Add.Plottable(eb);
        }
        foreach (var (reference, colour, shape, legend) in new[] { (true, PlotKit.Colour(0), MarkerShape.FilledSquare, "reference of its group"), (false, PlotKit.Colour(1), MarkerShape.FilledCircle, "other variants") })
        {
            var sel = pts.Where(p => p.Reference == reference).ToList();
            if (sel.Count == 0) continue;
            var sc = plot.Add.ScatterPoints(sel.Select(p => p.X).ToArray(), sel.Select(p => p.Y).ToArray(), colour);
            sc.MarkerShape = shape; sc.MarkerSize = 10; sc.LegendText = legend;
        }
        PlotKit.CategoryTicks(plot.Axes.Left, labels, positions);
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        double xMax = Math.Ceiling((pts.Max(p => p.Ci?.High is { } h && !double.IsNaN(h) ? h : p.X) + 5) / 10) * 10;
        foreach (var (hy, text) in headers)
        {
            var t = plot.Add.Text(text, 0.5, hy);
            t.LabelFontSize = 12; t.LabelBold = true; t.LabelFontName = PlotKit.FontName; t.LabelAlignment = Alignment.MiddleLeft;
        }
        plot.Axes.SetLimits(0, Math.Max(10, xMax), -0.8, y - 1);
        plot.ShowLegend(Edge.Bottom);
        return PlotKit.Save(plot, dir, name, W, H + 40);
    }

    /// <summary>
    /// Equivalence view: each comparison's clemscore difference from its reference with the 90% interval (the
    /// TOST interval, thick) and the 95% interval (thin) against the shaded ±margin; table-only pairs show the point.
    /// </summary>
    public static string? Differences(ComparisonSection s, double margin, string dir)
    {
        var comps = s.Groups.SelectMany(g => g.Comparisons.Where(c => c.First == g.Reference)).Reverse().ToList();
        if (comps.Count == 0) return null;
        int W = 1000, H = Math.Max(300, 150 + 34 * comps.Count);
        bool anyPaired = comps.Any(c => c.Paired != null);
        var plot = PlotKit.Create("Difference from the unquantised reference", anyPaired
            ? "Δ clemscore (points); thick: 90% CI (TOST), thin: 95% CI" : "Δ clemscore (points; tables only, no intervals)", "");
        double ext = margin;
        for (int i = 0; i < comps.Count; i++)
        {
            var c = comps[i];
            double d = c.Paired?.Clemscore.Difference ?? c.Table.Difference;
            if (double.IsNaN(d)) continue;
            ext = Math.Max(ext, Math.Abs(d));
            if (c.Paired is { } p && double.IsFinite(p.Clemscore.Ci95Low))
            {
                ext = Math.Max(ext, Math.Max(Math.Abs(p.Clemscore.Ci95Low), Math.Abs(p.Clemscore.Ci95High)));
                var thin = plot.Add.Line(p.Clemscore.Ci95Low, i, p.Clemscore.Ci95High, i);
                thin.LineWidth = 1.5f; thin.LineColor = Colors.Black; thin.MarkerSize = 0;
                var thick = plot.Add.Line(p.Clemscore.Ci90Low, i, p.Clemscore.Ci90High, i);
                thick.LineWidth = 5; thick.LineColor = PlotKit.Colour(0); thick.MarkerSize = 0;
            }
            var bad = c.Paired?.Clemscore.Equivalent == false;
            var m = plot.Add.Marker(d, i, MarkerShape.FilledDiamond, 11, bad ? PlotKit.Colour(3) : PlotKit.Colour(0));
            _ = m;
        }
        ext = Math.Ceiling(ext + 1);
        var band = plot.Add.Rectangle(-margin, margin, -0.6, comps.Count - 0.4);
        band.FillColor = PlotKit.Colour(2).WithAlpha(0.15);
        band.LineWidth = 0;
        plot.MoveToBack(band);
        plot.Add.VerticalLine(0, 1, Colors.Black, LinePattern.Dashed);
        PlotKit.CategoryTicks(plot.Axes.Left, comps.Select(c => $"{c.Second} vs. {c.First}").ToList());
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        plot.Axes.SetLimits(-ext, ext, -0.6, comps.Count - 0.4);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"equivalence margin ±{margin:0.##}", FillColor = PlotKit.Colour(2).WithAlpha(0.15) });
        if (anyPaired)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "equivalent or not tested", MarkerShape = MarkerShape.FilledDiamond, MarkerFillColor = PlotKit.Colour(0), MarkerLineColor = PlotKit.Colour(0), MarkerSize = 10 });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "not equivalent (TOST, 5 %)", MarkerShape = MarkerShape.FilledDiamond, MarkerFillColor = PlotKit.Colour(3), MarkerLineColor = PlotKit.Colour(3), MarkerSize = 10 });
        }
        plot.ShowLegend(Edge.Bottom);
        return PlotKit.Save(plot, dir, "quantisation_differences", W, H + 40);
    }

    static string Short(string label) => label.Length > 38 ? label[..36] + "…" : label;

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex Unsafe();

    /// <summary>Per-game % played and quality of each variant of one group (two panels).</summary>
    public static string? Games(VariantGroup g, string prefix, string dir)
    {
        var games = g.Variants.SelectMany(v => v.Games.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        if (games.Count == 0) return null;
        var panels = new List<Plot>();
        foreach (var (metric, pick) in new (string, Func<Data.GameScore, double>)[] { ("% played", x => x.PercentPlayed), ("quality score", x => x.Quality) })
        {
            var plot = PlotKit.Create($"{g.Weights}: {metric} per game", "", metric + " (0–100)");
            double width = 0.8 / g.Variants.Count;
            for (int v = 0; v < g.Variants.Count; v++)
            {
                var variant = g.Variants[v];
                var bars = new List<Bar>();
                for (int k = 0; k < games.Count; k++)
                {
                    double value = variant.Games.TryGetValue(games[k], out var gs) ? pick(gs) : double.NaN;
                    double x = k - 0.4 + width * (v + 0.5);
                    if (double.IsNaN(value))
                    {
                        // Not scored (no played episode, or game not run): say so instead of drawing an empty slot.
                        var na = plot.Add.Text("n/a", x, 1.5);
                        na.LabelFontSize = 9; na.LabelFontName = PlotKit.FontName; na.LabelAlignment = Alignment.LowerCenter; na.LabelFontColor = PlotKit.Grey;
                        continue;
                    }
                    bars.Add(new Bar
                    {
                        Position = x, Value = value, Size = width * 0.92, FillColor = PlotKit.Colour(v), LineWidth = 0,
                        Label = value.ToString(value >= 10 ? "0" : "0.#", System.Globalization.CultureInfo.InvariantCulture),
                    });
                }
                var bp = plot.Add.Bars(bars);
                bp.ValueLabelStyle.FontSize = 9;
                bp.ValueLabelStyle.FontName = PlotKit.FontName;
                bp.LegendText = $"{variant.Model} ({Short(variant.Label)})";
                bp.Color = PlotKit.Colour(v);
            }
            PlotKit.CategoryTicks(plot.Axes.Bottom, games.Select(x => x.Replace("_", "_\n")).ToList());
            plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
            plot.Axes.SetLimits(-0.6, games.Count - 0.4, 0, 108);
            plot.Legend.FontSize = 11;
            plot.ShowLegend(Edge.Right);
            panels.Add(plot);
        }
        int w = Math.Max(1100, 110 * games.Count + 500), h = 860;
        return PlotKit.Save(panels, dir, $"{prefix}_{Unsafe().Replace(g.Weights.ToLowerInvariant(), "_").Trim('_')}_games", w, h, stacked: true);
    }

    public static string? OpenClosed(OpenClosedSection s, string dir)
    {
        if (s.Clemscore == null) return null;
        var models = s.Open.Select(m => (m.Model, Open: true, m.Clemscore)).Concat(s.Closed.Select(m => (m.Model, Open: false, m.Clemscore))).ToList();
        var panels = new List<Plot>();
        // Left: distributions.
        var left = PlotKit.Create("clemscore by weights access", "", "clemscore (0–100)");
        var groups = new[] { (true, "open weights"), (false, "closed weights") };
        for (int i = 0; i < 2; i++)
        {
            var vals = models.Where(m => m.Open == groups[i].Item1).Select(m => m.Clemscore).OrderBy(v => v).ToList();
            var sm = Stats.Summary.Of(vals);
            var bp = left.Add.Box(new Box { Position = i, BoxMin = sm.Q1, BoxMax = sm.Q3, BoxMiddle = sm.Median, WhiskerMin = sm.Min, WhiskerMax = sm.Max, Width = 0.5 });
            bp.FillColor = PlotKit.Colour(i).WithAlpha(0.25); bp.LineColor = PlotKit.Colour(i); bp.LineWidth = 1.5f;
            var xs = vals.Select((_, k) => i + PlotKit.Jitter(k, 0.4)).ToArray();
            var sc = left.Add.ScatterPoints(xs, vals.ToArray(), PlotKit.Colour(i));
            sc.MarkerSize = 6;
        }
        PlotKit.CategoryTicks(left.Axes.Bottom, groups.Select(g => $"{g.Item2}\n(n = {models.Count(m => m.Open == g.Item1)})").ToList());
        left.Axes.SetLimits(-0.6, 1.6, -2, Math.Ceiling((models.Max(m => m.Clemscore) + 5) / 10) * 10);
        panels.Add(left);

        // Right: per-game differences closed − open with 95% intervals.
        var right = PlotKit.Create("closed − open, mean per game (95% bootstrap CI)", "", "difference (points)");
        var games = s.PerGame.Where(g => g.PercentPlayed != null || g.Quality != null).ToList();
        for (int series = 0; series < 2; series++)
        {
            var xs = new List<double>(); var ys = new List<double>(); var hi = new List<double>(); var lo = new List<double>();
            for (int k = 0; k < games.Count; k++)
            {
                var d = series == 0 ? games[k].PercentPlayed : games[k].Quality;
                if (d == null || !double.IsFinite(d.Ci95Low) || !double.IsFinite(d.Ci95High)) continue;
                xs.Add(k + (series == 0 ? -0.15 : 0.15)); ys.Add(d.MeanDifference); hi.Add(d.Ci95High - d.MeanDifference); lo.Add(d.MeanDifference - d.Ci95Low);
            }
            var eb = new ScottPlot.Plottables.ErrorBar(xs, ys, xs.Select(_ => 0.0).ToList(), xs.Select(_ => 0.0).ToList(), hi, lo);
            eb.Color = PlotKit.Colour(series + 2); eb.LineWidth = 1.5f; eb.CapSize = 4;
            right.Add.Plottable(eb);
            var sc = right.Add.ScatterPoints(xs.ToArray(), ys.ToArray(), PlotKit.Colour(series + 2));
            sc.MarkerSize = 8; sc.MarkerShape = series == 0 ? MarkerShape.FilledCircle : MarkerShape.FilledSquare;
            sc.LegendText = series == 0 ? "% played" : "quality";
        }
        right.Add.HorizontalLine(0, 1, Colors.Black);
        PlotKit.CategoryTicks(right.Axes.Bottom, games.Select(g => g.Game.Replace("_", "_\n")).ToList());
        right.Axes.Bottom.TickLabelStyle.FontSize = 11;
        right.Axes.SetLimitsX(-0.6, games.Count - 0.4);
        right.Legend.Alignment = Alignment.UpperRight;
        right.ShowLegend();
        panels.Add(right);
        return PlotKit.Save(panels, dir, "open_closed", 1400, 580);
    }
}
