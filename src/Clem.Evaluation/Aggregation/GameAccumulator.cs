using Clem.Evaluation.Scores;

namespace Clem.Evaluation.Aggregation;

/// <summary>
/// Everything the results table needs from one (model, game): Played and Main Score sums. O(1) memory
/// however many episodes. "Has…" records that a row existed even if its value was NaN, because pandas
/// still creates that group (and so that column) with a NaN cell.
/// </summary>
public sealed class GameAccumulator
{
    public bool HasPlayed { get; private set; }
    public bool HasMainScore { get; private set; }
    public ExactSum Played { get; } = new();
    public ExactSum MainScore { get; } = new();

    /// <summary>Adds one raw row; only Played and Main Score matter for the table.</summary>
    public void Add(string metric, MetricValue value)
    {
        if (metric == Metrics.Played)
        {
            HasPlayed = true;
            if (value.Numeric is { } d && !double.IsNaN(d)) Played.Add(d);
        }
        else if (metric == Metrics.MainScore)
        {
            HasMainScore = true;
            if (value.Numeric is { } d && !double.IsNaN(d)) MainScore.Add(d);
        }
    }
}
