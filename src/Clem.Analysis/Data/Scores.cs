namespace Clem.Analysis.Data;

/// <summary>One game's cells of a results table (clembench §2.2: rounded to 2 decimals).</summary>
public sealed record GameScore(double PercentPlayed, double Quality, double QualityStd);

/// <summary>
/// The two numbers of one episode that the clemscore uses. <see cref="Aborted"/> is NaN when the episode
/// logged none (clembench then leaves it out of % played); <see cref="MainScore"/> is NaN when aborted.
/// </summary>
public readonly record struct EpisodeScore(string Game, string Experiment, string Episode, double Aborted, double MainScore)
{
    public (string Game, string Experiment, string Episode) Instance => (Game, Experiment, Episode);
}

/// <summary>One model's results in one run: the table row and, when the run has them, its episodes.</summary>
public sealed class ModelResult
{
    public required string Run { get; init; }
    /// <summary>The name as the source wrote it (pair directory or sheet name).</summary>
    public required string SourceName { get; init; }
    public required double Clemscore { get; init; }
    public required double PercentPlayed { get; init; }
    public required double Quality { get; init; }
    public required IReadOnlyDictionary<string, GameScore> Games { get; init; }
    /// <summary>Per-episode scores, or null when the run only gave a table.</summary>
    public IReadOnlyList<EpisodeScore>? Episodes { get; init; }
    /// <summary>Backend/provider as a sheet names it ("Backend" column), if any.</summary>
    public string? BackendHint { get; init; }
    public string? ProviderHint { get; init; }
    /// <summary>Other names this row is known by (e.g. the sheet's <c>cllm_pairs</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string Key => ModelNames.Key(SourceName);
    public string Display => ModelNames.Display(SourceName);
}

/// <summary>One <c>-r</c> input after reading.</summary>
public sealed class RunInput
{
    public required string Label { get; init; }
    public required string Path { get; init; }
    /// <summary>What was read: "results table", "study sheet", "raw.csv", "scores.json tree".</summary>
    public required string Kind { get; init; }
    public required IReadOnlyList<ModelResult> Models { get; init; }
    public bool HasEpisodes => Models.Any(m => m.Episodes != null);
}
