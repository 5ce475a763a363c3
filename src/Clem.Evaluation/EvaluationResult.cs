namespace Clem.Evaluation;

/// <summary>
/// Per (model, game) episode accounting — our addition; clembench silently averages over whatever scores
/// files exist (clemcore issue #80). Written to eval_summary.json, never to results.csv.
/// </summary>
public sealed class EpisodeAccount(string model, string game)
{
    public string Model { get; } = model;
    public string Game { get; } = game;
    /// <summary><c>episode_*</c>/<c>instance_*</c> directories found.</summary>
    public long EpisodeDirs { get; internal set; }
    /// <summary>Episodes whose episode scores went into raw.csv.</summary>
    public long Scored { get; internal set; }
    /// <summary>Episode directories without any <c>*scores.json</c>.</summary>
    public long MissingScores { get; internal set; }
    /// <summary>Scores files that could not be used (invalid JSON, no "episode scores", non-numeric Main Score/Aborted).</summary>
    public long Unreadable { get; internal set; }
    /// <summary>Scores files ignored because another file had the same (model, game, experiment, episode) key.</summary>
    public long Repeated { get; internal set; }
    /// <summary>Episode directories with an <c>error.json</c>.</summary>
    public long ErrorFiles { get; internal set; }
    /// <summary>error.json with kind "infrastructure" (backend/network failure: not the model's fault).</summary>
    public long InfrastructureErrors { get; internal set; }
    /// <summary>error.json with kind "game" (a game or scorer failure).</summary>
    public long GameErrors { get; internal set; }
    /// <summary>error.json with another or no kind, or unreadable.</summary>
    public long OtherErrors { get; internal set; }
}

public enum EvalProblemKind { Unreadable, Repeated, ErrorFile, Unkeyed }

/// <summary>A file the evaluator skipped or flagged, with the reason (path relative to the results directory).</summary>
public sealed record EvalProblem(EvalProblemKind Kind, string Path, string Message);

/// <summary>What <see cref="Evaluator.Run"/> computed and wrote.</summary>
public sealed class EvaluationResult
{
    public required string ResultsDir { get; init; }
    public required ResultsTable Table { get; init; }
    /// <summary>Accounting per (model, game), sorted by model then game.</summary>
    public required IReadOnlyList<EpisodeAccount> Episodes { get; init; }
    /// <summary>Skipped/flagged files (at most <see cref="Evaluator.MaxListedProblems"/> listed; counts are exact).</summary>
    public required IReadOnlyList<EvalProblem> Problems { get; init; }
    public long ScoresFilesFound { get; init; }
    public long EpisodesRead { get; init; }
    public long UnreadableFiles { get; init; }
    public long RepeatedFiles { get; init; }
    public long RawRows { get; init; }
    /// <summary>Set when -g/-m selected a subset: what was re-read and where the other rows came from.</summary>
    public string? IncrementalNote { get; init; }
    public required IReadOnlyList<string> WrittenFiles { get; init; }
}
