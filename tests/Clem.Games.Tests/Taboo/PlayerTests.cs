using Clem.Core.Models;
using Clem.Core.Records;
using Clem.Core.Running;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.Taboo;

/// <summary>End-to-end runs of our taboo instances with the built-in players.</summary>
public class PlayerTests
{
    static async Task<List<Scores>> RunAll(ProgrammaticKind kind)
    {
        var dir = SharedData.TempDir("taboo");
        var summary = await BenchmarkRunner.RunAsync(BuiltInGames.Catalog().Get("taboo"), [new ProgrammaticModel(kind)], new RunOptions { ResultsDir = dir });
        Assert.Equal(60, summary.Episodes.Count);
        return Directory.GetFiles(dir, Scores.FileName, SearchOption.AllDirectories).Select(Scores.Load).ToList();
    }

    [Fact]
    public async Task MockPlayersFollowTheRulesAndNeverWin()
    {
        var scores = await RunAll(ProgrammaticKind.Mock);
        Assert.Equal(60, scores.Count);
        Assert.All(scores, s =>
        {
            Assert.Equal(0, s.Episode(Metrics.Aborted));
            Assert.Equal(1, s.Episode(Metrics.Lose));
            Assert.Equal(6, s.Episode(Metrics.RequestCount)); // 3 turns × 2 calls, our counting
            Assert.Equal(2, s.Episode("Repetition-Guesser"));  // "Pear" three times
        });
    }

    [Fact]
    public async Task ProgrammaticPlayersWinMostOfOurInstancesWithoutTabooWords()
    {
        var scores = await RunAll(ProgrammaticKind.Programmatic);
        Assert.All(scores, s => Assert.Equal(0, s.Episode(Metrics.Aborted)));
        var won = scores.Count(s => s.Episode(Metrics.Success) == 1);
        var mean = scores.Average(s => s.Episode(Metrics.MainScore)!.Value);
        Assert.True(won >= 45, $"programmatic won only {won}/60 (mean Main Score {mean:F2})");
    }
}
