using System.Text.Json.Nodes;

namespace Clem.Core.Models;

/// <summary>One chat message as games build them: role is "system", "user" or "assistant".</summary>
public sealed record Message(string Role, string Content)
{
    public const string System = "system", User = "user", Assistant = "assistant";

    public static Message FromUser(string content) => new(User, content);
    public static Message FromAssistant(string content) => new(Assistant, content);
    public static Message FromSystem(string content) => new(System, content);

    /// <summary>The clembench shape <c>{"role": …, "content": …}</c>, as recorded in requests.json.</summary>
    public JsonObject ToJson() => new() { ["role"] = Role, ["content"] = Content };

    public static JsonArray ToJson(IEnumerable<Message> messages) => new(messages.Select(m => (JsonNode)m.ToJson()).ToArray());
}
