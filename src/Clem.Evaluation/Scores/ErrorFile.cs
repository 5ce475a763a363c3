using System.Text.Json;
using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Evaluation.Scores;

public enum EpisodeErrorKind { Infrastructure, Game, Other }

/// <summary>
/// The runner's <c>error.json</c> for a failed episode: at least <c>{"kind": "infrastructure"|"game", "type", "message"}</c>.
/// Infrastructure errors (backend, network, quota) are not the model's doing and are counted apart.
/// </summary>
public static class ErrorFile
{
    public static (EpisodeErrorKind Kind, string Description) Read(string path)
    {
        JsonNode? node;
        try { node = ClemJson.ReadFile(path); }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return (EpisodeErrorKind.Other, $"unreadable error.json ({e.Message})");
        }
        var kind = (node as JsonObject)?["kind"] is JsonValue k && k.GetValueKind() == JsonValueKind.String ? k.GetValue<string>() : null;
        var type = Text(node, "type");
        var message = Text(node, "message");
        var description = $"{kind ?? "?"} error{(type != null ? " " + type : "")}{(message != null ? ": " + message : "")}";
        return (kind switch
        {
            "infrastructure" => EpisodeErrorKind.Infrastructure,
            "game" => EpisodeErrorKind.Game,
            _ => EpisodeErrorKind.Other,
        }, description.Length > 300 ? description[..300] + "…" : description);
    }

    static string? Text(JsonNode? node, string key) =>
        (node as JsonObject)?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
