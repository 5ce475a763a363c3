using Clem.Analysis.Stats;

namespace Clem.Analysis.Study;

/// <summary>Everything the report shows; serialised whole to analysis.json.</summary>
public sealed class AnalysisResult
{
    public required Provenance Provenance { get; init; }
    public required Leaderboard Leaderboard { get; init; }
    public required SizeSection Size { get; init; }
    public required BucketSection Buckets { get; init; }
    public required FamilySection Families { get; init; }
    public required SameBaseSection SameBase { get; init; }
    public required ComparisonSection Access { get; init; }
    public required ComparisonSection Quantisation { get; init; }
    public required OpenClosedSection OpenClosed { get; init; }
    public required IReadOnlyList<string> Warnings { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }
    /// <summary>Figure files written next to the report (base names; each as .png and .svg).</summary>
    public List<string> Figures { get; } = [];
}

public sealed record InputInfo(string Label, string Path, string Kind, int Models, int ModelsWithEpisodes, int Episodes);

public sealed record Provenance(
    string Tool, int Seed, int Resamples, double EquivalenceMargin, IReadOnlyList<InputInfo> Runs, IReadOnlyList<string> CharacteristicsFiles);

// ---- leaderboard ------------------------------------------------------------------------------------

public sealed record LeaderboardRow(
    string Run, string Model, double Clemscore, double PercentPlayed, double Quality, int? Episodes,
    double? ParametersB, bool? OpenWeights, ModelIntervals? Intervals);

public sealed record Leaderboard(IReadOnlyList<LeaderboardRow> Rows, bool AnyIntervals, string? IntervalNote);

// ---- 1. size ----------------------------------------------------------------------------------------

public sealed record SizedModel(string Model, double ParametersB, double? TrainingTokensT, double Clemscore, bool InFitSample);

public sealed record SizeResidual(string Model, double ParametersB, double Clemscore, double Predicted, double Residual, bool InFitSample);

public sealed record RegressionReport(string Formula, string Sample, OlsFit Fit);

public sealed record SizeSection(
    string? Unavailable,
    IReadOnlyList<SizedModel> Models,
    RegressionReport? Parameters,
    RegressionReport? ParametersAndData,
    RegressionReport? ParametersAllModels,
    IReadOnlyList<CorrelationResult> Correlations,
    IReadOnlyList<CorrelationResult> CorrelationsAllModels,
    IReadOnlyList<SizeResidual> Residuals);

// ---- 2. buckets -------------------------------------------------------------------------------------

public sealed record BucketModel(string Model, double ParametersB, double Clemscore);

public sealed record Bucket(string Label, double LowerExclusive, double UpperInclusive, IReadOnlyList<BucketModel> Models, Summary Summary);

public sealed record BucketSection(string? Unavailable, IReadOnlyList<Bucket> Buckets, int Outside);

// ---- 3. families ------------------------------------------------------------------------------------

public sealed record FamilyMember(string Model, string Label, DateOnly? ReleaseDate, double Clemscore, double? ParametersB);

public sealed record Family(string Name, IReadOnlyList<FamilyMember> Members, double? ChangePerYear);

public sealed record FamilySection(string? Unavailable, IReadOnlyList<Family> Families);

// ---- 4. same base -----------------------------------------------------------------------------------

public sealed record FineTune(string Model, string Tuning, bool Official, double Clemscore, double PercentPlayed, double Quality, double? DifferenceToOfficial);

public sealed record BaseGroup(string BaseModel, IReadOnlyList<FineTune> Members, double Spread);

public sealed record SameBaseSection(string? Unavailable, IReadOnlyList<BaseGroup> Groups);

// ---- 5./6. access and quantisation ------------------------------------------------------------------

public sealed record Variant(string Model, string Run, string Label, int? Bits, double Clemscore, double PercentPlayed, double Quality, bool HasEpisodes, ModelIntervals? Intervals,
    IReadOnlyDictionary<string, Data.GameScore> Games);

public sealed record Comparison(string First, string Second, TableDifference Table, PairedResult? Paired, string? PairedUnavailable);

public sealed record VariantGroup(string Weights, string Reference, IReadOnlyList<Variant> Variants, IReadOnlyList<Comparison> Comparisons);

public sealed record ComparisonSection(string? Unavailable, IReadOnlyList<VariantGroup> Groups, string? Conclusion);

// ---- 7. open vs closed ------------------------------------------------------------------------------

public sealed record GameGroupDifference(string Game, GroupDifference? PercentPlayed, GroupDifference? Quality);

public sealed record GroupMember(string Model, double Clemscore, double PercentPlayed, double Quality);

public sealed record OpenClosedSection(
    string? Unavailable, IReadOnlyList<GroupMember> Open, IReadOnlyList<GroupMember> Closed,
    GroupDifference? Clemscore, GroupDifference? PercentPlayed, GroupDifference? Quality,
    IReadOnlyList<GameGroupDifference> PerGame, IReadOnlyList<LeaderboardRow> Top);
