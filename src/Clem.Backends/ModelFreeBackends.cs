using System.Text.Json.Nodes;
using Clem.Core.Models;

namespace Clem.Backends;

/// <summary><c>programmatic</c>: replies come from the game's own players (mock = clembench's fixed replies, programmatic = a real strategy).</summary>
public sealed class ProgrammaticBackend : IModelBackend
{
    public static readonly string[] MockNames = ["mock", "dry_run", "custom", "_slurk_response"];
    public const string ProgrammaticName = "programmatic";

    public string Name => "programmatic";
    public IReadOnlyList<string> Aliases => ["mock"];
    public string Description => "model-free players: -m mock (clembench's mock replies), -m programmatic (the game's own strategy)";

    public IModel Create(JsonObject entry, GenerationConfig generation, BackendContext context) =>
        new ProgrammaticModel(entry["model_name"]?.GetValue<string>() == ProgrammaticName ? ProgrammaticKind.Programmatic : ProgrammaticKind.Mock);
}

/// <summary><c>human</c>: a person types the replies in the terminal.</summary>
public sealed class HumanBackend : IModelBackend
{
    public static readonly string[] Names = ["human", "terminal"];

    public string Name => "human";
    public string Description => "a person types the replies in the terminal (-m human)";

    public IModel Create(JsonObject entry, GenerationConfig generation, BackendContext context) => new HumanModel();
}

/// <summary><c>replay</c>: recorded replies fed back in order; created by <c>clem replay</c>, not by -m.</summary>
public sealed class ReplayBackend : IModelBackend
{
    public string Name => "replay";
    public string Description => "recorded replies of an episode, fed back in order (used by clem replay)";

    public IModel Create(JsonObject entry, GenerationConfig generation, BackendContext context) =>
        throw new ClemUserException("replay models are created by `clem replay <episode>` from a recorded episode, not with -m");
}
