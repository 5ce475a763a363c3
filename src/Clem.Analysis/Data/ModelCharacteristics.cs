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
