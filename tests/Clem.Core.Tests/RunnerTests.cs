using System.Text.RegularExpressions;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Running;
using Clem.Games;
using Clem.Testing;
using Xunit;

namespace Clem.Core.Tests;

public class RunnerTests
{
    static readonly Clem.Core.Games.GameSpec Hello = BuiltInGames.Catalog().Get("hellogame");

    static async Task<string> RunAsync(IModel model, int parallel, bool resume = false, string? dir = null)
    {
        dir ??= SharedData.TempDir();
        await BenchmarkRunner.RunAsync(Hello, [model], new RunOptions { ResultsDir = dir, Parallel = parallel, Resume = resume });
        return dir;
    }

    static string Normalise(string json) => Regex.Replace(json, "\"(timestamp|call_start|call_duration|duration)\": \"[^\"]*\"", "\"$1\": \"…\"");

    [Fact]
    public async Task WritesTheClembenchLayoutWithScores()
    {
        var dir = await RunAsync(new ProgrammaticModel(ProgrammaticKind.Mock), 1);
        var episode = Path.Combine(dir, "mock-t0.0--mock-t0.0", "hellogame", "0_greet_en", "episode_0");
        foreach (var f in new[] { "instance.json", "interactions.json", "requests.json", "scores.json" })
            Assert.True(File.Exists(Path.Combine(episode, f)), f);
        Assert.True(File.Exists(Path.Combine(dir, "mock-t0.0--mock-t0.0", "hellogame", "0_greet_en", "experiment_greet_en.json")));
        var scores = ClemJson.ReadObject(Path.Combine(episode, "scores.json"));
        Assert.Equal(100.0, ClemJson.AsDouble(scores["episode scores"]!["Main Score"]));
        var experiment = ClemJson.ReadObject(Path.Combine(dir, "mock-t0.0--mock-t0.0", "hellogame", "0_greet_en", "experiment_greet_en.json"));
        Assert.Equal("mock-t0.0--mock-t0.0", experiment["dialogue_partners"]!.GetValue<string>());
        Assert.NotNull(experiment["duration"]);
        Assert.Null(experiment["game_instances"]);
    }

    [Fact]
    public async Task ParallelRunEqualsSequentialApartFromTimestamps()
    {
        // Replies depend on the prompt only; some episodes abort, some succeed.
        IModel Model() => new FuncModel("m", msgs => msgs[^1].Content.EndsWith("Grace") ? "hi Grace" : "GREETING: hello " + msgs[^1].Content.Split('\n')[^1]);
        var seq = await RunAsync(Model(), 1);
        var par = await RunAsync(Model(), 3);
        var files = Directory.GetFiles(seq, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(seq, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(par, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(par, f)).Order().ToList());
        Assert.Contains(files, f => f.EndsWith("scores.json"));
        foreach (var f in files)
            Assert.Equal(Normalise(File.ReadAllText(Path.Combine(seq, f))), Normalise(File.ReadAllText(Path.Combine(par, f))));
        var aborted = ClemJson.ReadObject(Path.Combine(seq, "m-t0.0--m-t0.0", "hellogame", "0_greet_en", "episode_1", "scores.json"));
        Assert.True(double.IsNaN(ClemJson.AsDouble(aborted["episode scores"]!["Main Score"])!.Value));
    }

    [Fact]
    public async Task AFailingEpisodeIsRecordedAndTheRunGoesOn()
    {
        var model = new FuncModel("flaky", msgs =>
            msgs[^1].Content.EndsWith("Grace") ? throw new ModelException(ModelErrorKind.RateLimit, "429 Too Many Requests")
            : msgs[^1].Content.EndsWith("Alan") ? throw new InvalidOperationException("boom")
            : "GREETING: hi Ada");
        var dir = SharedData.TempDir();
        var summary = await BenchmarkRunner.RunAsync(Hello, [model], new RunOptions { ResultsDir = dir });
        Assert.Equal(1, summary.Count(EpisodeStatus.Completed));
        Assert.Equal(1, summary.Count(EpisodeStatus.InfrastructureError));
        Assert.Equal(1, summary.Count(EpisodeStatus.GameError));
        var exp = Path.Combine(dir, "flaky-t0.0--flaky-t0.0", "hellogame", "0_greet_en");
        var infra = ClemJson.ReadObject(Path.Combine(exp, "episode_1", "error.json"));
        Assert.Equal("infrastructure", infra["kind"]!.GetValue<string>());
        Assert.Equal("RateLimit", infra["error_kind"]!.GetValue<string>());
        Assert.False(File.Exists(Path.Combine(exp, "episode_1", "interactions.json")));
        Assert.False(File.Exists(Path.Combine(exp, "episode_1", "scores.json")));
        var game = ClemJson.ReadObject(Path.Combine(exp, "episode_2", "error.json"));
        Assert.Equal("game", game["kind"]!.GetValue<string>());
        Assert.Contains("boom", game["message"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(exp, "episode_0", "scores.json")));
    }

    [Fact]
    public async Task ResumeSkipsCompletedEpisodesAndRetriesFailedOnes()
    {
        var calls = 0;
        var failing = new FuncModel("r", msgs => msgs[^1].Content.EndsWith("Alan") ? throw new ModelException(ModelErrorKind.ServerError, "500") : "GREETING: hello");
        var dir = await RunAsync(failing, 1);
        var fixedModel = new FuncModel("r", msgs => { Interlocked.Increment(ref calls); return "GREETING: hello Alan"; });
        var summary = await BenchmarkRunner.RunAsync(Hello, [fixedModel], new RunOptions { ResultsDir = dir, Resume = true });
        Assert.Equal(2, summary.Count(EpisodeStatus.Skipped));
        Assert.Equal(1, summary.Count(EpisodeStatus.Completed));
        Assert.Equal(1, calls);
        var ep = Path.Combine(dir, "r-t0.0--r-t0.0", "hellogame", "0_greet_en", "episode_2");
        Assert.False(File.Exists(Path.Combine(ep, "error.json")));
        Assert.True(File.Exists(Path.Combine(ep, "scores.json")));
    }

    [Fact]
    public void TooManyModelsForTheGameIsAUserError()
    {
        var m = new ProgrammaticModel(ProgrammaticKind.Mock);
        var e = Assert.Throws<ClemUserException>(() => BenchmarkRunner.ExpandModels(Hello, [m, m]));
        Assert.Contains("1 player", e.Message);
    }

    [Fact]
    public async Task ScoreStageRecomputesScoresFromRecords()
    {
        var dir = await RunAsync(new ProgrammaticModel(ProgrammaticKind.Mock), 1);
        var scores = Directory.GetFiles(dir, "scores.json", SearchOption.AllDirectories);
        var before = scores.ToDictionary(f => f, File.ReadAllText);
        foreach (var f in scores) File.Delete(f);
        var summary = EpisodeScoring.ScoreTree(dir, BuiltInGames.Catalog());
        Assert.Equal(3, summary.Scored);
        Assert.Empty(summary.Failures);
        foreach (var (f, text) in before) Assert.Equal(text, File.ReadAllText(f));
    }
}
