namespace Clem.Analysis.Data;

/// <summary>A model's results joined with what is known about it.</summary>
public sealed class ModelEntry
{
    public required ModelResult Result { get; init; }
    public ModelCharacteristics? Characteristics { get; init; }
    /// <summary>Same-weights key: explicit <c>weights</c>, else derived from the name (<see cref="ModelNames.Parse"/>).</summary>
    public required string WeightsKey { get; init; }
    public required string Access { get; init; }
    /// <summary>Null when unquantised (as far as name and characteristics tell).</summary>
    public string? Quantisation { get; init; }
    public int? QuantBits { get; init; }
    public required string Family { get; init; }

    public string Name => Result.Display;
    public string Key => Result.Key;
    public string Run => Result.Run;
    public double Clemscore => Result.Clemscore;
    public double? ParametersB => Characteristics?.ParametersB;
    public double? TrainingTokensT => Characteristics?.TrainingTokensT;
    public bool? OpenWeights => Characteristics?.OpenWeights;
    public bool HasEpisodes => Result.Episodes != null;
}

/// <summary>
/// Joins the runs with the characteristics by name (<see cref="ModelNames.Key"/>: case, '_' vs '-', pair
/// suffixes and stray spaces do not matter). Every unmatched model is reported, none is dropped silently:
/// it stays in the leaderboard and the access/quantisation comparisons, and is left out only of the
/// analyses that need the missing characteristic.
/// </summary>
public sealed class ModelCatalog
{
    /// <summary>Every (run, model) row, in input order.</summary>
    public required IReadOnlyList<ModelEntry> All { get; init; }
    /// <summary>One row per model (the first run that has it), for analyses across models.</summary>
    public required IReadOnlyList<ModelEntry> Distinct { get; init; }

    public static ModelCatalog Build(IReadOnlyList<RunInput> runs, IReadOnlyList<ModelCharacteristics> characteristics, Diagnostics diag)
    {
        var byKey = new Dictionary<string, ModelCharacteristics>(StringComparer.Ordinal);
        var perSource = new HashSet<(string, string)>();
        foreach (var c in characteristics)
        {
            if (!perSource.Add((c.Source, c.Key)))
            {
                diag.Warn($"{c.Source}: model '{c.Name.Trim()}' is listed more than once; the first row is used");
                continue;
            }
            // Several files about the same model (a sheet and a registry): the first given fills each field first.
            byKey[c.Key] = byKey.TryGetValue(c.Key, out var existing) ? existing.FillFrom(c) : c;
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<ModelEntry>();
        foreach (var run in runs)
        foreach (var r in run.Models)
        {
            ModelCharacteristics? c = null;
            foreach (var key in new[] { r.Key }.Concat(r.Aliases.Select(ModelNames.Key)))
                if (byKey.TryGetValue(key, out c)) { used.Add(key); break; }
            if (c == null && byKey.Count > 0)
                diag.Warn($"no characteristics for '{r.Display}' (run {r.Run}): kept in the leaderboard and comparisons, left out of size/family/open-weights analyses");
            all.Add(Entry(r, c));
        }
        foreach (var (key, c) in byKey)
            if (!used.Contains(key))
                diag.Note($"characteristics of '{c.Name.Trim()}' ({c.Source}) match no model in the results");

        // One row per model for cross-model analyses: the run that covers most games (a partial run of a few
        // games is not the model's benchmark score), the earlier run on ties.
        var distinct = new List<ModelEntry>();
        foreach (var group in all.GroupBy(e => e.Key))
        {
            var chosen = group.OrderByDescending(e => e.Result.Games.Count).First();
            distinct.Add(chosen);
            foreach (var other in group.Where(e => e != chosen))
                diag.Warn($"'{other.Name}' appears in runs {chosen.Run} ({chosen.Result.Games.Count} games) and {other.Run} ({other.Result.Games.Count} games): analyses across models use {chosen.Run}");
        }
        return new ModelCatalog { All = all, Distinct = distinct };
    }

    static ModelEntry Entry(ModelResult r, ModelCharacteristics? c)
    {
        var parts = ModelNames.Parse(r.SourceName);
        var access = c?.Access is { } a ? ModelNames.AccessLabel(a)
            : parts.Access ?? (r.BackendHint is { } b ? ModelNames.AccessLabel(b) : "unspecified");
        // A sheet's "Backend" column is more specific than "remote" only when the name names no provider.
        if (parts.Access != null && c?.Access == null) access = parts.Access;
        string? quant = c?.Quantisation ?? parts.Quantisation;
        int? bits = c?.QuantBits ?? parts.QuantBits;
        if (bits is >= 16) { quant = null; bits = null; }
        var weights = c?.Weights is { } w ? ModelNames.Key(w) : parts.WeightsKey;
        return new ModelEntry
        {
            Result = r, Characteristics = c, WeightsKey = weights, Access = access,
            Quantisation = quant, QuantBits = bits,
            Family = c?.Family?.Trim().ToLowerInvariant() ?? ModelNames.Family(weights),
        };
    }
}
