using Clem.Analysis.Data;
using Clem.Analysis.Stats;

namespace Clem.Analysis.Study;

/// <summary>
/// §5 the same weights served by different backends/providers and §6 the same weights at different
/// precisions. "Same weights" = same weights key (explicit, or the name with serving, quantisation and
/// instruct/chat tokens removed, see <see cref="ModelNames.Parse"/>).
/// </summary>
internal static class ServingAnalysis
{
    const string LocalHf = "HF transformers (local)";

    public static ComparisonSection Access(ModelCatalog catalog, IReadOnlyDictionary<ModelEntry, ModelIntervals> intervals, AnalysisOptions opt)
    {
        var groups = new List<VariantGroup>();
        foreach (var g in catalog.Distinct.Where(e => e.Quantisation == null).GroupBy(e => e.WeightsKey).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = Order(g).ToList();
            if (members.Count < 2) continue;
            var reference = members[0];
            var variants = members.Select(e => VariantOf(e, e.Access, intervals)).ToList();
            var comparisons = new List<Comparison>();
            for (int i = 0; i < members.Count; i++)
                for (int j = i + 1; j < members.Count; j++)
                    comparisons.Add(Compare(members[i], members[j], opt, margin: null));
            groups.Add(new VariantGroup(g.Key, reference.Name, variants, comparisons));
        }
        if (groups.Count == 0)
            return new ComparisonSection("no two models share weights with different serving (names such as -hf, -groq, -together.ai, -anyscale, or explicit 'weights'/'access' characteristics)", [], null);
        return new ComparisonSection(null, groups, Conclude(groups, equivalence: false, opt));
    }

    public static ComparisonSection Quantisation(ModelCatalog catalog, IReadOnlyDictionary<ModelEntry, ModelIntervals> intervals, AnalysisOptions opt)
    {
        var groups = new List<VariantGroup>();
        foreach (var g in catalog.Distinct.GroupBy(e => e.WeightsKey).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var quantised = g.Where(e => e.Quantisation != null).OrderByDescending(e => e.QuantBits ?? 0).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
            var reference = Order(g.Where(e => e.Quantisation == null)).FirstOrDefault();
            if (quantised.Count == 0 || quantised.Count + (reference == null ? 0 : 1) < 2) continue;
            reference ??= quantised[0];
            var members = new[] { reference }.Concat(quantised.Where(q => q != reference)).ToList();
            var variants = members.Select(e => VariantOf(e, PrecisionLabel(e), intervals)).ToList();
            var comparisons = members.Skip(1).Select(e => Compare(reference, e, opt, opt.EquivalenceMargin)).ToList();
            groups.Add(new VariantGroup(g.Key, reference.Name, variants, comparisons));
        }
        if (groups.Count == 0)
            return new ComparisonSection("no quantised model (names with -q4, -q8, -gguf-…, or a 'quantisation' characteristic) shares weights with another model", [], null);
        return new ComparisonSection(null, groups, Conclude(groups, equivalence: true, opt));
    }

    /// <summary>Reference first: local HF transformers (the unmodified weights), then by name.</summary>
    static IEnumerable<ModelEntry> Order(IEnumerable<ModelEntry> members) =>
        members.Where(e => !double.IsNaN(e.Clemscore) || e.HasEpisodes)
            .OrderBy(e => e.Access == LocalHf ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal);

    public static string PrecisionLabel(ModelEntry e) => e.Quantisation == null
        ? e.Access == LocalHf ? "16-bit (unquantised, HF transformers)" : $"as served ({e.Access}; precision not disclosed)"
        : $"{e.Quantisation}{(e.QuantBits is { } b ? $" ({b}-bit)" : "")}, {e.Access}";

    static Variant VariantOf(ModelEntry e, string label, IReadOnlyDictionary<ModelEntry, ModelIntervals> intervals) =>
        new(e.Name, e.Run, label, e.QuantBits, e.Clemscore, e.Result.PercentPlayed, e.Result.Quality, e.HasEpisodes, intervals.GetValueOrDefault(e), e.Result.Games);

    static Comparison Compare(ModelEntry a, ModelEntry b, AnalysisOptions opt, double? margin)
    {
        var table = TableDifference.Of(a.Result, b.Result);
        if (a.Result.Episodes == null || b.Result.Episodes == null)
        {
            var missing = string.Join(" and ", new[] { a, b }.Where(e => e.Result.Episodes == null).Select(e => $"{e.Name} ({e.Run})"));
            return new Comparison(a.Name, b.Name, table, null, $"per-episode scores missing for {missing}: only the table difference is available");
        }
        var paired = PairedComparison.Compare(a.Name, a.Result.Episodes, b.Name, b.Result.Episodes, opt.Resamples, opt.Seed, margin);
        return new Comparison(a.Name, b.Name, table, paired, paired == null ? "the two share no instance (game, experiment, episode)" : null);
    }

    static string Conclude(List<VariantGroup> groups, bool equivalence, AnalysisOptions opt)
    {
        var comps = groups.SelectMany(g => g.Comparisons).ToList();
        var diffs = comps.Select(c => Math.Abs(c.Table.Difference)).Where(d => !double.IsNaN(d)).ToList();
        var text = $"{comps.Count} comparison(s) in {groups.Count} group(s); |clemscore difference| from the tables: " +
                   (diffs.Count == 0 ? "n/a" : $"median {Percentile.Of(diffs, 0.5):0.00}, largest {diffs.Max():0.00} points.");
        var paired = comps.Where(c => c.Paired != null).ToList();
        if (paired.Count == 0)
            return text + " No pair has per-episode scores on both sides, so there are no intervals or tests: give raw.csv or results directories to get them.";
        int significant = paired.Count(c => c.Paired!.Clemscore.PermutationP < 0.05);
        text += $" With per-episode scores ({paired.Count} pair(s)): {significant} clemscore difference(s) significant at 5 % (permutation test).";
        if (equivalence)
        {
            int eq = paired.Count(c => c.Paired!.Clemscore.Equivalent == true);
            text += $" Equivalent within ±{opt.EquivalenceMargin:0.##} clemscore points (TOST, 5 %): {eq} of {paired.Count}.";
        }
        return text;
    }
}
