using Clem.Analysis.Study;
using ScottPlot;

namespace Clem.Analysis.Report.Plots;

/// <summary>Figures of §1 (clemscore vs size with the fit, residuals) and §2 (size buckets).</summary>
internal static class SizeFigures
{
    public static string? Regression(SizeSection s, string dir)
    {
        if (s.Parameters == null || s.Models.Count == 0) return null;
        const int W = 960, H = 640;
        var plot = PlotKit.Create("clemscore vs. model size", "Parameters (billions, log scale)", "clemscore (0–100)");
        var lx = s.Models.Select(m => Math.Log10(m.ParametersB)).ToList();
        double xMin = Math.Floor(lx.Min() * 2) / 2 - 0.15, xMax = Math.Ceiling(lx.Max() * 2) / 2 + 0.15;
        double yMax = Math.Max(10, Math.Ceiling((s.Models.Max(m => m.Clemscore) + 8) / 10) * 10);
        var fit = s.Parameters.Fit;

        // Fit line and 95% confidence band of the mean, over the sample's size range.
        var inSample = s.Models.Where(m => m.InFitSample).ToList();
        double fMin = inSample.Min(m => Math.Log10(m.ParametersB)), fMax = inSample.Max(m => Math.Log10(m.ParametersB));
        var xs = Enumerable.Range(0, 101).Select(i => fMin + (fMax - fMin) * i / 100).ToArray();
        var pred = xs.Select(x => fit.Predict(x * Math.Log(10))).ToArray();
        var band = plot.Add.FillY(xs, pred.Select(p => p.Low).ToArray(), pred.Select(p => p.High).ToArray());
        band.FillColor = PlotKit.Colour(3).WithAlpha(0.15);
        band.LineWidth = 0;
        band.LegendText = "95% confidence band";
        var line = plot.Add.ScatterLine(xs, pred.Select(p => p.Mean).ToArray(), PlotKit.Colour(3));
        line.LineWidth = 2;
        var b0 = fit.Coefficients[0].Estimate; var b1 = fit.Coefficients[1].Estimate;
        line.LegendText = $"OLS: {(b0 < 0 ? "−" : "")}{Math.Abs(b0):0.00} {(b1 < 0 ? "−" : "+")} {Math.Abs(b1):0.00}·ln(P);  R² = {fit.RSquared:0.000}, n = {fit.N}";

        var outside = s.Models.Where(m => !m.InFitSample).ToList();
        if (outside.Count > 0)
        {
            var o = plot.Add.ScatterPoints(outside.Select(m => Math.Log10(m.ParametersB)).ToArray(), outside.Select(m => m.Clemscore).ToArray(), PlotKit.Grey);
            o.MarkerShape = MarkerShape.OpenCircle; o.MarkerSize = 8;
            o.LegendText = "not in the fit (no training-data size)";
        }
        var sc = plot.Add.ScatterPoints(inSample.Select(m => Math.Log10(m.ParametersB)).ToArray(), inSample.Select(m => m.Clemscore).ToArray(), PlotKit.Colour(0));
        sc.MarkerSize = 9;
        sc.LegendText = s.ParametersAndData != null ? "in the fit (size and training data known)" : "models";

        plot.Axes.SetLimits(xMin, xMax, -2, yMax);
        PlotKit.LogParameterTicks(plot, xMin, xMax);
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.ShowLegend();
        var area = PlotKit.Layout(plot, W, H);
        var placer = new LabelPlacer(plot, area) { FontSize = 10 };
        foreach (var m in s.Models) placer.AvoidPoint(Math.Log10(m.ParametersB), m.Clemscore);
        AvoidLegend(plot, placer, area, Alignment.UpperLeft);
        foreach (var m in s.Models.OrderByDescending(m => m.Clemscore))
            placer.Place(Math.Log10(m.ParametersB), m.Clemscore, m.Model, m.InFitSample ? Colors.Black : Color.FromHex("#555555"));
        if (placer.Omitted > 0) plot.Add.Annotation($"{placer.Omitted} label(s) omitted for legibility", Alignment.LowerRight);
        return PlotKit.Save(plot, dir, "size_regression", W, H);
    }

