using Clem.Analysis.Data;

namespace Clem.Analysis.Study;

/// <summary>§3 families and versions over release date; §4 same base model, different fine-tuning.</summary>
internal static class LineageAnalysis
{
    public static FamilySection Families(ModelCatalog catalog)
    {
        var dated = catalog.Distinct.Where(e => e.Characteristics?.ReleaseDate != null && !double.IsNaN(e.Clemscore)).ToList();
        if (dated.Count == 0) return new FamilySection("no model has a release date in the characteristics", []);
        var families = dated.GroupBy(e => e.Family)
            .Where(g => g.Count() >= 2)
            .Select(g =>
            {
                var members = g.OrderBy(e => e.Characteristics!.ReleaseDate).ThenBy(e => e.Name, StringComparer.Ordinal)
                    .Select(e => new FamilyMember(e.Name, e.Characteristics!.FamilyLabel ?? e.Name, e.Characteristics.ReleaseDate, e.Clemscore, e.ParametersB))
                    .ToList();
                return new Family(g.Key, members, ChangePerYear(members));
            })
            .OrderByDescending(f => f.Members.Max(m => m.Clemscore)).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        return families.Count == 0
            ? new FamilySection("no family has two models with release dates", [])
            : new FamilySection(null, families);
    }

    /// <summary>Least-squares slope of clemscore over time (points per year), when at least three distinct dates exist.</summary>
    static double? ChangePerYear(List<FamilyMember> m)
    {
        var x = m.Select(v => v.ReleaseDate!.Value.DayNumber / 365.25).ToArray();
        if (x.Distinct().Count() < 3) return null;
        var y = m.Select(v => v.Clemscore).ToArray();
        double mx = x.Average(), my = y.Average();
        double sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum(), sxx = x.Sum(a => (a - mx) * (a - mx));
        return sxy / sxx;
    }

    /// <summary>
    /// Groups models by the base model their characteristics name (followed through intermediate fine-tunes,
    /// e.g. starling → openchat-3.5 → mistral-7b-v0.1), together with the base's own instruct release
    /// (the unquantised model whose weights key equals the base's).
    /// </summary>
    public static SameBaseSection SameBase(ModelCatalog catalog, IReadOnlyList<ModelCharacteristics> characteristics)
    {
        var charByKey = new Dictionary<string, ModelCharacteristics>(StringComparer.Ordinal);
        foreach (var c in characteristics) charByKey.TryAdd(c.Key, c);
        var tuned = catalog.Distinct.Where(e => e.Characteristics?.BaseModel != null && !double.IsNaN(e.Clemscore)).ToList();
        if (tuned.Count == 0) return new SameBaseSection("no characteristics name a base model", []);
        var groups = new Dictionary<string, List<(ModelEntry Entry, string Via)>>(StringComparer.Ordinal);
        foreach (var e in tuned)
        {
            var (root, via) = Root(e.Characteristics!.BaseModel!, charByKey);
            var key = ModelNames.Parse(root).WeightsKey;
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add((e, via));
        }
        var result = new List<BaseGroup>();
        foreach (var (baseKey, list) in groups.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var official = catalog.Distinct
                .Where(e => e.WeightsKey == baseKey && e.Characteristics?.BaseModel == null && e.Quantisation == null && !double.IsNaN(e.Clemscore))
                .OrderBy(e => e.Access == "HF transformers (local)" ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal).FirstOrDefault();
            var members = new List<FineTune>();
            if (official != null)
                members.Add(new FineTune(official.Name, "the base model's own instruction tuning", true,
                    official.Clemscore, official.Result.PercentPlayed, official.Result.Quality, 0));
            foreach (var (e, via) in list.OrderByDescending(p => p.Entry.Clemscore))
            {
                var tuning = e.Characteristics!.FineTuning ?? "(tuning data not stated)";
                if (via.Length > 0) tuning += $" (on {via})";
                members.Add(new FineTune(e.Name, tuning, false, e.Clemscore, e.Result.PercentPlayed, e.Result.Quality,
                    official == null ? null : e.Clemscore - official.Clemscore));
            }
            if (members.Count < 2) continue;
            var baseName = list[0].Entry.Characteristics!.BaseModel!;
            var rootName = Root(baseName, charByKey).Root;
            result.Add(new BaseGroup(rootName, members, members.Max(m => m.Clemscore) - members.Min(m => m.Clemscore)));
        }
        return result.Count == 0
            ? new SameBaseSection("no base model has two or more scored models", [])
            : new SameBaseSection(null, result.OrderByDescending(g => g.Members.Count).ThenBy(g => g.BaseModel, StringComparer.Ordinal).ToList());
    }

    /// <summary>Follows base-model links through models that are themselves fine-tunes; returns the root and the chain below it.</summary>
    static (string Root, string Via) Root(string baseModel, Dictionary<string, ModelCharacteristics> chars)
    {
        var root = baseModel.Trim();
        var via = new List<string>();
        for (int hops = 0; hops < 10 && chars.TryGetValue(ModelNames.Key(root), out var c) && c.BaseModel != null; hops++)
        {
            via.Add(root);
            root = c.BaseModel.Trim();
        }
        return (root, string.Join(" → ", via));
    }
}
