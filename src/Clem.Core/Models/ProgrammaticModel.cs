namespace Clem.Core.Models;

/// <summary>Which built-in, model-free behaviour a player shows.</summary>
public enum ProgrammaticKind
{
    /// <summary>clembench's mock replies: fixed, rule-following, for plumbing.</summary>
    Mock,
    /// <summary>A real strategy where the game has one (e.g. a wordle solver): an upper reference.</summary>
    Programmatic,
}

/// <summary>
/// A "model" whose replies come from the player itself (clembench's CustomResponseModel):
/// <see cref="Games.Player"/> answers with its mock or programmatic response instead of calling out.
/// </summary>
public sealed class ProgrammaticModel(ProgrammaticKind kind) : IModel
{
    public ProgrammaticKind Kind { get; } = kind;
    public ModelSpec Spec { get; } = new(kind == ProgrammaticKind.Mock ? "mock" : "programmatic", "programmatic");
    public GenerationConfig Generation { get; } = GenerationConfig.Default;

    public Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("programmatic replies come from the player, not from the model");
}