    /// <summary>Observed clemscore against the fit on ln(parameters) + ln(training tokens), with the line of perfect fit.</summary>
    public static string? DataFit(SizeSection s, string dir)
    {
        if (s.ParametersAndData == null) return null;
        const int W = 900, H = 680;
        var fit = s.ParametersAndData.Fit;
        var sample = s.Models.Where(m => m.InFitSample && m.TrainingTokensT is > 0).ToList();
        var fitted = sample.Select(m => fit.Predict(Math.Log(m.ParametersB), Math.Log(m.TrainingTokensT!.Value)).Mean).ToArray();
        var plot = PlotKit.Create("clemscore vs. fit on size and training data", "Fitted clemscore: ln(parameters) + ln(training tokens)", "Observed clemscore (0–100)");
        double hi = Math.Ceiling((Math.Max(sample.Max(m => m.Clemscore), fitted.Max()) + 6) / 10) * 10;
        double lo = Math.Min(-2, Math.Floor(fitted.Min() - 2));
        var diag = plot.Add.Line(lo, lo, hi, hi);
        diag.LineColor = PlotKit.Grey; diag.LinePattern = LinePattern.Dashed; diag.LineWidth = 1.5f; diag.MarkerSize = 0;
        diag.LegendText = "observed = fitted";
        var pts = plot.Add.ScatterPoints(fitted, sample.Select(m => m.Clemscore).ToArray(), PlotKit.Colour(0));
        pts.MarkerSize = 9;
        var sizeOnly = s.Parameters!.Fit;
        pts.LegendText = $"models (n = {fit.N}); R² = {fit.RSquared:0.000}, size only {sizeOnly.RSquared:0.000}";
        plot.Axes.SetLimits(lo, hi, lo, hi);
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.ShowLegend();
        var area = PlotKit.Layout(plot, W, H);
        var placer = new LabelPlacer(plot, area) { FontSize = 10 };
        for (int i = 0; i < sample.Count; i++) placer.AvoidPoint(fitted[i], sample[i].Clemscore);
        AvoidLegend(plot, placer, area, Alignment.UpperLeft);
        foreach (var i in Enumerable.Range(0, sample.Count).OrderByDescending(i => sample[i].Clemscore))
            placer.Place(fitted[i], sample[i].Clemscore, sample[i].Model, Colors.Black);
        if (placer.Omitted > 0) plot.Add.Annotation($"{placer.Omitted} label(s) omitted for legibility", Alignment.LowerRight);
        return PlotKit.Save(plot, dir, "size_data_fit", W, H);
    }

    /// <summary>Keeps labels out of the legend box (its size is known after the layout render).</summary>
    internal static void AvoidLegend(Plot plot, LabelPlacer placer, PixelRect area, Alignment where)
    {
        var size = plot.Legend.LastRenderSize;
        float w = size.Width + 16, h = size.Height + 16;
        bool left = where is Alignment.UpperLeft or Alignment.LowerLeft, top = where is Alignment.UpperLeft or Alignment.UpperRight;
        float x0 = left ? area.Left : area.Right - w, y0 = top ? area.Top : area.Bottom - h;
        placer.AvoidRect(new PixelRect(x0, x0 + w, y0 + h, y0));
    }

