using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Records;
using Clem.Core.Running;
using Clem.Games.PrivateShared;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.PrivateShared;

/// <summary>Our own privateshared version: generated instances, settings, mock and programmatic players, replayability.</summary>
public class OwnVersionTests
{
    static string GameFolder => Path.Combine(SharedData.RepoRoot(), "src", "Clem.Games", "games", "privateshared");

    [Fact]
    public void TheCommittedInstancesAreWhatTheGeneratorMakesFromTheRecordedSeed()
    {
        var file = Path.Combine(GameFolder, "in", "instances.json");
        var committed = ClemJson.ReadObject(file);
        var seed = committed["provenance"]!["seed"]!.GetValue<int>();
        Assert.Equal(new PrivateSharedInstanceGenerator().DefaultSeed, seed);
        var generated = new PrivateSharedInstanceGenerator().Generate(GameFolder, seed);
        Assert.Equal(ClemJson.Serialize(committed, indent: 2), ClemJson.Serialize(generated, indent: 2));
        Assert.NotEqual(ClemJson.Serialize(generated), ClemJson.Serialize(new PrivateSharedInstanceGenerator().Generate(GameFolder, seed + 1)));
    }

    [Fact]
    public void GeneratedInstancesAreWellFormed()
    {
        var doc = new PrivateSharedInstanceGenerator().Generate(GameFolder, 5);
        var file = InstanceFile.FromJson(doc, "generated");
        Assert.Equal(PrivateSharedInstanceGenerator.Experiments, file.Experiments.Select(e => e.Name));
        foreach (var exp in file.Experiments)
        {
            Assert.Equal(PrivateSharedInstanceGenerator.InstancesPerExperiment, exp.Instances.Count);
            foreach (var json in exp.Instances)
            {
                var inst = PrivateSharedInstance.Parse(json, exp.Name); // validates order, requests, probe rounds
                var values = inst.Slots.Select(s => s.Value.ToLowerInvariant()).ToList();
                foreach (var a in values)
                    Assert.Single(values, b => a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
                foreach (var (slot, value) in inst.Slots)
                    Assert.Contains($"\n{slot.Replace('-', ' ').ToUpperInvariant()}: {value}", inst.InitialPrompt);
                Assert.DoesNotContain("$", inst.InitialPrompt);
            }
        }
    }

    [Fact]
    public void OurSettingsFixClembenchsAccidentsAndClembenchDataKeepsThem()
    {
        var game = new PrivateSharedGame();
        Assert.Equal("""{"request_coda_logged_not_sent": false, "probe_me_double_space": false}""", ClemJson.Serialize(game.DefaultSettings));
        Assert.Equal("""{"request_coda_logged_not_sent": true, "probe_me_double_space": true}""", ClemJson.Serialize(game.ClembenchSettings));
        Assert.Equal(ClemJson.Serialize(game.DefaultSettings), ClemJson.Serialize(BuiltInGames.Catalog().Get("privateshared").Settings));
        Assert.Equal(ClemJson.Serialize(game.ClembenchSettings), ClemJson.Serialize(RecordedEpisodes.ClembenchCatalog().Get("privateshared").Settings));
    }

    static async Task<string> Run(GameSpec spec, string model)
    {
        var dir = SharedData.TempDir("privateshared-run");
        var summary = await BenchmarkRunner.RunAsync(spec, [new ProgrammaticModel(model == "mock" ? ProgrammaticKind.Mock : ProgrammaticKind.Programmatic)], new RunOptions { ResultsDir = dir });
        Assert.All(summary.Episodes, e => Assert.Equal(EpisodeStatus.Completed, e.Status));
        Assert.Equal(50, summary.Episodes.Count);
        return dir;
    }

    static List<Scores> AllScores(string dir) =>
        Directory.GetFiles(dir, Scores.FileName, SearchOption.AllDirectories).Order().Select(Scores.Load).ToList();

    [Fact]
    public async Task TheProgrammaticAnswererIsPerfectOnOurInstances()
    {
        var dir = await Run(BuiltInGames.Catalog().Get("privateshared"), "programmatic");
        var scores = AllScores(dir);
        Assert.Equal(50, scores.Count);
        Assert.All(scores, s => Assert.Equal(100.0, s.Episode(Metrics.MainScore)));
        Assert.All(scores, s => Assert.Equal(1.0, s.Episode("Kappa")));
        var exp = ClemJson.ReadObject(Directory.GetFiles(dir, "experiment_travel-booking.json", SearchOption.AllDirectories).Single());
        Assert.Equal(ClemJson.Serialize(new PrivateSharedGame().DefaultSettings), ClemJson.Serialize(exp["clem_net"]!["game_settings"]));
        var replays = await Replay.RunAllAsync(dir, BuiltInGames.Catalog());
        Assert.All(replays, r => Assert.True(r.IsIdentical, r.Difference));
    }

    [Fact]
    public async Task TheProgrammaticAnswererIsPerfectOnClembenchsInstances()
    {
        var catalog = RecordedEpisodes.ClembenchCatalog();
        var dir = await Run(catalog.Get("privateshared"), "programmatic");
        Assert.All(AllScores(dir), s => Assert.Equal(100.0, s.Episode(Metrics.MainScore)));
        var replays = await Replay.RunAllAsync(dir, catalog);
        Assert.All(replays, r => Assert.True(r.IsIdentical, r.Difference));
    }

    [Fact]
    public async Task TheMockIsClembenchLikeAndDeterministic()
    {
        var spec = BuiltInGames.Catalog().Get("privateshared");
        var a = await Run(spec, "mock");
        var b = await Run(spec, "mock");
        var shape = new Regex(@"^(ANSWER|ASIDE): ((yes|no), )?placeholder for turn \d+\.$");
        var files = Directory.GetFiles(a, GameRecorder.InteractionsFile, SearchOption.AllDirectories).Order().ToList();
        Assert.Equal(50, files.Count);
        foreach (var f in files)
        {
            var ours = ClemJson.ReadObject(f);
            var again = ClemJson.ReadObject(f.Replace(a, b));
            Assert.Equal(Replay.RecordedReplies(ours)["Player 1"], Replay.RecordedReplies(again)["Player 1"]);
            Assert.All(Replay.RecordedReplies(ours)["Player 1"], r => Assert.Matches(shape, r));
        }
        // like clembench's random mock, it breaks the format often: the games abort, with NaN main scores
        Assert.All(AllScores(a), s => Assert.True(s.Episode(Metrics.Aborted) == 1 ? double.IsNaN(s.Episode(Metrics.MainScore)!.Value) : s.Episode(Metrics.MainScore) >= 0));
        var replays = await Replay.RunAllAsync(a, BuiltInGames.Catalog());
        Assert.All(replays, r => Assert.True(r.IsIdentical, r.Difference));
    }
}
