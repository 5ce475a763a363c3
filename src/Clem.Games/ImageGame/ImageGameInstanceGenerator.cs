using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Games.Grids;

namespace Clem.Games.ImageGame;

/// <summary>
/// Our imagegame instances: 20 compact grids (shapes from resources/shapes.json, every X replaced by a letter, no
/// letter used twice) and 20 random grids (5–10 random cells of one random letter), with our prompt wording and
/// clembench v1.6's format rules (patterns). Deterministic from the seed.
/// </summary>
public sealed class ImageGameInstanceGenerator : InstanceGenerator
{
    public const string Version = "1.0";
    const int Size = 5, PerExperiment = 20;

    // clembench v1.6's format rules, matched with Python re semantics (giver patterns case-insensitively).
    public const string InstructionPattern = "^instruction: [^\n]+$";
    public const string TerminatePattern = @"^\s*instruction\s*:\s*done\s*$";
    public const string GridPattern = "^\n*([A-Z▢]\\s){4}[A-Z▢]\n([A-Z▢]\\s){4}[A-Z▢]\n([A-Z▢]\\s){4}[A-Z▢]\n([A-Z▢]\\s){4}[A-Z▢]\n([A-Z▢]\\s){4}[A-Z▢]\n*$";

    public override JsonObject Generate(string gameDirectory, int seed)
    {
        var rng = new SeededRandom(seed);
        var shapes = GameResources.Grids(GameResources.Json(gameDirectory, "shapes.json")["shapes"] as JsonArray, "imagegame resources/shapes.json");
        var size = $"{Size} by {Size}";
        var giver = GameResources.Text(gameDirectory, "prompts", "instruction_giver.template").Replace("$SIZE$", size);
        var follower = GameResources.Text(gameDirectory, "prompts", "instruction_follower.template").Replace("$SIZE$", size);
        var question = GameResources.Text(gameDirectory, "prompts", "question.template").Trim();
        var letters = Enumerable.Range('A', 26).Select(c => (char)c).ToList();

        // What every instance shares is stored once per experiment (the game reads missing instance fields there).
        JsonObject Experiment(string name, JsonArray instances) => new()
        {
            ["name"] = name,
            ["player_1_prompt_header"] = giver,
            ["player_2_prompt_header"] = follower,
            ["player_1_question"] = question,
            ["grid_dimension"] = Size,
            ["player_1_response_pattern"] = InstructionPattern,
            ["player_1_terminate_pattern"] = TerminatePattern,
            ["player_2_response_pattern"] = GridPattern,
            ["game_instances"] = instances,
        };
        static JsonObject Instance(int id, CellGrid target, string origin) => new()
        {
            ["game_id"] = id,
            ["target_grid"] = target.ToString(),
            ["number_of_letters"] = target.FilledCount,
            ["grid_origin"] = origin,
        };

        var compact = new JsonArray();
        var chosen = rng.Sample(shapes, PerExperiment);
        var compactLetters = rng.Sample(letters, PerExperiment);
        for (int i = 0; i < PerExperiment; i++)
            compact.Add(Instance(i, chosen[i].Grid.Recolor(compactLetters[i]), "shape:" + chosen[i].Name));

        var random = new JsonArray();
        var positions = Enumerable.Range(0, Size * Size).ToList();
        for (int i = 0; i < PerExperiment; i++)
        {
            var letter = letters[rng.Next(letters.Count)];
            var grid = new CellGrid(Size);
            foreach (var p in rng.Sample(positions, rng.Next(5, 10))) grid = grid.With(p / Size, p % Size, letter);
            random.Add(Instance(i, grid, "random"));
        }

        return new JsonObject
        {
            ["provenance"] = new JsonObject
            {
                ["generator"] = typeof(ImageGameInstanceGenerator).FullName,
                ["generator_version"] = Version,
                ["seed"] = seed,
                ["random"] = "SplitMix64 (Clem.Games.Grids.SeededRandom)",
                ["sources"] = new JsonArray(
                    new JsonObject { ["file"] = "resources/shapes.json", ["origin"] = "Clem.NET, original shapes", ["licence"] = "the repository's licence" },
                    new JsonObject { ["file"] = "resources/prompts/*.template", ["origin"] = "Clem.NET, original wording", ["licence"] = "the repository's licence" }),
                ["rules"] = "clembench v1.6 imagegame: same format rules and patterns, our prompt wording and grids",
            },
            ["experiments"] = new JsonArray(Experiment("compact_grids", compact), Experiment("random_grids", random)),
        };
    }
}