    public static string? Residuals(SizeSection s, string dir)
    {
        if (s.Residuals.Count == 0) return null;
        var rows = s.Residuals.OrderBy(r => r.Residual).ToList();
        int W = 900, H = Math.Max(360, 110 + 17 * rows.Count);
        var plot = PlotKit.Create("Over- and under-performance relative to size", "Residual: observed − predicted clemscore (points)", "");
        var bars = new List<Bar>();
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            bars.Add(new Bar
            {
                Position = i, Value = r.Residual, ValueBase = 0, Orientation = Orientation.Horizontal, Size = 0.7,
                FillColor = (r.Residual >= 0 ? PlotKit.Colour(0) : PlotKit.Colour(1)).WithAlpha(r.InFitSample ? 1 : 0.45),
                LineWidth = 0,
            });
        }
        plot.Add.Bars(bars);
        PlotKit.CategoryTicks(plot.Axes.Left, rows.Select(r => r.Model + (r.InFitSample ? "" : " °")).ToList());
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        double ext = Math.Ceiling(rows.Max(r => Math.Abs(r.Residual)) / 5) * 5 + 2;
        plot.Axes.SetLimits(-ext, ext, -0.8, rows.Count - 0.2);
        plot.Add.VerticalLine(0, 1, Colors.Black);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "above the size trend", FillColor = PlotKit.Colour(0) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "below the size trend", FillColor = PlotKit.Colour(1) });
        if (rows.Any(r => !r.InFitSample))
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "° not in the fit sample (pale)", FillColor = PlotKit.Grey.WithAlpha(0.45) });
        plot.ShowLegend(Edge.Bottom);
        return PlotKit.Save(plot, dir, "size_residuals", W, H + 40);
    }

    public static string? Buckets(BucketSection s, string dir)
    {
        // All of the study's buckets, empty ones included (n = 0), so that figures from different runs line up.
        var used = s.Buckets.ToList();
        if (used.All(b => b.Models.Count == 0)) return null;
        const int W = 960, H = 600;
        var plot = PlotKit.Create("clemscore spread within size buckets", "Size bucket (parameters)", "clemscore (0–100)");
        var boxes = new List<Box>();
        for (int i = 0; i < used.Count; i++)
        {
            var sm = used[i].Summary;
            if (sm.N >= 2)
                boxes.Add(new Box
                {
                    Position = i, BoxMin = sm.Q1, BoxMax = sm.Q3, BoxMiddle = sm.Median, WhiskerMin = sm.Min, WhiskerMax = sm.Max,
                    Width = 0.55, FillColor = PlotKit.Colour(5).WithAlpha(0.35), LineColor = PlotKit.Colour(0), LineWidth = 1.5f,
                });
        }
        if (boxes.Count > 0)
        {
            var bp = plot.Add.Boxes(boxes);
            bp.FillColor = PlotKit.Colour(5).WithAlpha(0.3);
            bp.LineColor = PlotKit.Colour(0);
            bp.LineWidth = 1.5f;
        }
        for (int i = 0; i < used.Count; i++)
        {
            var ms = used[i].Models;
            // Deterministic jitter so overlapping scores stay visible.
            var xs = ms.Select((m, k) => i + PlotKit.Jitter(k, 0.36)).ToArray();
            var pts = plot.Add.ScatterPoints(xs, ms.Select(m => m.Clemscore).ToArray(), PlotKit.Colour(1));
            pts.MarkerSize = 7;
            pts.MarkerShape = MarkerShape.FilledCircle;
            var n = plot.Add.Text($"n = {ms.Count}", i, -4.5);
            n.LabelFontSize = 11; n.LabelAlignment = Alignment.MiddleCenter; n.LabelFontName = PlotKit.FontName;
        }
        PlotKit.CategoryTicks(plot.Axes.Bottom, used.Select(b => b.Label.Replace(" (", "\n(")).ToList());
        double yMax = Math.Ceiling((used.Where(b => b.Models.Count > 0).Max(b => b.Summary.Max) + 5) / 10) * 10;
        var yTicks = new ScottPlot.TickGenerators.NumericManual();
        for (double v = 0; v <= yMax; v += 10) yTicks.AddMajor(v, v.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
        plot.Axes.Left.TickGenerator = yTicks;
        plot.Axes.SetLimits(-0.6, used.Count - 0.4, -8, yMax);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "model", MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = PlotKit.Colour(1), MarkerLineColor = PlotKit.Colour(1), MarkerSize = 7 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "quartiles (box), median, range (whiskers)", FillColor = PlotKit.Colour(5).WithAlpha(0.3), OutlineColor = PlotKit.Colour(0), OutlineWidth = 1.5f });
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.ShowLegend();
        return PlotKit.Save(plot, dir, "size_buckets", W, H);
    }
}
