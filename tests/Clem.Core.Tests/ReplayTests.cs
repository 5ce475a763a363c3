using System.Text.Json.Nodes;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Running;
using Clem.Games;
using Clem.Testing;
using Xunit;

namespace Clem.Core.Tests;

public class ReplayTests
{
    static async Task<string> RecordedEpisode()
    {
        var dir = SharedData.TempDir();
        var model = new FuncModel("m", msgs => msgs[^1].Content.EndsWith("Grace") ? "hi" : "GREETING: hello " + msgs[^1].Content.Split('\n')[^1]);
        await BenchmarkRunner.RunAsync(BuiltInGames.Catalog().Get("hellogame"), [model], new RunOptions { ResultsDir = dir });
        return dir;
    }

    [Fact]
    public async Task AnUnchangedRecordingReplaysIdentically()
    {
        var dir = await RecordedEpisode();
        var results = await Replay.RunAllAsync(dir, BuiltInGames.Catalog());
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal(ReplayStatus.Identical, r.Status));
    }

    [Fact]
    public async Task AChangedGameMessageIsReportedWithContext()
    {
        var dir = await RecordedEpisode();
        var ep = Directory.GetDirectories(dir, "episode_0", SearchOption.AllDirectories).Single();
        var path = Path.Combine(ep, "interactions.json");
        var obj = ClemJson.ReadObject(path);
        obj["turns"]![0]![0]!["action"]!["content"] = "a different prompt";
        ClemJson.WriteFile(path, obj);
        var r = await Replay.RunAsync(ep, BuiltInGames.Catalog());
        Assert.Equal(ReplayStatus.Different, r.Status);
        Assert.Contains("event 0 differs", r.Difference);
        Assert.Contains("a different prompt", r.Difference);
    }

    [Fact]
    public async Task AChangedOutcomeOrScoreIsReported()
    {
        var dir = await RecordedEpisode();
        var ep = Directory.GetDirectories(dir, "episode_1", SearchOption.AllDirectories).Single();
        var scoresPath = Path.Combine(ep, "scores.json");
        var scores = ClemJson.ReadObject(scoresPath);
        scores["episode scores"]!["Main Score"] = 100.0; // recorded NaN (aborted) → tampered
        ClemJson.WriteFile(scoresPath, scores);
        var r = await Replay.RunAsync(ep, BuiltInGames.Catalog());
        Assert.Equal(ReplayStatus.Different, r.Status);
        Assert.Contains("Main Score", r.Difference);

        var path = Path.Combine(ep, "interactions.json");
        var obj = ClemJson.ReadObject(path);
        obj["Aborted"] = 0;
        ClemJson.WriteFile(path, obj);
        r = await Replay.RunAsync(ep, BuiltInGames.Catalog());
        Assert.Contains("logged key 'Aborted'", r.Difference);
    }

    [Fact]
    public async Task AnIncompleteEpisodeIsNotReplayable()
    {
        var dir = await RecordedEpisode();
        var ep = Directory.GetDirectories(dir, "episode_2", SearchOption.AllDirectories).Single();
        File.Delete(Path.Combine(ep, "interactions.json"));
        var r = await Replay.RunAsync(ep, BuiltInGames.Catalog());
        Assert.Equal(ReplayStatus.NotReplayable, r.Status);
    }

    [Fact]
    public void EpisodeScoresCompareNaNAsEqual()
    {
        var a = new JsonObject { ["Main Score"] = double.NaN, ["Aborted"] = 1 };
        var b = new JsonObject { ["Main Score"] = double.NaN, ["Aborted"] = 1.0 };
        Assert.Null(Replay.CompareEpisodeScores(a, b));
        b["Aborted"] = 0;
        Assert.NotNull(Replay.CompareEpisodeScores(a, b));
    }
}
