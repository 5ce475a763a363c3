using ScottPlot;

namespace Clem.Analysis.Report.Plots;

/// <summary>
/// Places point labels without collisions: each label tries positions around its point at growing
/// distances (right, left, above, below, diagonals), avoiding every marker, every label already placed and
/// the plot edges; far placements get a thin leader line; a label with no free spot is left out and counted.
/// Works in logical pixels from a layout render with fixed axis limits.
/// </summary>
internal sealed class LabelPlacer
{
    readonly Plot _plot;
    readonly PixelRect _area;
    readonly AxisLimits _limits;
    readonly List<PixelRect> _taken = [];
    public int Omitted { get; private set; }
    public float FontSize { get; init; } = 11;
    public float MarkerRadius { get; init; } = 5;

    public LabelPlacer(Plot plot, PixelRect dataArea)
    {
        _plot = plot;
        _area = dataArea;
        _limits = plot.Axes.GetLimits();
    }

    public Pixel ToPixel(double x, double y) => new(
        (float)(_area.Left + (x - _limits.Left) / (_limits.Right - _limits.Left) * _area.Width),
        (float)(_area.Bottom - (y - _limits.Bottom) / (_limits.Top - _limits.Bottom) * _area.Height));

    Coordinates ToCoordinates(float px, float py) => new(
        _limits.Left + (px - _area.Left) / _area.Width * (_limits.Right - _limits.Left),
        _limits.Bottom + (_area.Bottom - py) / _area.Height * (_limits.Top - _limits.Bottom));

    /// <summary>Registers markers (and other things labels must not cover) before placing labels.</summary>
    public void AvoidPoint(double x, double y)
    {
        var p = ToPixel(x, y);
        _taken.Add(new PixelRect(p.X - MarkerRadius, p.X + MarkerRadius, p.Y + MarkerRadius, p.Y - MarkerRadius));
    }

    /// <summary>Marks a pixel region (a legend, say) as taken.</summary>
    public void AvoidPixel(float x, float y) => _taken.Add(new PixelRect(x - 4, x + 4, y + 4, y - 4));

    public void AvoidRect(PixelRect r) => _taken.Add(r);

    static readonly (float Dx, float Dy)[] Directions = [(1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1)];
    static readonly float[] Distances = [3, 8, 16, 28, 44, 64, 90];

    public bool Place(double x, double y, string text, Color color)
    {
        var p = ToPixel(x, y);
        using var paint = Paint.NewDisposablePaint();
        var style = new LabelStyle { FontSize = FontSize, FontName = PlotKit.FontName };
        var size = style.Measure(text, paint).Size;
        float w = size.Width + 2, h = size.Height + 1;
        foreach (var d in Distances)
            foreach (var (dx, dy) in Directions)
            {
                float gap = MarkerRadius + d;
                float cx = p.X + dx * (gap + w / 2), cy = p.Y + dy * (gap + h / 2);
                var rect = new PixelRect(cx - w / 2, cx + w / 2, cy + h / 2, cy - h / 2);
                if (rect.Left < _area.Left + 1 || rect.Right > _area.Right - 1 || rect.Top < _area.Top + 1 || rect.Bottom > _area.Bottom - 1) continue;
                if (_taken.Any(t => Overlaps(t, rect))) continue;
                _taken.Add(rect);
                var label = _plot.Add.Text(text, ToCoordinates(cx, cy));
                label.LabelFontSize = FontSize;
                label.LabelFontName = PlotKit.FontName;
                label.LabelFontColor = color;
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelPadding = 0;
                if (d >= 8)
                {
                    // Leader line from the marker's edge to the nearest point of the label box.
                    float ex = Math.Clamp(p.X, rect.Left, rect.Right), ey = Math.Clamp(p.Y, rect.Top, rect.Bottom);
                    var line = _plot.Add.Line(ToCoordinates(p.X, p.Y), ToCoordinates(ex, ey));
                    line.LineColor = color.WithAlpha(0.6);
                    line.LineWidth = 0.8f;
                    line.MarkerSize = 0;
                }
                return true;
            }
        Omitted++;
        return false;
    }

    static bool Overlaps(PixelRect a, PixelRect b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
