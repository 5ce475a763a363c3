using System.Text.Json;
using System.Text.Json.Nodes;
using Clem.Games.Grids;
using Clem.Games.Text;

namespace Clem.Games.ReferenceGame;

/// <summary>The fields of a referencegame instance that play and scoring use (clembench's v1.6 format).</summary>
public sealed record ReferenceGameInstance(string SpeakerPrompt, string ListenerPrompt, PyRegex ExpressionPattern, PyRegex AnswerPattern, JsonNode TargetGridName)
{
    public const string ExpressionPlaceholder = "TARGET_EXPRESSION";

    /// <summary>
    /// Reads an instance. clembench's instances carry the filled prompts; ours keep one prompt template per experiment
    /// ("player_1_prompt_template", "player_2_prompt_template") that is filled here with the instance's grids.
    /// </summary>
    public static ReferenceGameInstance From(JsonObject instance, JsonObject? experiment)
    {
        const string g = ReferenceGame.GameName;
        instance = InstanceFields.Merged(instance, experiment);
        var target = instance["target_grid_name"] ?? throw new ClemUserException($"{g} instance (game_id {InstanceFields.Id(instance)}): no \"target_grid_name\"");
        return new(
            Prompt(instance, "player_1", ["$TARGET_GRID$", "player_1_target_grid", "$OTHER_GRID_1$", "player_1_second_grid", "$OTHER_GRID_2$", "player_1_third_grid"]),
            Prompt(instance, "player_2", ["$FIRST_GRID$", "player_2_first_grid", "$SECOND_GRID$", "player_2_second_grid", "$THIRD_GRID$", "player_2_third_grid"]),
            Compile(instance, "player_1_response_pattern"),
            Compile(instance, "player_2_response_pattern"),
            target);
    }

    static string Prompt(JsonObject instance, string player, string[] placeholdersAndFields)
    {
        if (instance.ContainsKey(player + "_prompt_header") || !instance.ContainsKey(player + "_prompt_template"))
            return InstanceFields.Text(instance, player + "_prompt_header", ReferenceGame.GameName);
        var prompt = InstanceFields.Text(instance, player + "_prompt_template", ReferenceGame.GameName);
        for (int i = 0; i < placeholdersAndFields.Length; i += 2)
            prompt = prompt.Replace(placeholdersAndFields[i], InstanceFields.Text(instance, placeholdersAndFields[i + 1], ReferenceGame.GameName), StringComparison.Ordinal);
        return prompt;
    }

    /// <summary>Both patterns are matched with re.IGNORECASE and must define the groups "content" and "remainder".</summary>
    static PyRegex Compile(JsonObject instance, string key)
    {
        var pattern = InstanceFields.Text(instance, key, ReferenceGame.GameName);
        PyRegex regex;
        try { regex = PyRegex.Get(pattern, ignoreCase: true); }
        catch (ArgumentException e) { throw new ClemUserException($"{ReferenceGame.GameName} instance (game_id {InstanceFields.Id(instance)}): {key}: {e.Message}", e); }
        if (!regex.HasGroup("content") || !regex.HasGroup("remainder"))
            throw new ClemUserException($"{ReferenceGame.GameName} instance (game_id {InstanceFields.Id(instance)}): {key} '{pattern}' has no (?P<content>…) and "
                + "(?P<remainder>…) groups; this game master plays clembench's v1.6 instances (in/instances.json), not older versions");
        return regex;
    }

    /// <summary>
    /// Python's <c>answer.lower() in target_grid_name</c>: list membership for v1.6 instances (["first", "1st", "1"]),
    /// substring containment for the older string form ("first").
    /// </summary>
    public bool IsTarget(string answer)
    {
        var a = PyStr.Lower(answer);
        return TargetGridName switch
        {
            JsonArray names => names.Any(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == a),
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Contains(a, StringComparison.Ordinal),
            _ => false,
        };
    }
}
