using Clem.Analysis.Study;
using ScottPlot;

namespace Clem.Analysis.Report.Plots;

/// <summary>Figures of §3 (families over release date) and §4 (same base, different fine-tuning).</summary>
internal static class LineageFigures
{
    public static string? Families(FamilySection s, string dir)
    {
        if (s.Families.Count == 0) return null;
        const int W = 1000, H = 640;
        var plot = PlotKit.Create("clemscore by model family over release date", "Release date", "clemscore (0–100)");
        var all = s.Families.SelectMany(f => f.Members).ToList();
        double xMin = all.Min(m => m.ReleaseDate!.Value.ToDateTime(TimeOnly.MinValue).ToOADate()) - 45;
        double xMax = all.Max(m => m.ReleaseDate!.Value.ToDateTime(TimeOnly.MinValue).ToOADate()) + 45;
        double yMax = Math.Ceiling((all.Max(m => m.Clemscore) + 6) / 10) * 10;
        var points = new List<(double X, double Y, string Label, Color C)>();
        for (int i = 0; i < s.Families.Count; i++)
        {
            var f = s.Families[i];
            var xs = f.Members.Select(m => m.ReleaseDate!.Value.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var ys = f.Members.Select(m => m.Clemscore).ToArray();
            // Markers only: members released on the same date would otherwise be joined by vertical lines.
            var line = plot.Add.ScatterPoints(xs, ys, PlotKit.Colour(i));
            line.MarkerShape = PlotKit.Shape(i);
            line.MarkerSize = 9;
            line.LegendText = f.Name;
            for (int k = 0; k < xs.Length; k++) points.Add((xs[k], ys[k], f.Members[k].Label, PlotKit.TextColour(i)));
        }
        plot.Axes.SetLimits(xMin, xMax, -2, yMax);
        PlotKit.MonthTicks(plot, DateTime.FromOADate(xMin), DateTime.FromOADate(xMax), 3);
        plot.ShowLegend(Edge.Right);
        var area = PlotKit.Layout(plot, W, H);
        var placer = new LabelPlacer(plot, area) { FontSize = 9.5f };
        foreach (var p in points) placer.AvoidPoint(p.X, p.Y);
        foreach (var p in points.OrderByDescending(p => p.Y)) placer.Place(p.X, p.Y, p.Label, p.C);
        if (placer.Omitted > 0) plot.Add.Annotation($"{placer.Omitted} label(s) omitted for legibility", Alignment.LowerRight);
        return PlotKit.Save(plot, dir, "families", W, H);
    }

    public static string? SameBase(SameBaseSection s, string dir)
    {
        if (s.Groups.Count == 0) return null;
        // One horizontal bar per model, groups stacked top to bottom with a gap and a header row.
        var labels = new List<string>(); var positions = new List<double>();
        var bars = new List<Bar>();
        var headers = new List<(double Y, string Text)>();
        double y = 0;
        foreach (var g in s.Groups.Reverse())
        {
            foreach (var m in g.Members.Reverse())
            {
                bars.Add(new Bar
                {
                    Position = y, Value = m.Clemscore, ValueBase = 0, Orientation = Orientation.Horizontal, Size = 0.7,
                    FillColor = m.Official ? PlotKit.Colour(0) : PlotKit.Colour(1), LineWidth = 0,
                    Label = m.Clemscore.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                });
                labels.Add(m.Model);
                positions.Add(y);
                y += 1;
            }
            headers.Add((y, "base: " + g.BaseModel));
            y += 1.6;
        }
        int W = 960, H = Math.Max(360, 110 + (int)(20 * y));
        var plot = PlotKit.Create("Same base model, different fine-tuning", "clemscore (0–100)", "");
        var bp = plot.Add.Bars(bars);
        bp.ValueLabelStyle.FontSize = 10;
        bp.ValueLabelStyle.FontName = PlotKit.FontName;
        PlotKit.CategoryTicks(plot.Axes.Left, labels, positions);
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        double xMax = Math.Ceiling((s.Groups.Max(g => g.Members.Max(m => m.Clemscore)) + 6) / 10) * 10;
        foreach (var (hy, text) in headers)
        {
            var t = plot.Add.Text(text, 0.3, hy - 0.25);
            t.LabelFontSize = 12; t.LabelBold = true; t.LabelFontName = PlotKit.FontName;
            t.LabelAlignment = Alignment.MiddleLeft;
        }
        plot.Axes.SetLimits(0, xMax, -0.8, y - 1.2);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "base model's own instruct/chat release", FillColor = PlotKit.Colour(0) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "further fine-tuned (label in the report table)", FillColor = PlotKit.Colour(1) });
        plot.ShowLegend(Edge.Bottom);
        return PlotKit.Save(plot, dir, "same_base", W, H + 40);
    }
}
