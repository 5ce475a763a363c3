namespace Clem.Core.Models;

/// <summary>
/// How a model is asked to generate. One typed record so that it can also key a response cache later.
/// Defaults are those of every clembench v1.x run: temperature 0, at most 100 new tokens.
/// </summary>
public sealed record GenerationConfig(double Temperature = 0.0, int MaxTokens = 100, int? Seed = null)
{
    public static GenerationConfig Default { get; } = new();
}
