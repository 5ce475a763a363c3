using System.Text.Json.Nodes;
using Clem.Core.Models;
using Clem.Core.Records;

namespace Clem.Core.Games;

/// <summary>What a game master is created with: the game, the experiment (with its parameters) and one model per role.</summary>
public sealed record GameContext(GameSpec Spec, JsonObject Experiment, IReadOnlyList<IModel> PlayerModels, TimeProvider Clock)
{
    public string ExperimentName => Experiment["name"]?.GetValue<string>() ?? "";

    /// <summary>The game version's declared behaviour switches (see <see cref="GameSpec.Settings"/>).</summary>
    public JsonObject Settings => Spec.Settings;
}

/// <summary>
/// Runs one episode of a game (clembench's GameMaster): <see cref="Setup"/> with the instance, then
/// <see cref="PlayAsync"/>. Games with their own loop subclass this; most use <see cref="DialogueGameMaster"/>.
/// A game master sees players, never backends.
/// </summary>
public abstract class GameMaster(GameContext context)
{
    public GameContext Context { get; } = context;
    public GameRecorder Recorder { get; } = new(context.Clock);

    public string GameName => Context.Spec.Name;
    public JsonObject Experiment => Context.Experiment;
    public IReadOnlyList<IModel> PlayerModels => Context.PlayerModels;

    public abstract void Setup(JsonObject instance);
    public abstract Task PlayAsync(CancellationToken cancellationToken = default);

    protected void LogNextTurn() => Recorder.LogNextTurn();
    protected void LogEvent(string from, string to, JsonObject action, ModelCallRecord? call = null) => Recorder.LogEvent(from, to, action, call);
    protected void LogEvent(string from, string to, string type, JsonNode? content, ModelCallRecord? call = null) => Recorder.LogEvent(from, to, type, content, call);
    protected void LogKey(string key, JsonNode? value) => Recorder.LogKey(key, value);
    protected void LogPlayers(IEnumerable<KeyValuePair<string, string>> players) => Recorder.LogPlayers(players);

    /// <summary>Asks a player and records the exchange the clembench way (GM→player send, player→GM get with the call).</summary>
    protected async Task<string> AskAsync(Player player, IReadOnlyList<Message> messages, int turnIndex, string sendType = "send message", CancellationToken cancellationToken = default)
    {
        LogEvent("GM", player.Name, sendType, messages.Count > 0 ? messages[^1].Content : "");
        var response = await player.CallAsync(messages, turnIndex, Recorder.Clock, cancellationToken).ConfigureAwait(false);
        LogEvent(player.Name, "GM", "get message", response.Text, response.Call);
        return response.Text;
    }

    /// <summary>Names a player "Player N" (N = 1-based position) — games with their own loop call this.</summary>
    protected static void NamePlayer(Player player, int position) => player.Name = $"Player {position}";

    /// <summary>A game setting declared by the game version, with a default.</summary>
    protected bool Setting(string key, bool fallback) =>
        Context.Settings[key] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : fallback;
}
