using Clem.Analysis.Data;

namespace Clem.Analysis.Stats;

/// <summary>Bootstrap intervals of one model's scores.</summary>
public sealed record ModelIntervals(
    string Model, int Episodes, Interval Clemscore, Interval PercentPlayed, Interval Quality,
    int RankEstimate, int RankLow, int RankHigh, int UndefinedReplicates,
    IReadOnlyDictionary<string, GameIntervals> Games);

public sealed record GameIntervals(Interval PercentPlayed, Interval Quality);

/// <summary>
/// Cluster bootstrap of the leaderboard: in every replicate, the instances of each game are drawn with
/// replacement (the game set stays fixed), and every model's per-game % played and quality, their macro
/// averages and the clemscore are recomputed from the same draw — clemscore is a product of two macro
/// averages, so it is resampled jointly, never assembled from separate intervals. Drawing the same instances
/// for all models keeps the comparison paired; ranks per replicate give rank intervals. Estimates are the
/// unrounded statistics of the full data; intervals are percentiles of the replicates (2.5 %, 97.5 %).
/// </summary>
public static class ClusterBootstrap
{
    public static IReadOnlyList<ModelIntervals> Run(IReadOnlyList<(string Model, IReadOnlyList<EpisodeScore> Episodes)> models, int resamples, int seed)
    {
        var mx = new EpisodeMatrix(models.Select(m => m.Episodes).ToList());
        int nm = models.Count, ng = mx.Games.Length;
        var rng = Rng.For(seed, "leaderboard");
        var clem = new double[nm][]; var played = new double[nm][]; var quality = new double[nm][];
        var gp = new double[nm][][]; var gq = new double[nm][][];
        for (int m = 0; m < nm; m++)
        {
            clem[m] = new double[resamples]; played[m] = new double[resamples]; quality[m] = new double[resamples];
            gp[m] = new double[ng][]; gq[m] = new double[ng][];
            for (int g = 0; g < ng; g++) { gp[m][g] = new double[resamples]; gq[m][g] = new double[resamples]; }
        }
        var ranks = new double[nm][];
        for (int m = 0; m < nm; m++) ranks[m] = new double[resamples];
        var draws = new int[]?[ng];
        var p = new double[ng]; var q = new double[ng];
        var scores = new double[nm];
        for (int b = 0; b < resamples; b++)
        {
            for (int g = 0; g < ng; g++)
            {
                int n = mx.Instances[g].Length;
                var d = draws[g] ??= new int[n];
                for (int k = 0; k < n; k++) d[k] = rng.Next(n);
            }
            for (int m = 0; m < nm; m++)
            {
                mx.GameScores(m, draws, p, q);
                (clem[m][b], played[m][b], quality[m][b]) = EpisodeMatrix.Aggregate(p, q);
                for (int g = 0; g < ng; g++) { gp[m][g][b] = p[g]; gq[m][g][b] = q[g]; }
                scores[m] = clem[m][b];
            }
            var r = Ranks(scores);
            for (int m = 0; m < nm; m++) ranks[m][b] = r[m];
        }

        var full = new int[]?[ng];
        var pointScores = new double[nm];
        var points = new (double C, double P, double Q, double[] Gp, double[] Gq)[nm];
        for (int m = 0; m < nm; m++)
        {
            var fp = new double[ng]; var fq = new double[ng];
            mx.GameScores(m, full, fp, fq);
            var (c, pp, qq) = EpisodeMatrix.Aggregate(fp, fq);
            points[m] = (c, pp, qq, fp, fq);
            pointScores[m] = c;
        }
        var pointRanks = Ranks(pointScores);
        var result = new List<ModelIntervals>();
        for (int m = 0; m < nm; m++)
        {
            var games = new SortedDictionary<string, GameIntervals>(StringComparer.Ordinal);
            for (int g = 0; g < ng; g++)
                if (mx.Plays[m][g])
                    games[mx.Games[g]] = new GameIntervals(Interval.FromReplicates(points[m].Gp[g], gp[m][g]), Interval.FromReplicates(points[m].Gq[g], gq[m][g]));
            result.Add(new ModelIntervals(
                models[m].Model, models[m].Episodes.Count,
                Interval.FromReplicates(points[m].C, clem[m]),
                Interval.FromReplicates(points[m].P, played[m]),
                Interval.FromReplicates(points[m].Q, quality[m]),
                (int)Math.Round(pointRanks[m]),
                (int)Math.Floor(Percentile.Of(ranks[m], 0.025)), (int)Math.Ceiling(Percentile.Of(ranks[m], 0.975)),
                clem[m].Count(double.IsNaN), games));
        }
        return result;
    }

    /// <summary>Rank 1 = highest score; NaN scores rank last; ties share the best rank of the tie (competition ranking).</summary>
    internal static double[] Ranks(double[] scores)
    {
        var r = new double[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            double si = double.IsNaN(scores[i]) ? double.NegativeInfinity : scores[i];
            int better = 0;
            for (int j = 0; j < scores.Length; j++)
            {
                double sj = double.IsNaN(scores[j]) ? double.NegativeInfinity : scores[j];
                if (sj > si) better++;
            }
            r[i] = better + 1;
        }
        return r;
    }
}
