using Clem.Core.Running;
using Xunit;

namespace Clem.Games.Tests.Wordle;

/// <summary>
/// Faithfulness (2): feeding each recorded episode's replies back into our game master (clembench settings)
/// reproduces every event (from, to, action) of every turn and the players map, consumes exactly the recorded
/// replies, and — through the framework's replay checker (`clem replay`) — also the logged keys and scores.
/// </summary>
public class WordleReplayTests
{
    public static TheoryData<string> Episodes() => RecordedWordleEpisodes.All();

    [Theory]
    [MemberData(nameof(Episodes))]
    public async Task Replay_reproduces_every_recorded_event(string episode)
    {
        var folder = RecordedWordleEpisodes.Folder(episode);
        var game = RecordedWordleEpisodes.Game(episode);
        var (ours, models) = await RecordedWordleEpisodes.ReplayAsync(folder, game);
        var recorded = Clem.Core.Json.ClemJson.ReadObject(Path.Combine(folder, "interactions.json"));
        var diffs = RecordedWordleEpisodes.Differences(recorded, ours);
        Assert.True(diffs.Count == 0, string.Join("\n", diffs.Take(10)));
        Assert.All(models, m => Assert.Equal(0, m.Remaining));

        var catalog = RecordedEpisodes.ClembenchCatalog();
        var verdict = await Replay.RunAsync(folder, catalog, TestContext.Current.CancellationToken);
        Assert.True(verdict.IsIdentical, verdict.Difference);
    }
}
