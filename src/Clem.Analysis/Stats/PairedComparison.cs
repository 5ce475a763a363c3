using Clem.Analysis.Data;

namespace Clem.Analysis.Stats;

/// <summary>A difference (second − first) with its intervals, permutation test and, given a margin, equivalence test.</summary>
public sealed record DifferenceTest(
    string Metric, double First, double Second, double Difference, double Ci95Low, double Ci95High,
    double Ci90Low, double Ci90High, double PermutationP, double? Margin, double? TostP, bool? Equivalent);

public sealed record GameDifference(string Game, int Instances, DifferenceTest PercentPlayed, DifferenceTest Quality);

/// <summary>Result of comparing two models on the instances both played.</summary>
public sealed record PairedResult(
    string First, string Second, int SharedInstances, IReadOnlyList<string> Games,
    DifferenceTest Clemscore, DifferenceTest PercentPlayed, DifferenceTest Quality, IReadOnlyList<GameDifference> PerGame);

/// <summary>
/// Paired comparison of two models (or backends, or quantisations) on the instances they share, matched by
/// (game, experiment, episode). Only shared instances count, so the estimates can differ slightly from the
/// leaderboard when one side has episodes the other lacks.
/// <list type="bullet">
/// <item>Paired bootstrap: shared instances drawn with replacement within each game, the same draw for both
/// models; differences of the macro averages and clemscore recomputed per replicate; percentile intervals.</item>
/// <item>Permutation test: under "no difference" the two models' outcomes on an instance are exchangeable, so
/// each instance's pair is swapped with probability ½; p = (1 + #|Δ*| ≥ |Δ|) / (1 + R).</item>
/// <item>Equivalence (TOST) against a margin m: two one-sided bootstrap tests of Δ ≤ −m and Δ ≥ m; p = the larger
/// of (1 + #Δ* ≤ −m)/(1 + B) and (1 + #Δ* ≥ m)/(1 + B). Equivalent at 5 % ⇔ the 90 % interval lies inside (−m, m).</item>
/// </list>
/// </summary>
public static class PairedComparison
{
    /// <summary>Null when the two share no instance.</summary>
    public static PairedResult? Compare(string firstName, IReadOnlyList<EpisodeScore> first, string secondName, IReadOnlyList<EpisodeScore> second,
        int resamples, int seed, double? margin = null)
    {
        var a = first.Where(e => !double.IsNaN(e.Aborted)).Select(e => e.Instance).ToHashSet();
        var shared = second.Where(e => !double.IsNaN(e.Aborted) && a.Contains(e.Instance)).Select(e => e.Instance).ToHashSet();
        if (shared.Count == 0) return null;
        var mx = new EpisodeMatrix([first, second], e => shared.Contains(e.Instance));
        int ng = mx.Games.Length;
        var full = new int[]?[ng];
        var obs = Stats(mx, full);

        var rng = Rng.For(seed, "paired|" + firstName + "|" + secondName);
        var boot = new double[3 + 2 * ng][];
        for (int s = 0; s < boot.Length; s++) boot[s] = new double[resamples];
        var draws = new int[]?[ng];
        for (int b = 0; b < resamples; b++)
        {
            for (int g = 0; g < ng; g++)
            {
                int n = mx.Instances[g].Length;
                var d = draws[g] ??= new int[n];
                for (int k = 0; k < n; k++) d[k] = rng.Next(n);
            }
            var st = Stats(mx, draws);
            for (int s = 0; s < boot.Length; s++) boot[s][b] = st.Diff[s];
        }

        // Permutation: swap the pair on each instance with probability ½ (works on a copy of the matrix).
        var perm = new double[boot.Length][];
        for (int s = 0; s < perm.Length; s++) perm[s] = new double[resamples];
        var prng = Rng.For(seed, "permutation|" + firstName + "|" + secondName);
        var swapped = new EpisodeMatrix([first, second], e => shared.Contains(e.Instance));
        for (int r = 0; r < resamples; r++)
        {
            for (int g = 0; g < ng; g++)
                for (int i = 0; i < mx.Instances[g].Length; i++)
                {
                    bool swap = prng.NextDouble() < 0.5;
                    int x = swap ? 1 : 0, y = swap ? 0 : 1;
                    swapped.Aborted[0][g][i] = mx.Aborted[x][g][i]; swapped.Aborted[1][g][i] = mx.Aborted[y][g][i];
                    swapped.Main[0][g][i] = mx.Main[x][g][i]; swapped.Main[1][g][i] = mx.Main[y][g][i];
                }
            var st = Stats(swapped, full);
            for (int s = 0; s < perm.Length; s++) perm[s][r] = st.Diff[s];
        }

        DifferenceTest Test(string metric, int s, double? m) => MakeTest(metric, obs.First[s], obs.Second[s], obs.Diff[s], boot[s], perm[s], m);
        var perGame = new List<GameDifference>();
        for (int g = 0; g < ng; g++)
            perGame.Add(new GameDifference(mx.Games[g], mx.Instances[g].Length, Test("% played", 3 + g, null), Test("quality", 3 + ng + g, null)));
        return new PairedResult(firstName, secondName, shared.Count, mx.Games,
            Test("clemscore", 0, margin), Test("% played", 1, margin), Test("quality", 2, margin), perGame);
    }

    /// <summary>[clemscore, played, quality, played per game…, quality per game…] for both models and their difference.</summary>
    static (double[] First, double[] Second, double[] Diff) Stats(EpisodeMatrix mx, int[]?[] draws)
    {
        int ng = mx.Games.Length;
        var v = new double[2][];
        for (int m = 0; m < 2; m++)
        {
            var p = new double[ng]; var q = new double[ng];
            mx.GameScores(m, draws, p, q);
            var (c, pp, qq) = EpisodeMatrix.Aggregate(p, q);
            v[m] = [c, pp, qq, .. p, .. q];
        }
        return (v[0], v[1], v[0].Zip(v[1], (x, y) => y - x).ToArray());
    }

    internal static DifferenceTest MakeTest(string metric, double first, double second, double diff, double[] boot, double[] perm, double? margin)
    {
        var valid = boot.Where(x => !double.IsNaN(x)).ToArray();
        var permValid = perm.Where(x => !double.IsNaN(x)).ToArray();
        double pPerm = double.IsNaN(diff) || permValid.Length == 0 ? double.NaN
            : (1.0 + permValid.Count(x => Math.Abs(x) >= Math.Abs(diff) - 1e-12)) / (1.0 + permValid.Length);
        double? tost = null; bool? eq = null;
        if (margin is { } m && valid.Length > 0 && !double.IsNaN(diff))
        {
            double lower = (1.0 + valid.Count(x => x <= -m)) / (1.0 + valid.Length);
            double upper = (1.0 + valid.Count(x => x >= m)) / (1.0 + valid.Length);
            tost = Math.Max(lower, upper);
            eq = tost < 0.05;
        }
        return new DifferenceTest(metric, first, second, diff,
            Percentile.Of(valid, 0.025), Percentile.Of(valid, 0.975), Percentile.Of(valid, 0.05), Percentile.Of(valid, 0.95),
            pPerm, margin, tost, eq);
    }
}
