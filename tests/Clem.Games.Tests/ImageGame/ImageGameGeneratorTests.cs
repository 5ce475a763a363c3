using Clem.Core.Json;
using Clem.Games.Grids;
using Clem.Games.ImageGame;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.ImageGame;

public class ImageGameGeneratorTests
{
    static string GameDir => Path.Combine(SharedData.RepoRoot(), "src", "Clem.Games", "games", "imagegame");

    [Fact]
    public void TheCommittedInstancesAreTheGeneratorsOutputForTheDefaultSeed()
    {
        var generator = new ImageGameInstanceGenerator();
        var generated = generator.Generate(GameDir, generator.DefaultSeed);
        var committed = ClemJson.ReadObject(Path.Combine(GameDir, "in", "instances.json"));
        Assert.Equal(ClemJson.Serialize(generated), ClemJson.Serialize(committed)); // regenerate with: clem generate -g imagegame -o <that file>
        Assert.Equal(generator.DefaultSeed, committed["provenance"]!["seed"]!.GetValue<int>());
    }

    [Fact]
    public void GenerationIsDeterministicAndFollowsTheRules()
    {
        var g = new ImageGameInstanceGenerator();
        Assert.Equal(ClemJson.Serialize(g.Generate(GameDir, 7)), ClemJson.Serialize(g.Generate(GameDir, 7)));
        Assert.NotEqual(ClemJson.Serialize(g.Generate(GameDir, 7)), ClemJson.Serialize(g.Generate(GameDir, 8)));
        var doc = g.Generate(GameDir, 7);
        var experiments = doc["experiments"]!.AsArray();
        Assert.Equal(["compact_grids", "random_grids"], experiments.Select(e => e!["name"]!.GetValue<string>()));
        var compact = experiments[0]!["game_instances"]!.AsArray().Select(i => CellGrid.Parse(i!["target_grid"]!.GetValue<string>())).ToList();
        var letters = compact.Select(grid => grid.Cells().First(c => c.Cell != CellGrid.Empty).Cell).ToList();
        Assert.Equal(20, letters.Distinct().Count()); // no letter used twice
        Assert.All(compact, grid => Assert.Single(grid.Cells().Where(c => c.Cell != CellGrid.Empty).Select(c => c.Cell).Distinct()));
        foreach (var inst in experiments[1]!["game_instances"]!.AsArray())
        {
            var grid = CellGrid.Parse(inst!["target_grid"]!.GetValue<string>());
            Assert.InRange(grid.FilledCount, 5, 10);
            Assert.Equal(grid.FilledCount, inst["number_of_letters"]!.GetValue<int>());
        }
    }
}
