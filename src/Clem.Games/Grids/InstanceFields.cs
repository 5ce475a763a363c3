using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clem.Games.Grids;

/// <summary>Typed access to instance fields and game settings, with errors that say which instance lacks what.</summary>
public static class InstanceFields
{
    public static string Text(JsonObject instance, string key, string game) =>
        instance[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>()
            : throw Missing(instance, key, game, "a string");

    public static int Integer(JsonObject instance, string key, string game) =>
        instance[key] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) ? n
            : throw Missing(instance, key, game, "an integer");

    /// <summary>
    /// An instance field that our own instance files keep once per experiment (prompts, patterns): the instance's
    /// value when it has one (clembench's files repeat everything per instance), else the experiment's.
    /// </summary>
    public static JsonObject Merged(JsonObject instance, JsonObject? experiment)
    {
        var merged = instance.DeepClone().AsObject();
        if (experiment != null)
            foreach (var (k, v) in experiment)
                if (k is not ("name" or "game_instances") && !merged.ContainsKey(k)) merged[k] = v?.DeepClone();
        return merged;
    }

    /// <summary>The instance's game_id as written (an int in clembench's files).</summary>
    public static string Id(JsonObject instance) => instance["game_id"]?.ToJsonString() ?? "?";

    static ClemUserException Missing(JsonObject instance, string key, string game, string what) =>
        new($"{game} instance (game_id {Id(instance)}): field \"{key}\" must be {what}");

    /// <summary>A boolean game setting, or <paramref name="fallback"/> when it is not declared.</summary>
    public static bool Flag(JsonObject settings, string key, bool fallback) =>
        settings[key] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : fallback;
}
