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
    public static TheoryData<string> Episodes() => RecordedEpisodes.Of("imagegame");

    [Theory]
    [MemberData(nameof(Episodes))]
    public Task ReplaysAndRescoresExactly(string episode) => GridTestSupport.AssertFaithfulAsync(episode, "imagegame");

    [Fact]
    public void AllThreeRecordedModelsAreCovered()
    {
        var episodes = Episodes().Select(row => row.Data).ToList();
        if (episodes.SequenceEqual([RecordedEpisodes.Missing])) RecordedEpisodes.Folder(RecordedEpisodes.Missing);
        Assert.Equal(120, episodes.Count);
        Assert.Equal(3, episodes.Select(e => RecordedEpisodes.PairOf(e)).Distinct().Count());
    }

    [Fact]
    public void TheScoreStageRewritesEveryRecordedScoresFileIdentically()
    {
        var tree = RecordedEpisodes.CopyRecordedTree("imagegame", "imagegame-rescore");
        var originals = Directory.GetFiles(tree, "scores.json", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        foreach (var f in originals.Keys) File.Delete(f);
        var summary = EpisodeScoring.ScoreTree(tree, RecordedEpisodes.ClembenchCatalog(), "imagegame");
        Assert.Empty(summary.Failures);
        Assert.Equal(120, summary.Scored);
        foreach (var (file, text) in originals) Assert.Equal(text, File.ReadAllText(file));
    }
}
