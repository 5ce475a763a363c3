using Clem.Core.Models;
using Clem.Core.Records;
using Clem.Core.Running;
using Clem.Games.Grids;
using Clem.Games.ImageGame;
using Clem.Games.Tests.Grids;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.ImageGame;

/// <summary>Mock and reference players; the programmatic pair bounds the benchmark from above.</summary>
public class ImageGamePlayersTests
{
    [Fact]
    public void PlannedInstructionsRedrawEveryOwnTargetWithinTheTurnLimit()
    {
        var spec = GridTestSupport.Spec("imagegame", clembench: false);
        foreach (var exp in spec.LoadInstances().Experiments)
            foreach (var inst in exp.Instances)
            {
                var target = CellGrid.Parse(inst["target_grid"]!.GetValue<string>());
                var plan = DrawingInstructions.Plan(target);
                Assert.InRange(plan.Count, 1, 24); // room for DONE within 25 turns
                Assert.Equal(target, plan.Aggregate(new CellGrid(5), DrawingInstructions.Apply));
            }
    }

    [Theory]
    [InlineData("Instruction: Put an E in second row third column", 1, 2, 'E')]
    [InlineData("Put a 'K' in the top row, last column", 0, 4, 'K')]
    [InlineData("Instruction: Put a B in row 4, column 1", 3, 0, 'B')]
    public void TheFollowerReadsSimpleWording(string instruction, int row, int column, char letter)
    {
        var grid = DrawingInstructions.Apply(new CellGrid(5), instruction);
        Assert.Equal(letter, grid[row, column]);
        Assert.Equal(1, grid.FilledCount);
    }

    [Fact]
    public void UnreadableInstructionsLeaveTheGridUnchanged()
    {
        Assert.Equal(new CellGrid(5), DrawingInstructions.Apply(new CellGrid(5), "Draw a nice cat"));
        Assert.Equal(new CellGrid(5), DrawingInstructions.Apply(new CellGrid(5), "Put a B in row 9, column 1"));
        Assert.Equal(5, DrawingInstructions.Apply(new CellGrid(5), "Fill the last row with X").FilledCount);
    }

    static async Task<List<Scores>> RunAsync(string model, bool clembench)
    {
        var dir = SharedData.TempDir("imagegame-run");
        var spec = GridTestSupport.Spec("imagegame", clembench);
        var kind = model == "mock" ? ProgrammaticKind.Mock : ProgrammaticKind.Programmatic;
        var summary = await BenchmarkRunner.RunAsync(spec, [new ProgrammaticModel(kind)], new RunOptions { ResultsDir = dir, Parallel = 2 });
        Assert.Equal(40, summary.Count(EpisodeStatus.Completed));
        return Directory.GetFiles(dir, "scores.json", SearchOption.AllDirectories).Select(Scores.Load).ToList();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ProgrammaticPlayersDrawEveryTargetPerfectly(bool clembench)
    {
        var scores = await RunAsync("programmatic", clembench);
        Assert.All(scores, s => Assert.Equal(100, s.Episode("Main Score")));
        Assert.All(scores, s => Assert.Equal(1, s.Episode("Success")));
    }

    [Fact]
    public async Task MockPlayersPlayToTheTurnLimitAndLose()
    {
        var scores = await RunAsync("mock", clembench: false);
        Assert.All(scores, s => Assert.Equal(0, s.Episode("Aborted")));
        Assert.All(scores, s => Assert.Equal(50, s.Episode("Request Count")));
        Assert.All(scores, s => Assert.Equal(0, s.Episode("Success")));
    }
}
