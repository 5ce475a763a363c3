using Clem.Core.Running;
using Clem.Games.Tests.Grids;
using Xunit;

namespace Clem.Games.Tests.ReferenceGame;

/// <summary>
/// Every recorded clembench referencegame episode (180): replay identical, scores.json reproduced byte for byte.
/// In this run every answer passed the game master's remainder rule, so the scorer's retroactive liberal re-match
/// (spec §3.4, §6) never changes a result here; ReferenceGameRulesTests covers the cases where it does.
/// </summary>
public class ReferenceGameFaithfulnessTests
{
    public static TheoryData<string> Episodes() => RecordedEpisodes.Of("referencegame");

    [Theory]
    [MemberData(nameof(Episodes))]
    public Task ReplaysAndRescoresExactly(string episode) => GridTestSupport.AssertFaithfulAsync(episode, "referencegame");

    [Fact]
    public void TheScoreStageRewritesEveryRecordedScoresFileIdentically()
    {
        var tree = RecordedEpisodes.CopyRecordedTree("referencegame", "referencegame-rescore");
        var originals = Directory.GetFiles(tree, "scores.json", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        foreach (var f in originals.Keys) File.Delete(f);
        var summary = EpisodeScoring.ScoreTree(tree, RecordedEpisodes.ClembenchCatalog(), "referencegame");
        Assert.Empty(summary.Failures);
        Assert.Equal(180, summary.Scored);
        foreach (var (file, text) in originals) Assert.Equal(text, File.ReadAllText(file));
    }
}
