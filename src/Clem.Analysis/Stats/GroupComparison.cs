namespace Clem.Analysis.Stats;

/// <summary>Two groups of models compared on one score.</summary>
public sealed record GroupDifference(
    string Metric, int NFirst, int NSecond, double MeanFirst, double MeanSecond, double MedianFirst, double MedianSecond,
    double MeanDifference, double Ci95Low, double Ci95High, double MedianDifference, double MedianCi95Low, double MedianCi95High, double PermutationP);

/// <summary>
/// Unpaired comparison of two groups of models (open vs closed weights): differences of means and medians
/// (second − first) with stratified bootstrap intervals (models resampled within each group) and a
/// permutation test of the mean difference (group labels shuffled). The models are the sampling units,
/// so this works from tables alone.
/// </summary>
public static class GroupComparison
{
    public static GroupDifference? Compare(string metric, IReadOnlyList<double> first, IReadOnlyList<double> second, int resamples, int seed)
    {
        var a = first.Where(x => !double.IsNaN(x)).ToArray();
        var b = second.Where(x => !double.IsNaN(x)).ToArray();
        if (a.Length < 2 || b.Length < 2) return null;
        var rng = Rng.For(seed, "groups|" + metric);
        var meanDiff = new double[resamples]; var medDiff = new double[resamples];
        var ra = new double[a.Length]; var rb = new double[b.Length];
        for (int r = 0; r < resamples; r++)
        {
            for (int i = 0; i < a.Length; i++) ra[i] = a[rng.Next(a.Length)];
            for (int i = 0; i < b.Length; i++) rb[i] = b[rng.Next(b.Length)];
            meanDiff[r] = rb.Average() - ra.Average();
            medDiff[r] = Median(rb) - Median(ra);
        }
        double obs = b.Average() - a.Average();
        var pooled = a.Concat(b).ToArray();
        var prng = Rng.For(seed, "groups-permutation|" + metric);
        int extreme = 0;
        for (int r = 0; r < resamples; r++)
        {
            // Fisher–Yates shuffle of the pooled values; the first |a| form group one.
            for (int i = pooled.Length - 1; i > 0; i--) { int j = prng.Next(i + 1); (pooled[i], pooled[j]) = (pooled[j], pooled[i]); }
            double d = pooled.Skip(a.Length).Average() - pooled.Take(a.Length).Average();
            if (Math.Abs(d) >= Math.Abs(obs) - 1e-12) extreme++;
        }
        return new GroupDifference(metric, a.Length, b.Length, a.Average(), b.Average(), Median(a), Median(b),
            obs, Percentile.Of(meanDiff, 0.025), Percentile.Of(meanDiff, 0.975),
            Median(b) - Median(a), Percentile.Of(medDiff, 0.025), Percentile.Of(medDiff, 0.975),
            (1.0 + extreme) / (1.0 + resamples));
    }

    static double Median(double[] v) => Percentile.Of(v, 0.5);
}
