using System.Text.Json.Nodes;
using Clem.Core.Json;
using Clem.Core.Models;

namespace Clem.Core.Running;

/// <summary>
/// error.json in an episode folder: why the episode has no (complete) record. kind is "infrastructure"
/// (a model call failed: not the model's fault as a player), "game" (a bug or unexpected state in game code)
/// or "scoring". clembench left such episodes silently without scores; we keep the reason.
/// </summary>
public static class EpisodeError
{
    public const string Infrastructure = "infrastructure", GameKind = "game", Scoring = "scoring";

    public static JsonObject Describe(Exception e, string stage, string timestamp)
    {
        var model = FindModelException(e);
        var obj = new JsonObject
        {
            ["kind"] = model != null ? Infrastructure : stage == "score" ? Scoring : GameKind,
            ["stage"] = stage,
            ["type"] = (model ?? e).GetType().Name,
            ["message"] = (model ?? e).Message,
            ["timestamp"] = timestamp,
        };
        if (model != null) obj["error_kind"] = model.Kind.ToString();
        if (model == null) obj["stack"] = e.ToString();
        return obj;
    }

    static ModelException? FindModelException(Exception? e)
    {
        for (; e != null; e = e.InnerException)
        {
            if (e is ModelException m) return m;
            if (e is AggregateException agg && agg.InnerExceptions.Select(FindModelException).FirstOrDefault(x => x != null) is { } inner) return inner;
        }
        return null;
    }

    public static void Write(string episodeDir, JsonObject error) =>
        ClemJson.WriteFile(Path.Combine(episodeDir, ResultsLayout.ErrorFile), error, indent: 2, ensureAscii: false);
}
