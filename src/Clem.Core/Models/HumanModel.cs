using System.Text.Json.Nodes;

namespace Clem.Core.Models;

/// <summary>A person types the replies in the terminal (clembench's HumanModel).</summary>
public sealed class HumanModel(TextReader input, TextWriter output) : IModel
{
    public HumanModel() : this(Console.In, Console.Out) { }

    public ModelSpec Spec { get; } = new("human", "human");
    public GenerationConfig Generation { get; } = GenerationConfig.Default;

    public Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default)
    {
        var last = messages.Count > 0 ? messages[^1].Content : "";
        output.WriteLine();
        output.WriteLine(last);
        output.Write("Your response: ");
        output.Flush();
        var text = input.ReadLine() ?? throw new ModelException(ModelErrorKind.Unavailable, "standard input closed while waiting for a human reply");
        var raw = new JsonObject { ["response"] = text };
        return Task.FromResult(new ModelResponse(Message.ToJson(messages), raw, text));
    }
}
