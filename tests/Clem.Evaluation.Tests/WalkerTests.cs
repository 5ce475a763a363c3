using Clem.Evaluation.Discovery;
using Clem.Testing;
using Xunit;
using static Clem.Evaluation.Tests.Fixtures;

namespace Clem.Evaluation.Tests;

public class WalkerTests
{
    [Fact]
    public void FollowsSymlinkedRunsButNotLoops()
    {
        var root = SharedData.TempDir("clem-eval");
        var elsewhere = SharedData.TempDir("clem-eval");
        Write(elsewhere, "linked-t0.0--linked-t0.0", "g", "0_x", "episode_0", Played(10));
        Write(root, "own-t0.0--own-t0.0", "g", "0_x", "episode_0", Played(20));
        Directory.CreateSymbolicLink(Path.Combine(root, "linked-t0.0--linked-t0.0"), Path.Combine(elsewhere, "linked-t0.0--linked-t0.0"));
        // A loop: an experiment directory linking back to the results root.
        Directory.CreateSymbolicLink(Path.Combine(root, "own-t0.0--own-t0.0", "g", "0_x", "loop"), root);

        var scores = ResultsWalker.Walk(root).OfType<ScoresFileEntry>().Select(e => Path.GetRelativePath(root, e.Path)).ToList();

        Assert.Equal(new[]
        {
            Path.Combine("linked-t0.0--linked-t0.0", "g", "0_x", "episode_0", "scores.json"),
            Path.Combine("own-t0.0--own-t0.0", "g", "0_x", "episode_0", "scores.json"),
        }, scores);
    }

    [Fact]
    public void NaturalOrderSortsNumbersByValue()
    {
        var names = new List<string> { "episode_10", "episode_2", "10_b", "2_a", "episode_1", "B", "a" };
        names.Sort(NameOrder.Natural);
        Assert.Equal(new[] { "2_a", "10_b", "B", "a", "episode_1", "episode_2", "episode_10" }, names);
    }
}
