using Clem.Analysis.Data;
using Clem.Analysis.Stats;
using Clem.Testing;
using Xunit;

namespace Clem.Analysis.Tests;

public class BootstrapTests
{
    internal static EpisodeScore Ep(string game, int i, bool aborted, double main, string exp = "0_x") =>
        new(game, exp, $"episode_{i}", aborted ? 1 : 0, aborted ? double.NaN : main);

    [Fact]
    public void InstancesAreResampledWithinGamesAndTheGameSetStaysFixed()
    {
        // One episode of game A (100) and ten of game B (50). Resampling within games always keeps A in the
        // quality average (75); pooling episodes across games would sometimes lose A and give 50.
        var eps = new List<EpisodeScore> { Ep("a", 0, false, 100) };
        for (int i = 0; i < 10; i++) eps.Add(Ep("b", i, false, 50));
        var r = Assert.Single(ClusterBootstrap.Run([("m", eps)], 300, 1));
        Assert.Equal(new Interval(75, 75, 75), r.Quality);
        Assert.Equal(new Interval(75, 75, 75), r.Clemscore);
        Assert.Equal(new Interval(100, 100, 100), r.PercentPlayed);
        Assert.Equal(0, r.UndefinedReplicates);
    }

    [Fact]
    public void ClemscoreIsResampledJointlyWithPlayedAndQuality()
    {
        // Everything played: clemscore = quality in every replicate, so their intervals coincide exactly.
        var eps = Enumerable.Range(0, 30).Select(i => Ep("g", i, false, i * 3 % 100)).ToList();
        var r = ClusterBootstrap.Run([("m", eps)], 500, 3)[0];
        Assert.Equal(r.Quality, r.Clemscore);
        Assert.True(r.Quality.High - r.Quality.Low > 5);
    }

    [Fact]
    public void RanksOfADominatingModelAreCertain()
    {
        var good = Enumerable.Range(0, 20).Select(i => Ep("g", i, false, 90 + i % 5)).ToList();
        var bad = Enumerable.Range(0, 20).Select(i => Ep("g", i, i % 2 == 0, 10)).ToList();
        var r = ClusterBootstrap.Run([("bad", bad), ("good", good)], 300, 5);
        Assert.Equal((1, 1, 1), (r[1].RankEstimate, r[1].RankLow, r[1].RankHigh));
        Assert.Equal((2, 2, 2), (r[0].RankEstimate, r[0].RankLow, r[0].RankHigh));
    }

    [Fact]
    public void RealEpisodesGiveIntervalsAroundClembenchsScores()
    {
        var run = ResultsLoader.Load(SharedData.Clembench("runs-e9a80005"));
        var models = run.Models.Select(m => (m.Display, m.Episodes!)).ToList();
        var a = ClusterBootstrap.Run(models, 400, 11);
        var b = ClusterBootstrap.Run(models, 400, 11);
        var c = ClusterBootstrap.Run(models, 400, 12);
        Assert.Equal(a.Select(x => x.Clemscore), b.Select(x => x.Clemscore)); // same seed → identical
        Assert.NotEqual(a.Select(x => x.Clemscore.Low), c.Select(x => x.Clemscore.Low));
        var c4ai = a.Single(x => x.Model == "c4ai-command-r-08-2024");
        Assert.Equal(420, c4ai.Episodes);
        Assert.InRange(c4ai.Clemscore.Estimate, 26.3, 26.5); // unrounded; the table says 26.4
        Assert.True(c4ai.Clemscore.Low < 26.4 && 26.4 < c4ai.Clemscore.High);
        Assert.InRange(c4ai.Clemscore.High - c4ai.Clemscore.Low, 3, 12);
        Assert.Equal(7, c4ai.Games.Count);
        // Qwen2 never played imagegame: no quality, no clemscore, in any replicate.
        var qwen2 = a.Single(x => x.Model == "Qwen2-72B-Instruct");
        Assert.Equal(400, qwen2.UndefinedReplicates);
        Assert.True(double.IsNaN(qwen2.Clemscore.Low));
        Assert.Equal(3, qwen2.RankEstimate);
    }
}
