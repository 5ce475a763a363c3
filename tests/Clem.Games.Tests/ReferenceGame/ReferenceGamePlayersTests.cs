using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Records;
using Clem.Core.Running;
using Clem.Games.Grids;
using Clem.Games.ReferenceGame;
using Clem.Games.Tests.Grids;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.ReferenceGame;

public class ReferenceGamePlayersTests
{
    static CellGrid G(string s) => CellGrid.Parse(s);

    [Fact]
    public void TheExpressionRulesOutBothDistractors()
    {
        var target = G("X X X X X\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢");
        var d1 = G("▢ ▢ ▢ ▢ ▢\nX X X X X\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢");
        var d2 = G("X X X X X\nX X X X X\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢");
        var e = ReferringExpressions.Describe(target, [d1, d2]);
        Assert.Equal("The grid in which row 2, column 1 is empty.", e); // one cell sets the target apart from both
        var d3 = G("▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢");
        var two = ReferringExpressions.Describe(target, [d2, d3]); // no single cell does: one clause per distractor
        Assert.Equal("The grid in which row 2, column 1 is empty and row 1, column 1 is filled.", two);
        Assert.Equal(2, ReferringExpressions.Resolve(two, [d2, d3, target]));
        Assert.Equal(1, ReferringExpressions.Resolve(e, [d1, target, d2]));
        Assert.Equal(2, ReferringExpressions.Resolve(e, [d2, d1, target]));
        Assert.Equal("The grid in which row 2, column 1 is filled.", ReferringExpressions.Describe(d1, [target, G("▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\nX X X X X")]));
    }

    static async Task<List<Scores>> RunAsync(ProgrammaticKind kind, bool clembench)
    {
        var dir = SharedData.TempDir("referencegame-run");
        var summary = await BenchmarkRunner.RunAsync(GridTestSupport.Spec("referencegame", clembench), [new ProgrammaticModel(kind)], new RunOptions { ResultsDir = dir, Parallel = 2 });
        Assert.Equal(180, summary.Count(EpisodeStatus.Completed));
        return Directory.GetFiles(dir, "scores.json", SearchOption.AllDirectories).Select(Scores.Load).ToList();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ProgrammaticPlayersFindEveryTarget(bool clembench)
    {
        var scores = await RunAsync(ProgrammaticKind.Programmatic, clembench);
        Assert.All(scores, s => Assert.Equal(100, s.Episode("Main Score")));
    }

    [Fact]
    public async Task MockPlayersAreDeterministicAndRoughlyAtChance()
    {
        var a = await RunAsync(ProgrammaticKind.Mock, clembench: false);
        var b = await RunAsync(ProgrammaticKind.Mock, clembench: false);
        Assert.All(a, s => Assert.Equal(0, s.Episode("Aborted")));
        var successes = a.Sum(s => s.Episode("Success")!.Value);
        Assert.InRange(successes, 30, 90); // chance is 60 of 180
        Assert.Equal(successes, b.Sum(s => s.Episode("Success")!.Value));
    }
}
