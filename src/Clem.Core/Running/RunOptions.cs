namespace Clem.Core.Running;

/// <summary>How a benchmark run is carried out (the models and game are arguments of the run itself).</summary>
public sealed class RunOptions
{
    public string ResultsDir { get; init; } = "results";

    /// <summary>Only this experiment (by name), or all.</summary>
    public string? Experiment { get; init; }

    /// <summary>Instances file name in the game's in/ folder (without .json); null = the game's default.</summary>
    public string? InstancesName { get; init; }

    /// <summary>Episodes played at once. Episodes are independent; results equal a sequential run's apart from timestamps.</summary>
    public int Parallel { get; init; } = 1;

    /// <summary>Score each episode right after it is played (scores.json); `clem score` can redo it later.</summary>
    public bool Score { get; init; } = true;

    /// <summary>Skip episodes whose interactions.json already exists (continue an interrupted run).</summary>
    public bool Resume { get; init; }

    /// <summary>Run only every <c>ShardCount</c>-th episode starting at <c>ShardIndex</c> (split a run across machines).</summary>
    public int ShardIndex { get; init; }
    public int ShardCount { get; init; } = 1;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Called after each episode (from worker tasks: keep it thread-safe).</summary>
    public Action<EpisodeOutcome>? OnEpisode { get; init; }
}

public enum EpisodeStatus { Completed, Skipped, GameError, InfrastructureError, ScoringError }

public sealed record EpisodeOutcome(string Game, string Experiment, int Episode, string Directory, EpisodeStatus Status, string? Error = null, double? MainScore = null, bool? Aborted = null);

public sealed class RunSummary(string pairDirectory, IReadOnlyList<EpisodeOutcome> episodes)
{
    public string PairDirectory { get; } = pairDirectory;
    public IReadOnlyList<EpisodeOutcome> Episodes { get; } = episodes;
    public int Count(EpisodeStatus status) => Episodes.Count(e => e.Status == status);
}
