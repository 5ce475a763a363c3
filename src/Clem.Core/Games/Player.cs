using System.Text.Json.Nodes;
using Clem.Core.Models;
using Clem.Core.Records;

namespace Clem.Core.Games;

/// <summary>
/// A participant of a game, backed by a model. The game master keeps the player's message history and
/// calls <see cref="CallAsync"/>; the player either asks its model or, for programmatic models, answers
/// itself with <see cref="MockResponse"/> / <see cref="ProgrammaticResponse"/> (clembench's _custom_response).
/// </summary>
public abstract class Player(IModel model)
{
    public IModel Model { get; } = model;

    /// <summary>"Player 1", "Player 2" … — assigned by the game master in the order players are added.</summary>
    public string Name { get; internal set; } = "";

    /// <summary>The players-map entry, clembench style: "&lt;Role&gt;, &lt;model name&gt;".</summary>
    public virtual string Description => $"{GetType().Name}, {Model.Spec.Name}";

    /// <summary>
    /// Asks for a reply. The raw response carries clembench's "clem_player" block (call start, duration,
    /// reply, model name), exactly what requests.json shows.
    /// </summary>
    public async Task<PlayerResponse> CallAsync(IReadOnlyList<Message> messages, int turnIndex, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var start = clock.GetLocalNow();
        JsonNode prompt;
        JsonObject raw;
        string text;
        switch (Model)
        {
            case ProgrammaticModel pm:
                text = pm.Kind == ProgrammaticKind.Mock ? MockResponse(messages, turnIndex) : ProgrammaticResponse(messages, turnIndex);
                prompt = Message.ToJson(messages);
                raw = new JsonObject { ["response"] = text };
                break;
            default:
                var r = await Model.GenerateAsync(messages, cancellationToken).ConfigureAwait(false);
                (prompt, raw, text) = (r.Prompt, r.RawResponse, r.Text);
                break;
        }
        var duration = clock.GetLocalNow() - start;
        raw["clem_player"] = new JsonObject
        {
            ["call_start"] = ClemTime.Str(start),
            ["call_duration"] = ClemTime.Duration(duration),
            ["response"] = text,
            ["model_name"] = Model.Spec.Name,
        };
        return new PlayerResponse(prompt, raw, text);
    }

    /// <summary>clembench-style mock reply for plumbing runs. Games override this per role.</summary>
    protected virtual string MockResponse(IReadOnlyList<Message> messages, int turnIndex) =>
        throw new NotSupportedException($"{GetType().Name} has no mock behaviour");

    /// <summary>A real rule-based strategy, where the game has one; defaults to the mock reply.</summary>
    protected virtual string ProgrammaticResponse(IReadOnlyList<Message> messages, int turnIndex) => MockResponse(messages, turnIndex);
}

/// <summary>A player's reply with what it took: prompt sent and raw response (for requests.json).</summary>
public sealed record PlayerResponse(JsonNode Prompt, JsonObject RawResponse, string Text)
{
    public ModelCallRecord Call => new(Prompt, RawResponse);
}
