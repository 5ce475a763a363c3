using System.Text.Json.Nodes;
using Clem.Core.Models;

namespace Clem.Core.Tests;

/// <summary>A model that answers from a function, optionally failing: for runner tests without a backend.</summary>
sealed class FuncModel(string name, Func<IReadOnlyList<Message>, string> reply) : IModel
{
    public ModelSpec Spec { get; } = new(name, "test");
    public GenerationConfig Generation { get; } = GenerationConfig.Default;

    public async Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default)
    {
        await Task.Yield(); // real models are asynchronous: interleave episodes under --parallel
        var text = reply(messages);
        return new ModelResponse(Message.ToJson(messages), new JsonObject { ["response"] = text }, text);
    }
}
