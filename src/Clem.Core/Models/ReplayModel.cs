using System.Text.Json.Nodes;

namespace Clem.Core.Models;

/// <summary>
/// Replays recorded replies in order (one instance per player). Used by <c>clem replay</c> to feed a
/// recorded episode back into a game master and check that it sends and decides the same things.
/// </summary>
public sealed class ReplayModel(string name, IEnumerable<string> replies) : IModel
{
    readonly Queue<string> _replies = new(replies);

    public ModelSpec Spec { get; } = new(name, "replay");
    public GenerationConfig Generation { get; } = GenerationConfig.Default;

    /// <summary>Replies the game master did not ask for (a sign that it stopped earlier than the recording).</summary>
    public int Remaining => _replies.Count;

    public Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default)
    {
        if (_replies.Count == 0)
            throw new ReplayExhaustedException($"the recording has no further reply for {name}: the game master asked for more than was played");
        var text = _replies.Dequeue();
        return Task.FromResult(new ModelResponse(Message.ToJson(messages), new JsonObject { ["response"] = text }, text));
    }
}

/// <summary>The game master asked a replayed player for more replies than the recording holds.</summary>
public sealed class ReplayExhaustedException(string message) : Exception(message);
