using Clem.Analysis.Data;
using Clem.Analysis.Stats;
using Clem.Testing;
using Xunit;
using static Clem.Analysis.Tests.BootstrapTests;

namespace Clem.Analysis.Tests;

public class PairedComparisonTests
{
    static List<EpisodeScore> Model(int seed, double abortRate, double quality)
    {
        var rng = new Random(seed);
        var list = new List<EpisodeScore>();
        foreach (var game in new[] { "taboo", "wordle" })
            for (int i = 0; i < 40; i++)
                list.Add(Ep(game, i, rng.NextDouble() < abortRate, Math.Clamp(quality + rng.Next(-20, 21), 0, 100)));
        return list;
    }

    [Fact]
    public void IdenticalModelsDoNotDifferAndAreEquivalent()
    {
        var a = Model(1, 0.2, 60);
        var r = PairedComparison.Compare("a", a, "b", a, 300, 4, margin: 5)!;
        Assert.Equal(80, r.SharedInstances);
        foreach (var t in new[] { r.Clemscore, r.PercentPlayed, r.Quality })
        {
            Assert.Equal((0.0, 0.0, 0.0), (t.Difference, t.Ci95Low, t.Ci95High));
            Assert.Equal(1.0, t.PermutationP);
            Assert.True(t.Equivalent);
            Assert.Equal(1.0 / 301, t.TostP!.Value, 12);
        }
    }

    [Fact]
    public void AClearDifferenceIsDetectedAndNotCalledEquivalent()
    {
        var a = Model(1, 0.1, 60);
        var b = Model(1, 0.6, 60); // same draws, more aborts
        var r = PairedComparison.Compare("a", a, "b", b, 500, 4, margin: 5)!;
        Assert.True(r.PercentPlayed.Difference < -30);
        Assert.True(r.PercentPlayed.Ci95High < 0);
        Assert.True(r.PercentPlayed.PermutationP < 0.01);
        Assert.False(r.Clemscore.Equivalent);
        Assert.Equal(2, r.PerGame.Count);
        Assert.All(r.PerGame, g => Assert.Equal(40, g.Instances));
        // The 90% interval is inside the 95% one.
        Assert.True(r.Clemscore.Ci90Low >= r.Clemscore.Ci95Low && r.Clemscore.Ci90High <= r.Clemscore.Ci95High);
    }

    [Fact]
    public void EquivalenceDependsOnTheMargin()
    {
        var a = Model(1, 0.2, 60);
        var b = Model(2, 0.2, 61);
        var wide = PairedComparison.Compare("a", a, "b", b, 400, 9, margin: 30)!;
        var narrow = PairedComparison.Compare("a", a, "b", b, 400, 9, margin: 0.1)!;
        Assert.True(wide.Clemscore.Equivalent);
        Assert.False(narrow.Clemscore.Equivalent);
        Assert.Equal(wide.Clemscore.Ci95Low, narrow.Clemscore.Ci95Low); // the margin changes only the test
    }

    [Fact]
    public void OnlySharedInstancesArePaired()
    {
        var a = Model(1, 0.2, 60);
        var b = Model(1, 0.2, 60).Where(e => e.Game == "taboo").ToList();
        var r = PairedComparison.Compare("a", a, "b", b, 100, 4)!;
        Assert.Equal(40, r.SharedInstances);
        Assert.Equal(["taboo"], r.Games);
        Assert.Equal(0, r.Clemscore.Difference);
        Assert.Null(PairedComparison.Compare("a", a.Where(e => e.Game == "wordle").ToList(), "b", b, 100, 4));
    }

    [Fact]
    public void RealPairOnSharedImagegameInstances()
    {
        var run = ResultsLoader.Load(SharedData.Clembench("runs-e9a80005"));
        var q15 = run.Models.Single(m => m.Display == "Qwen1.5-72B-Chat").Episodes!;
        var q2 = run.Models.Single(m => m.Display == "Qwen2-72B-Instruct").Episodes!;
        var r = PairedComparison.Compare("Qwen1.5", q15, "Qwen2", q2, 500, 2024)!;
        Assert.Equal(40, r.SharedInstances);
        Assert.Equal(-65.0, r.PercentPlayed.Difference, 9); // 65 % played vs none
        Assert.True(r.PercentPlayed.Ci95High < -45);
        Assert.Equal(1.0 / 501, r.PercentPlayed.PermutationP, 12); // no permutation reaches |Δ| = 65
        Assert.True(double.IsNaN(r.Quality.Difference)); // Qwen2 has no played episode
    }

    [Fact]
    public void GroupComparisonSeparatesDistinctGroups()
    {
        double[] low = [1, 2, 3, 4, 5, 6], high = [20, 21, 22, 23, 24, 25];
        var d = GroupComparison.Compare("x", low, high, 500, 1)!;
        Assert.Equal(19, d.MeanDifference, 9);
        Assert.True(d.Ci95Low > 14 && d.PermutationP < 0.01);
        var same = GroupComparison.Compare("x", low, low.Select(v => v + 0.1).ToArray(), 500, 1)!;
        Assert.True(same.PermutationP > 0.5);
        Assert.Null(GroupComparison.Compare("x", [1.0], high, 10, 1));
    }
}
