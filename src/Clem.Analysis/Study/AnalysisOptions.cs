namespace Clem.Analysis.Study;

/// <summary>Settings that change numbers; all are recorded in the report and the JSON.</summary>
public sealed record AnalysisOptions
{
    public const int DefaultSeed = 2024;
    public const int DefaultResamples = 2000;
    public const double DefaultMargin = 5.0;

    /// <summary>Seed of every random stream (bootstrap, permutations): same inputs + seed → identical numbers.</summary>
    public int Seed { get; init; } = DefaultSeed;
    /// <summary>Bootstrap resamples and permutations per test.</summary>
    public int Resamples { get; init; } = DefaultResamples;
    /// <summary>Equivalence margin (points on the 0–100 scales) for the quantisation TOST.</summary>
    public double EquivalenceMargin { get; init; } = DefaultMargin;

    /// <summary>Upper edges (billions of parameters, inclusive) of the study's size buckets.</summary>
    public static readonly (string Label, double Upper)[] SizeBuckets =
    [
        ("tiny (≤6B)", 6), ("very small (6–10B]", 10), ("small (10–60B]", 60), ("medium (60–100B]", 100),
        ("large (100–200B]", 200), ("very large (200–1000B]", 1000), ("huge (1000–2000B]", 2000),
    ];
}
