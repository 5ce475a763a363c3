using Clem.Core.Json;
using Clem.Core.Running;
using Clem.Games.Tests.Grids;
using Xunit;

namespace Clem.Games.Tests.ImageGame;

/// <summary>
/// Every recorded clembench imagegame episode (3 models × 40): our game master, fed the recorded replies, sends and
/// decides exactly what clembench did, and our scorer reproduces scores.json byte for byte.
/// </summary>
public class ImageGameFaithfulnessTests
{
    public static TheoryData<string> Episodes() => GridTestSupport.Episodes("imagegame");

    [Theory]
    [MemberData(nameof(Episodes))]
    public Task ReplaysAndRescoresExactly(string episode) => GridTestSupport.AssertFaithfulAsync(episode, "imagegame");

    [Fact]
    public void AllThreeRecordedModelsAreCovered()
    {
        var episodes = Episodes().Select(row => row.Data).ToList();
        if (episodes.SequenceEqual([GridTestSupport.MissingRow])) GridTestSupport.Episode(GridTestSupport.MissingRow);
        Assert.Equal(120, episodes.Count);
        Assert.Equal(3, episodes.Select(e => e.Split(Path.DirectorySeparatorChar)[1]).Distinct().Count());
    }

    [Fact]
    public void TheScoreStageRewritesEveryRecordedScoresFileIdentically()
    {
        var tree = GridTestSupport.CopyRecordedTree("imagegame");
        var originals = Directory.GetFiles(tree, "scores.json", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        foreach (var f in originals.Keys) File.Delete(f);
        var summary = EpisodeScoring.ScoreTree(tree, GridTestSupport.ClembenchCatalog(), "imagegame");
        Assert.Empty(summary.Failures);
        Assert.Equal(120, summary.Scored);
        foreach (var (file, text) in originals) Assert.Equal(text, File.ReadAllText(file));
    }
}
