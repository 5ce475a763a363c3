using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Games.Grids;

namespace Clem.Games.ReferenceGame;

/// <summary>
/// Our referencegame instances: one experiment per grid group of resources/grids.json plus a group of random grids
/// drawn from the seed. Per group 10 targets; each target gets the two other grids of its group nearest to it by edit
/// distance (ties: inventory order) as distractors, and appears once at every listener position (first, second,
/// third) — 30 instances per experiment. Our prompt wording, clembench v1.6's format rules.
/// </summary>
public sealed class ReferenceGameInstanceGenerator : InstanceGenerator
{
    public const string Version = "1.0";
    const int Size = 5, TargetsPerGroup = 10, RandomPoolSize = 15;

    // clembench v1.6's rules, with the answer alternatives ordered so that "1st" is not read as "1" + remainder "st".
    public const string ExpressionPattern = "^expression:\\s(?P<content>.+)\n*(?P<remainder>.*)";
    public const string AnswerPattern = "^answer:\\s(?P<content>first|second|third|1st|2nd|3rd|1|2|3)\n*(?P<remainder>.*)";
    static readonly string[][] PositionNames = [["first", "1st", "1"], ["second", "2nd", "2"], ["third", "3rd", "3"]];

    public override JsonObject Generate(string gameDirectory, int seed)
    {
        var rng = new SeededRandom(seed);
        var inventory = GameResources.Json(gameDirectory, "grids.json");
        var size = $"{Size} by {Size}";
        var speaker = GameResources.Text(gameDirectory, "prompts", "speaker.template").Replace("$SIZE$", size);
        var listener = GameResources.Text(gameDirectory, "prompts", "listener.template").Replace("$SIZE$", size);

        var groups = new List<(string Name, List<(string Name, CellGrid Grid)> Grids)>();
        foreach (var g in inventory["groups"] as JsonArray ?? throw new ClemUserException("referencegame resources/grids.json: no \"groups\" list"))
        {
            var name = g?["name"]?.GetValue<string>() ?? throw new ClemUserException("referencegame resources/grids.json: a group has no name");
            groups.Add((name, GameResources.Grids(g["grids"] as JsonArray, $"referencegame resources/grids.json, group {name}")));
        }
        groups.Add(("random_grids", RandomGrids(rng)));

        var experiments = new JsonArray();
        foreach (var (groupName, grids) in groups)
        {
            if (grids.Count < TargetsPerGroup) throw new ClemUserException($"referencegame resources/grids.json: group {groupName} has {grids.Count} grids, needs {TargetsPerGroup}");
            var instances = new JsonArray();
            foreach (var target in rng.Sample(Enumerable.Range(0, grids.Count), TargetsPerGroup))
            {
                var distractors = Enumerable.Range(0, grids.Count).Where(i => i != target && !grids[i].Grid.Equals(grids[target].Grid))
                    .OrderBy(i => grids[i].Grid.Distance(grids[target].Grid)).ThenBy(i => i).Take(2).ToList();
                for (int position = 0; position < 3; position++)
                    instances.Add(Instance(instances.Count, grids[target], grids[distractors[0]], grids[distractors[1]], position));
            }
            // Prompts and patterns are stored once per experiment; the game fills the templates with each instance's grids.
            experiments.Add(new JsonObject
            {
                ["name"] = groupName,
                ["player_1_prompt_template"] = speaker,
                ["player_2_prompt_template"] = listener,
                ["player_1_response_pattern"] = ExpressionPattern,
                ["player_2_response_pattern"] = AnswerPattern,
                ["player_1_response_tag"] = "expression:",
                ["player_2_response_tag"] = "answer:",
                ["game_instances"] = instances,
            });
        }

        return new JsonObject
        {
            ["provenance"] = new JsonObject
            {
                ["generator"] = typeof(ReferenceGameInstanceGenerator).FullName,
                ["generator_version"] = Version,
                ["seed"] = seed,
                ["random"] = "SplitMix64 (Clem.Games.Grids.SeededRandom)",
                ["sources"] = new JsonArray(
                    new JsonObject { ["file"] = "resources/grids.json", ["origin"] = "Clem.NET, original grids", ["licence"] = "the repository's licence" },
                    new JsonObject { ["file"] = "resources/prompts/*.template", ["origin"] = "Clem.NET, original wording", ["licence"] = "the repository's licence" }),
                ["rules"] = "clembench v1.6 referencegame: same format rules, answer alternatives reordered (1st before 1); our prompt wording and grids",
            },
            ["experiments"] = experiments,
        };
    }

    /// <summary>A pool of distinct random grids with 6–12 filled cells.</summary>
    static List<(string, CellGrid)> RandomGrids(SeededRandom rng)
    {
        var pool = new List<(string, CellGrid)>();
        var positions = Enumerable.Range(0, Size * Size).ToList();
        while (pool.Count < RandomPoolSize)
        {
            var grid = new CellGrid(Size);
            foreach (var p in rng.Sample(positions, rng.Next(6, 12))) grid = grid.With(p / Size, p % Size, 'X');
            if (pool.All(x => !x.Item2.Equals(grid))) pool.Add(($"random_{pool.Count + 1}", grid));
        }
        return pool;
    }

    static JsonObject Instance(int id, (string Name, CellGrid Grid) target, (string Name, CellGrid Grid) d1, (string Name, CellGrid Grid) d2,
        int position)
    {
        var order = new List<CellGrid> { d1.Grid, d2.Grid };
        order.Insert(position, target.Grid);
        return new JsonObject
        {
            ["game_id"] = id,
            ["player_1_target_grid"] = target.Grid.ToString(),
            ["player_1_second_grid"] = d1.Grid.ToString(),
            ["player_1_third_grid"] = d2.Grid.ToString(),
            ["player_2_first_grid"] = order[0].ToString(),
            ["player_2_second_grid"] = order[1].ToString(),
            ["player_2_third_grid"] = order[2].ToString(),
            ["target_grid_name"] = new JsonArray(PositionNames[position].Select(n => (JsonNode)n).ToArray()),
            ["grid_names"] = new JsonArray(target.Name, d1.Name, d2.Name),
        };
    }
}
