using Clem.Analysis.Data;

namespace Clem.Analysis.Stats;

/// <summary>
/// Episodes of several models laid out by game and instance (experiment, episode), so that a bootstrap
/// draw of instances within a game can be applied to every model at once. Missing episodes are NaN.
/// </summary>
internal sealed class EpisodeMatrix
{
    public string[] Games { get; }
    /// <summary>Instances per game, sorted (experiment, episode).</summary>
    public (string Experiment, string Episode)[][] Instances { get; }
    /// <summary>[model][game][instance] → Aborted (NaN = no episode or no Aborted value).</summary>
    public double[][][] Aborted { get; }
    public double[][][] Main { get; }
    /// <summary>[model][game]: the model has at least one episode of that game (its game set is fixed).</summary>
    public bool[][] Plays { get; }

    public EpisodeMatrix(IReadOnlyList<IReadOnlyList<EpisodeScore>> models, Func<EpisodeScore, bool>? keep = null)
    {
        var all = models.SelectMany(m => m).Where(e => keep?.Invoke(e) ?? true).ToList();
        Games = all.Select(e => e.Game).Distinct().Order(StringComparer.Ordinal).ToArray();
        var gameIndex = Games.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        Instances = Games.Select(g => all.Where(e => e.Game == g).Select(e => (e.Experiment, e.Episode)).Distinct()
            .OrderBy(p => p.Experiment, StringComparer.Ordinal).ThenBy(p => p.Episode, StringComparer.Ordinal).ToArray()).ToArray();
        var instIndex = Instances.Select(list => list.Select((p, i) => (p, i)).ToDictionary(q => q.p, q => q.i)).ToArray();
        Aborted = new double[models.Count][][];
        Main = new double[models.Count][][];
        Plays = new bool[models.Count][];
        for (int m = 0; m < models.Count; m++)
        {
            Aborted[m] = Instances.Select(l => Enumerable.Repeat(double.NaN, l.Length).ToArray()).ToArray();
            Main[m] = Instances.Select(l => Enumerable.Repeat(double.NaN, l.Length).ToArray()).ToArray();
            Plays[m] = new bool[Games.Length];
            foreach (var e in models[m])
            {
                if (!(keep?.Invoke(e) ?? true)) continue;
                int g = gameIndex[e.Game], i = instIndex[g][(e.Experiment, e.Episode)];
                Aborted[m][g][i] = e.Aborted;
                Main[m][g][i] = e.MainScore;
                Plays[m][g] = true;
            }
        }
    }

    /// <summary>Unrounded per-game % played and quality of model <paramref name="m"/> over the drawn instances (null = all).</summary>
    public void GameScores(int m, int[]?[] draws, double[] played, double[] quality)
    {
        for (int g = 0; g < Games.Length; g++)
        {
            played[g] = quality[g] = double.NaN;
            if (!Plays[m][g]) continue;
            double ab = 0, main = 0; int nAb = 0, nMain = 0;
            var a = Aborted[m][g]; var s = Main[m][g];
            var d = draws[g];
            int count = d?.Length ?? a.Length;
            for (int k = 0; k < count; k++)
            {
                int i = d == null ? k : d[k];
                if (!double.IsNaN(a[i])) { ab += 1 - a[i]; nAb++; }
                if (!double.IsNaN(s[i])) { main += s[i]; nMain++; }
            }
            if (nAb > 0) played[g] = 100.0 * ab / nAb;
            if (nMain > 0) quality[g] = main / nMain;
        }
    }

    /// <summary>Macro averages over the model's games and the clemscore, unrounded.</summary>
    public static (double Clemscore, double Played, double Quality) Aggregate(double[] played, double[] quality)
    {
        double p = ClemScoring.MeanSkipNaN(played), q = ClemScoring.MeanSkipNaN(quality);
        return (p / 100.0 * q, p, q);
    }
}
