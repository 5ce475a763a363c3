using System.Text.Json.Nodes;

namespace Clem.Core.Models;

/// <summary>
/// A model that players talk to. Game masters never see one: they only see <see cref="Games.Player"/>s.
/// Implementations live in Clem.Backends (remote APIs, local GGUF) and here (programmatic, human, replay).
/// </summary>
public interface IModel
{
    ModelSpec Spec { get; }
    GenerationConfig Generation { get; }

    /// <summary>Generates the reply to <paramref name="messages"/>.</summary>
    /// <exception cref="ModelException">an infrastructure failure (auth, rate limit, server, timeout, context …).</exception>
    Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default);
}

/// <summary>
/// A model reply: the exact prompt object sent (for requests.json), the raw response object
/// (provider JSON, never containing keys) and the reply text the game sees.
/// </summary>
public sealed record ModelResponse(JsonNode Prompt, JsonObject RawResponse, string Text);
