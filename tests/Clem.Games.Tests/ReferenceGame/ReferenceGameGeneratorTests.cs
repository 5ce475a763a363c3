using Clem.Core.Json;
using Clem.Games.Grids;
using Clem.Games.ReferenceGame;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.ReferenceGame;

public class ReferenceGameGeneratorTests
{
    static string GameDir => Path.Combine(SharedData.RepoRoot(), "src", "Clem.Games", "games", "referencegame");

    [Fact]
    public void TheCommittedInstancesAreTheGeneratorsOutputForTheDefaultSeed()
    {
        var generator = new ReferenceGameInstanceGenerator();
        var generated = generator.Generate(GameDir, generator.DefaultSeed);
        var committed = ClemJson.ReadObject(Path.Combine(GameDir, "in", "instances.json"));
        Assert.Equal(ClemJson.Serialize(generated), ClemJson.Serialize(committed)); // regenerate with: clem generate -g referencegame -o <that file>
    }

    [Fact]
    public void TripletsUseTheNearestDistractorsAndEveryTargetPosition()
    {
        var doc = new ReferenceGameInstanceGenerator().Generate(GameDir, 3);
        var experiments = doc["experiments"]!.AsArray();
        Assert.Equal(["line_grids_rows", "line_grids_columns", "diagonal_grids", "letter_grids", "shape_grids", "random_grids"],
            experiments.Select(e => e!["name"]!.GetValue<string>()));
        var inventory = ClemJson.ReadObject(Path.Combine(GameDir, "resources", "grids.json"))["groups"]!.AsArray();
        foreach (var exp in experiments)
        {
            var instances = exp!["game_instances"]!.AsArray();
            Assert.Equal(30, instances.Count);
            var group = inventory.FirstOrDefault(g => g!["name"]!.GetValue<string>() == exp["name"]!.GetValue<string>());
            for (int i = 0; i < instances.Count; i += 3)
            {
                var triple = instances.Skip(i).Take(3).Select(x => x!.AsObject()).ToList();
                var target = CellGrid.Parse(triple[0]["player_1_target_grid"]!.GetValue<string>());
                var d1 = CellGrid.Parse(triple[0]["player_1_second_grid"]!.GetValue<string>());
                var d2 = CellGrid.Parse(triple[0]["player_1_third_grid"]!.GetValue<string>());
                Assert.NotEqual(target, d1);
                Assert.NotEqual(target, d2);
                if (group != null)
                {
                    // No other grid of the group is nearer to the target than the farther distractor.
                    var others = group["grids"]!.AsArray().Select(g => CellGrid.Parse(g!["grid"]!.GetValue<string>())).Where(g => !g.Equals(target) && !g.Equals(d1) && !g.Equals(d2));
                    Assert.All(others, o => Assert.True(o.Distance(target) >= Math.Max(d1.Distance(target), d2.Distance(target))));
                }
                string[] names = ["first", "second", "third"];
                string[] fields = ["player_2_first_grid", "player_2_second_grid", "player_2_third_grid"];
                for (int p = 0; p < 3; p++)
                {
                    Assert.Equal(names[p], triple[p]["target_grid_name"]![0]!.GetValue<string>());
                    Assert.Equal(target, CellGrid.Parse(triple[p][fields[p]]!.GetValue<string>()));
                }
            }
        }
    }
}
