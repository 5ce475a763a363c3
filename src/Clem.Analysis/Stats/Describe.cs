using MathNet.Numerics.Statistics;

namespace Clem.Analysis.Stats;

/// <summary>Five-number summary with spread, quartiles by linear interpolation (pandas' default, Hyndman–Fan type 7).</summary>
public sealed record Summary(int N, double Mean, double Min, double Q1, double Median, double Q3, double Max)
{
    public double Range => Max - Min;
    public double Iqr => Q3 - Q1;

    public static Summary Of(IEnumerable<double> values)
    {
        var v = values.Where(x => !double.IsNaN(x)).OrderBy(x => x).ToArray();
        if (v.Length == 0) return new Summary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        double Q(double tau) => SortedArrayStatistics.QuantileCustom(v, tau, QuantileDefinition.R7);
        return new Summary(v.Length, v.Average(), v[0], Q(0.25), Q(0.5), Q(0.75), v[^1]);
    }
}

/// <summary>Correlation with its two-sided p value (t approximation, as scipy reports for both coefficients).</summary>
public sealed record CorrelationResult(string Method, int N, double R, double P)
{
    public static CorrelationResult Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        Make("Pearson", x.Count, Correlation.Pearson(x, y));

    public static CorrelationResult Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        Make("Spearman", x.Count, Correlation.Spearman(x, y));

    static CorrelationResult Make(string method, int n, double r)
    {
        double df = n - 2;
        double p = Math.Abs(r) >= 1 ? 0 : OlsFit.TwoSidedP(r * Math.Sqrt(df / (1 - r * r)), df);
        return new CorrelationResult(method, n, r, p);
    }
}

/// <summary>Percentile helpers for bootstrap distributions.</summary>
public static class Percentile
{
    /// <summary>Type-7 quantile of the non-NaN values; NaN if none.</summary>
    public static double Of(IEnumerable<double> values, double tau)
    {
        var v = values.Where(x => !double.IsNaN(x)).OrderBy(x => x).ToArray();
        return v.Length == 0 ? double.NaN : SortedArrayStatistics.QuantileCustom(v, tau, QuantileDefinition.R7);
    }
}
