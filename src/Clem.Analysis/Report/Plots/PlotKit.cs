using ScottPlot;
using SkiaSharp;

namespace Clem.Analysis.Report.Plots;

/// <summary>
/// Shared look of the report's figures: DejaVu Sans, Okabe–Ito colours (distinguishable with the common
/// colour-vision deficiencies; black and yellow moved to the end), figures sized in logical pixels and saved
/// as PNG at 2× (print quality) and as SVG.
/// </summary>
internal static class PlotKit
{
    public const string FontName = "DejaVu Sans";
    public const double PngScale = 2;

    public static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#D55E00"),
        Color.FromHex("#CC79A7"), Color.FromHex("#56B4E9"), Color.FromHex("#000000"), Color.FromHex("#F0E442"),
    ];

    public static readonly Color Grey = Color.FromHex("#8C8C8C");

    public static readonly MarkerShape[] Shapes =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond,
        MarkerShape.FilledTriangleDown, MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp,
    ];

    public static Color Colour(int i) => Palette[i % Palette.Length];

    /// <summary>Text in a palette colour, darkened where the colour is too light to read on white (yellow, sky blue).</summary>
    public static Color TextColour(int i) => (i % Palette.Length) switch
    {
        7 => Color.FromHex("#8A7F00"),
        5 => Color.FromHex("#2A7FB0"),
        1 => Color.FromHex("#B07800"),
        _ => Colour(i),
    };
    public static MarkerShape Shape(int i) => Shapes[(i / Palette.Length + i) % Shapes.Length];

    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title, 17);
        plot.XLabel(xLabel, 14);
        plot.YLabel(yLabel, 14);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Grid.MajorLineColor = Color.FromHex("#E5E5E5");
        plot.Legend.FontSize = 12;
        plot.Legend.FontName = FontName;
        return plot;
    }

    /// <summary>Major ticks at 1B, 10B, 100B, 1T… (the axis is log10 of billions of parameters), minor ticks at 2…9×.</summary>
    public static void LogParameterTicks(Plot plot, double log10Min, double log10Max)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int e = (int)Math.Floor(log10Min); e <= (int)Math.Ceiling(log10Max); e++)
        {
            if (e >= log10Min - 1e-9 && e <= log10Max + 1e-9) ticks.AddMajor(e, ParameterLabel(Math.Pow(10, e)));
            for (int k = 2; k <= 9; k++)
            {
                double v = e + Math.Log10(k);
                if (v > log10Min && v < log10Max) ticks.AddMinor(v);
            }
        }
        plot.Axes.Bottom.TickGenerator = ticks;
    }

    public static string ParameterLabel(double billions) => billions switch
    {
        >= 1000 => $"{billions / 1000:0.##}T",
        >= 1 => $"{billions:0.##}B",
        _ => $"{billions * 1000:0.##}M",
    };

    /// <summary>Category ticks: labels at integer positions 0…n−1 (or the given positions).</summary>
    public static void CategoryTicks(IAxis axis, IReadOnlyList<string> labels, IReadOnlyList<double>? positions = null)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int i = 0; i < labels.Count; i++) ticks.AddMajor(positions?[i] ?? i, labels[i]);
        axis.TickGenerator = ticks;
    }

    /// <summary>Writes <paramref name="name"/>.png (2×) and .svg; returns the base name.</summary>
    public static string Save(Plot plot, string dir, string name, int width, int height)
    {
        plot.ScaleFactor = PngScale;
        plot.SavePng(Path.Combine(dir, name + ".png"), (int)(width * PngScale), (int)(height * PngScale));
        plot.ScaleFactor = 1;
        plot.SaveSvg(Path.Combine(dir, name + ".svg"), width, height);
        return name;
    }

    /// <summary>Side-by-side panels saved as one PNG (2×) and one SVG.</summary>
    public static string Save(IReadOnlyList<Plot> panels, string dir, string name, int width, int height, bool stacked = false)
    {
        var multi = new Multiplot(panels[0]);
        multi.Layout = stacked ? new ScottPlot.MultiplotLayouts.Rows() : new ScottPlot.MultiplotLayouts.Columns();
        foreach (var p in panels.Skip(1)) multi.AddPlot(p);
        // Multiplot lays subplots out in device pixels, so scale the canvas instead of the plots for the 2× PNG.
        foreach (var p in panels) p.ScaleFactor = 1;
        var info = new SKImageInfo((int)(width * PngScale), (int)(height * PngScale));
        using (var surface = SKSurface.Create(info))
        {
            surface.Canvas.Clear(SKColors.White);
            surface.Canvas.Scale((float)PngScale);
            multi.Render(surface.Canvas, new PixelRect(0, width, height, 0));
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            using var file = File.Create(Path.Combine(dir, name + ".png"));
            data.SaveTo(file);
        }
        using (var stream = File.Create(Path.Combine(dir, name + ".svg")))
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
        {
            multi.Render(canvas, new PixelRect(0, width, height, 0));
        }
        return name;
    }

    /// <summary>Deterministic horizontal jitter in [−width/2, width/2] (golden-ratio sequence) for strip plots.</summary>
    public static double Jitter(int k, double width) => ((k * 0.6180339887498949) % 1.0 - 0.5) * width;

    /// <summary>Month ticks (every <paramref name="months"/> months) labelled "Jan 2024" on an OADate axis.</summary>
    public static void MonthTicks(Plot plot, DateTime from, DateTime to, int months)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var d = new DateTime(from.Year, from.Month, 1).AddMonths(1);
        while (d.Month % months != 1 % months) d = d.AddMonths(1);
        for (; d <= to; d = d.AddMonths(months))
            ticks.AddMajor(d.ToOADate(), d.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
        plot.Axes.Bottom.TickGenerator = ticks;
    }

    /// <summary>Lays the plot out at its final logical size so that pixel positions are known (axis limits must be fixed first).</summary>
    public static PixelRect Layout(Plot plot, int width, int height)
    {
        plot.ScaleFactor = 1;
        plot.RenderInMemory(width, height);
        return plot.LastRender.DataRect;
    }
}
