namespace Clem.Analysis.Data;

/// <summary>
/// What is known about a model beyond its scores (the study's characteristics sheet, a model registry).
/// Units: parameters in billions, training data in trillions of tokens, context in thousands of tokens.
/// </summary>
public sealed record ModelCharacteristics
{
    public required string Name { get; init; }
    /// <summary>File the record came from (for messages).</summary>
    public required string Source { get; init; }
    public string? Provider { get; init; }
    /// <summary>Total parameters in billions (for mixture-of-experts models: all experts).</summary>
    public double? ParametersB { get; init; }
    public double? ActiveParametersB { get; init; }
    public double? TrainingTokensT { get; init; }
    public DateOnly? ReleaseDate { get; init; }
    public DateOnly? CutoffDate { get; init; }
    public double? ContextK { get; init; }
    /// <summary>True when the weights are published (the study's sheet: Commercial = 0).</summary>
    public bool? OpenWeights { get; init; }
    public bool? Multilingual { get; init; }
    public bool? Multimodal { get; init; }
    public string? BaseModel { get; init; }
    public bool? InstructionTuned { get; init; }
    /// <summary>Instruction-tuning data or method.</summary>
    public string? FineTuning { get; init; }
    public string? Family { get; init; }
    /// <summary>Label of the model within its family (e.g. "3-70b"), from a study config.</summary>
    public string? FamilyLabel { get; init; }
    /// <summary>Serving: backend or provider (e.g. "Groq", "huggingface_local").</summary>
    public string? Access { get; init; }
    public string? Quantisation { get; init; }
    public int? QuantBits { get; init; }
    /// <summary>Explicit same-weights key (overrides the name heuristic of <see cref="ModelNames.Parse"/>).</summary>
    public string? Weights { get; init; }
    public string? License { get; init; }

    public string Key => ModelNames.Key(Name);

    // The facts compared between sources (run records against --models); Name and Source are not facts.
    static readonly (string Field, Func<ModelCharacteristics, object?> Get)[] Facts =
    [
        ("provider", c => c.Provider), ("parameters", c => c.ParametersB), ("active_parameters", c => c.ActiveParametersB),
        ("training_tokens", c => c.TrainingTokensT), ("release_date", c => c.ReleaseDate), ("cutoff_date", c => c.CutoffDate),
        ("context_size", c => c.ContextK), ("open_weight", c => c.OpenWeights), ("multilingual", c => c.Multilingual),
        ("multimodal", c => c.Multimodal), ("instruction_tuned", c => c.InstructionTuned), ("base_model", c => c.BaseModel),
        ("fine_tuning", c => c.FineTuning), ("family", c => c.Family), ("family_label", c => c.FamilyLabel),
        ("access", c => c.Access is { } a ? ModelNames.AccessLabel(a) : null), ("quantisation", c => c.Quantisation),
        ("quantisation_bits", c => c.QuantBits), ("weights", c => c.Weights), ("license", c => c.License),
    ];

    /// <summary>Facts both records state differently ("parameters 70 vs 8"); numbers within 1 % agree ("8B" vs a GGUF's 8.03e9).</summary>
    public IReadOnlyList<string> Conflicts(ModelCharacteristics other) =>
        Facts.Select(f => (f.Field, Mine: f.Get(this), Theirs: f.Get(other)))
            .Where(x => x.Mine != null && x.Theirs != null && !Agree(x.Mine, x.Theirs))
            .Select(x => $"{x.Field} {Show(x.Mine!)} vs {Show(x.Theirs!)}").ToList();

    /// <summary>Facts <paramref name="other"/> states that this record lacks.</summary>
    public IReadOnlyList<string> FilledBy(ModelCharacteristics other) =>
        Facts.Where(f => f.Get(this) == null && f.Get(other) != null).Select(f => f.Field).ToList();

    static bool Agree(object a, object b) => (a, b) switch
    {
        (double x, double y) => Math.Abs(x - y) <= 0.01 * Math.Max(Math.Abs(x), Math.Abs(y)),
        (string x, string y) => string.Equals(x.Trim(), y.Trim(), StringComparison.OrdinalIgnoreCase),
        _ => a.Equals(b),
    };

    static string Show(object v) => v switch
    {
        double d => d.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => $"'{v}'",
    };

    /// <summary>Fields of <paramref name="other"/> fill the ones this record lacks.</summary>
    public ModelCharacteristics FillFrom(ModelCharacteristics other) => this with
    {
        Provider = Provider ?? other.Provider,
        ParametersB = ParametersB ?? other.ParametersB,
        ActiveParametersB = ActiveParametersB ?? other.ActiveParametersB,
        TrainingTokensT = TrainingTokensT ?? other.TrainingTokensT,
        ReleaseDate = ReleaseDate ?? other.ReleaseDate,
        CutoffDate = CutoffDate ?? other.CutoffDate,
        ContextK = ContextK ?? other.ContextK,
        OpenWeights = OpenWeights ?? other.OpenWeights,
        Multilingual = Multilingual ?? other.Multilingual,
        Multimodal = Multimodal ?? other.Multimodal,
        InstructionTuned = InstructionTuned ?? other.InstructionTuned,
        BaseModel = BaseModel ?? other.BaseModel,
        FineTuning = FineTuning ?? other.FineTuning,
        Family = Family ?? other.Family,
        FamilyLabel = FamilyLabel ?? other.FamilyLabel,
        Access = Access ?? other.Access,
        Quantisation = Quantisation ?? other.Quantisation,
        QuantBits = QuantBits ?? other.QuantBits,
        Weights = Weights ?? other.Weights,
        License = License ?? other.License,
        Source = Source == other.Source ? Source : Source + " + " + other.Source,
    };
}
