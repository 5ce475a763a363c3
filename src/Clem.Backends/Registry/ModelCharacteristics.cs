using System.Globalization;
using System.Text.Json.Nodes;

namespace Clem.Backends.Registry;

/// <summary>
/// The model facts the 2024 clembench study related to scores, normalised for analysis: parameter counts
/// and training tokens as numbers, context size in tokens, quantisation as bits + scheme. Read from a
/// registry entry (v2 top-level fields and the Clem.NET additions documented in docs/backends.md) and,
/// for local GGUF files, from the file itself. Recorded as "characteristics" in every run record.
/// </summary>
public sealed record ModelCharacteristics
{
    public double? Parameters { get; init; }
    public double? ActiveParameters { get; init; }
    public string? ParametersSource { get; init; }
    public double? TrainingTokens { get; init; }
    public string? ReleaseDate { get; init; }
    public bool? OpenWeight { get; init; }
    public string? BaseModel { get; init; }
    public string? FineTuningData { get; init; }
    public string? FineTuningMethod { get; init; }
    public bool? InstructionTuned { get; init; }
    public string? Provider { get; init; }
    public string? AccessMethod { get; init; }
    public double? QuantisationBits { get; init; }
    public string? QuantisationScheme { get; init; }
    public string? QuantisationSource { get; init; }
    public long? ContextSize { get; init; }
    public string? License { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];

    public static ModelCharacteristics FromEntry(JsonObject entry)
    {
        var fineTuning = entry["fine_tuning"] as JsonObject;
        var quant = entry["quantisation"] as JsonObject ?? entry["quantization"] as JsonObject;
        var license = entry["license"] switch
        {
            JsonObject o => Str(o["name"]),
            var n => Str(n),
        };
        var parameters = ParseCount(entry["parameters"]);
        return new ModelCharacteristics
        {
            Parameters = parameters,
            ParametersSource = parameters != null ? "registry" : null,
            ActiveParameters = ParseCount(entry["active_parameters"]),
            TrainingTokens = ParseCount(entry["training_tokens"]),
            ReleaseDate = Str(entry["release_date"]),
            OpenWeight = entry["open_weight"] is JsonValue ow && ow.TryGetValue<bool>(out var b) ? b : null,
            BaseModel = Str(entry["base_model"]),
            FineTuningData = Str(fineTuning?["data"]) ?? Str(entry["fine_tuning_data"]),
            FineTuningMethod = Str(fineTuning?["method"]) ?? Str(entry["fine_tuning_method"]),
            InstructionTuned = entry["instruction_tuned"] is JsonValue it && it.TryGetValue<bool>(out var t) ? t : null,
            Provider = Str(entry["provider"]),
            QuantisationBits = quant?["bits"] is JsonValue qb && qb.TryGetValue<double>(out var bits) ? bits : null,
            QuantisationScheme = Str(quant?["scheme"]),
            QuantisationSource = quant != null ? "registry" : null,
            ContextSize = ParseCount(entry["context_size"], kilo: 1024) is { } c ? (long)c : null,
            License = license,
            Languages = EntryFields.Strings(new JsonObject { ["l"] = entry["languages"]?.DeepClone() }, "l"),
        };
    }

    static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    /// <summary>"70B" → 7e10, "1.5T" → 1.5e12, "128k" → 131072 (context sizes count k as 1024), numbers as they are; "" → unknown.</summary>
    public static double? ParseCount(JsonNode? node, double kilo = 1000)
    {
        if (node is not JsonValue v) return null;
        if (v.TryGetValue<double>(out var d)) return d;
        if (!v.TryGetValue<string>(out var s)) return null;
        s = s.Trim().Replace("_", "").Replace(",", "");
        if (s.Length == 0) return null;
        var multiplier = char.ToUpperInvariant(s[^1]) switch
        {
            'K' => kilo,
            'M' => 1e6,
            'B' => 1e9,
            'T' => 1e12,
            _ => 1.0,
        };
        var number = multiplier == 1.0 ? s : s[..^1];
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n * multiplier : null;
    }

    public JsonObject ToJson() => new()
    {
        ["parameters"] = Parameters,
        ["parameters_source"] = ParametersSource,
        ["active_parameters"] = ActiveParameters,
        ["training_tokens"] = TrainingTokens,
        ["release_date"] = ReleaseDate,
        ["open_weight"] = OpenWeight,
        ["base_model"] = BaseModel,
        ["fine_tuning_data"] = FineTuningData,
        ["fine_tuning_method"] = FineTuningMethod,
        ["instruction_tuned"] = InstructionTuned,
        ["provider"] = Provider,
        ["access_method"] = AccessMethod,
        ["quantisation_bits"] = QuantisationBits,
        ["quantisation_scheme"] = QuantisationScheme,
        ["quantisation_source"] = QuantisationSource,
        ["context_size"] = ContextSize,
        ["license"] = License,
        ["languages"] = new JsonArray(Languages.Select(l => (JsonNode)l).ToArray()),
    };

    /// <summary>"70B", "292.8K", "" — for listings.</summary>
    public static string Human(double? count)
    {
        if (count is not { } c) return "";
        foreach (var (unit, scale) in new[] { ("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3) })
            if (c >= scale) return (c / scale).ToString("0.##", CultureInfo.InvariantCulture) + unit;
        return c.ToString("0", CultureInfo.InvariantCulture);
    }
}
