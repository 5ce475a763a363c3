namespace Clem.Analysis.Stats;

/// <summary>A point estimate with a percentile bootstrap interval (NaN bounds when not computable).</summary>
public sealed record Interval(double Estimate, double Low, double High)
{
    public static Interval FromReplicates(double estimate, IReadOnlyList<double> replicates, double level = 0.95) =>
        new(estimate, Percentile.Of(replicates, (1 - level) / 2), Percentile.Of(replicates, 1 - (1 - level) / 2));
}
