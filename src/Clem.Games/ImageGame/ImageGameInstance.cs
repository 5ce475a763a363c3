using System.Text.Json.Nodes;
using Clem.Games.Grids;
using Clem.Games.Text;

namespace Clem.Games.ImageGame;

/// <summary>The fields of an imagegame instance that play and scoring use (clembench's v1.5+ instance format).</summary>
public sealed record ImageGameInstance(
    string GiverHeader,
    string FollowerHeader,
    string Question,
    int GridDimension,
    string TargetGrid,
    PyRegex InstructionPattern,
    PyRegex TerminatePattern,
    PyRegex GridPattern)
{
    /// <summary>Reads an instance; fields it lacks come from the experiment (our files keep prompts and patterns there).</summary>
    public static ImageGameInstance From(JsonObject instance, JsonObject? experiment)
    {
        const string g = ImageGame.GameName;
        instance = InstanceFields.Merged(instance, experiment);
        return new(
            InstanceFields.Text(instance, "player_1_prompt_header", g),
            InstanceFields.Text(instance, "player_2_prompt_header", g),
            InstanceFields.Text(instance, "player_1_question", g),
            InstanceFields.Integer(instance, "grid_dimension", g),
            InstanceFields.Text(instance, "target_grid", g),
            // The giver's patterns are matched with re.IGNORECASE, the follower's grid pattern case-sensitively.
            Compile(instance, "player_1_response_pattern", ignoreCase: true),
            Compile(instance, "player_1_terminate_pattern", ignoreCase: true),
            Compile(instance, "player_2_response_pattern", ignoreCase: false));
    }

    static PyRegex Compile(JsonObject instance, string key, bool ignoreCase)
    {
        var pattern = InstanceFields.Text(instance, key, ImageGame.GameName);
        try { return PyRegex.Get(pattern, ignoreCase); }
        catch (ArgumentException e)
        {
            throw new ClemUserException($"{ImageGame.GameName} instance (game_id {InstanceFields.Id(instance)}): {key}: {e.Message}", e);
        }
    }

    /// <summary>Turn limit: one step per cell.</summary>
    public int MaxTurns => GridDimension * GridDimension;
}
