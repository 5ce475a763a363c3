using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Core.Records;

/// <summary>
/// Collects an episode's interactions (players, turns of events, extra keys) and the exact requests,
/// in clembench's v1.x format, and writes interactions.json and requests.json.
/// </summary>
public sealed class GameRecorder(TimeProvider? clock = null)
{
    public const string InteractionsFile = "interactions.json";
    public const string RequestsFile = "requests.json";

    readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public JsonObject Interactions { get; } = new() { ["players"] = new JsonObject(), ["turns"] = new JsonArray() };
    public JsonArray Requests { get; } = new();

    JsonArray Turns => Interactions["turns"]!.AsArray();

    public string Now() => ClemTime.Iso(_clock.GetLocalNow());
    public TimeProvider Clock => _clock;

    /// <summary>Logs the players map, e.g. {"GM": "Game master for taboo", "Player 1": "WordDescriber, gpt-4"}.</summary>
    public void LogPlayers(IEnumerable<KeyValuePair<string, string>> players)
    {
        var obj = new JsonObject();
        foreach (var (k, v) in players) obj[k] = v;
        Interactions["players"] = obj;
    }

    /// <summary>Starts a new turn: following events go into it.</summary>
    public void LogNextTurn() => Turns.Add(new JsonArray());

    /// <summary>
    /// Appends an event to the current turn. When <paramref name="call"/> is given (a model call), its prompt and
    /// raw response also go to requests.json.
    /// </summary>
    public void LogEvent(string from, string to, JsonObject action, ModelCallRecord? call = null)
    {
        var timestamp = Now();
        if (Turns.Count == 0) LogNextTurn(); // clembench would fail here; an event before any turn goes into turn 0
        Turns[^1]!.AsArray().Add(new JsonObject
        {
            ["from"] = from,
            ["to"] = to,
            ["timestamp"] = timestamp,
            ["action"] = action,
        });
        if (call != null)
        {
            Requests.Add(new JsonObject
            {
                ["timestamp"] = timestamp,
                ["manipulated_prompt_obj"] = call.Prompt.DeepClone(),
                ["raw_response_obj"] = call.RawResponse.DeepClone(),
            });
        }
    }

    /// <summary>Convenience for the common <c>{"type": …, "content": …}</c> action.</summary>
    public void LogEvent(string from, string to, string type, JsonNode? content, ModelCallRecord? call = null) =>
        LogEvent(from, to, new JsonObject { ["type"] = type, ["content"] = content }, call);

    /// <summary>Adds or replaces a top-level key of interactions.json (games log outcomes this way).</summary>
    public void LogKey(string key, JsonNode? value) => Interactions[key] = value;

    public void StoreRecords(string episodeDir)
    {
        ClemJson.WriteFile(Path.Combine(episodeDir, InteractionsFile), Interactions);
        ClemJson.WriteFile(Path.Combine(episodeDir, RequestsFile), Requests);
    }
}

/// <summary>What one model call contributes to requests.json.</summary>
public sealed record ModelCallRecord(JsonNode Prompt, JsonObject RawResponse);
