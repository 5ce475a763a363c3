using System.Text;
using Clem.Analysis.Stats;
using Clem.Analysis.Study;
using static Clem.Analysis.Report.Md;

namespace Clem.Analysis.Report;

internal static class ComparisonReport
{
    public static void Write(StringBuilder sb, string title, ComparisonSection s, string prefix, IReadOnlyCollection<string> figs, bool equivalence, Provenance p)
    {
        sb.AppendLine($"## {title}").AppendLine();
        if (s.Unavailable != null) { sb.AppendLine($"Not available: {Esc(s.Unavailable)}.").AppendLine(); return; }
        if (s.Conclusion != null) sb.AppendLine($"**Summary.** {Esc(s.Conclusion)}").AppendLine();
        if (equivalence)
            sb.AppendLine($"Equivalence margin: ±{F(p.EquivalenceMargin)} points (clemscore, % played and quality alike; set with `--margin`).").AppendLine();
        Figure(sb, figs, prefix, title[(title.IndexOf(' ') + 1)..] + ": clemscore of each variant" + (s.Groups.Any(g => g.Variants.Any(v => v.Intervals != null)) ? " with 95% bootstrap intervals." : "."));
        if (equivalence)
            Figure(sb, figs, "quantisation_differences", "Clemscore difference of each quantised variant from its reference, against the equivalence margin" +
                (s.Groups.SelectMany(g => g.Comparisons).Any(c => c.Paired != null) ? " (thick: 90% interval used by the TOST; thin: 95%)." : " (tables only: no intervals)."));
        foreach (var g in s.Groups)
        {
            sb.AppendLine($"### Weights: {Esc(g.Weights)}").AppendLine();
            Table(sb, ["model", "run", equivalence ? "precision / serving" : "access", "clemscore", "95% CI", "% played", "quality", "episodes"],
                g.Variants.Select(v => (IReadOnlyList<string>)[Esc(v.Model) + (v.Model == g.Reference ? " (reference)" : ""), Esc(v.Run), Esc(v.Label), F(v.Clemscore),
                    v.Intervals == null ? "–" : Ci(v.Intervals.Clemscore.Low, v.Intervals.Clemscore.High), F(v.PercentPlayed), F(v.Quality),
                    v.HasEpisodes ? v.Intervals?.Episodes.ToString() ?? "yes" : "table only"]), "lllrrrrr");
            Table(sb, ["comparison (second − first)", "Δ clemscore", "via % played", "via quality", "Δ % played", "Δ quality", "largest contribution"],
                g.Comparisons.Select(c => (IReadOnlyList<string>)[$"{Esc(c.Second)} − {Esc(c.First)}", Signed(c.Table.Difference), Signed(c.Table.PlayedPart), Signed(c.Table.QualityPart),
                    Signed(c.Table.PlayedDifference), Signed(c.Table.QualityDifference), Esc(c.Table.Driver)]), "lrrrrrl");
            var paired = g.Comparisons.Where(c => c.Paired != null).ToList();
            if (paired.Count > 0)
            {
                sb.AppendLine("Paired on shared instances (bootstrap CI, permutation p" + (equivalence ? ", TOST" : "") + "):").AppendLine();
                var header = new List<string> { "comparison", "shared instances", "metric", "Δ", "95% CI", "90% CI", "permutation p" };
                if (equivalence) header.AddRange(["TOST p", $"equivalent (±{F(p.EquivalenceMargin)})"]);
                Table(sb, header, paired.SelectMany(c => new[] { c.Paired!.Clemscore, c.Paired.PercentPlayed, c.Paired.Quality }.Select(t =>
                {
                    var row = new List<string> { $"{Esc(c.Second)} − {Esc(c.First)}", c.Paired.SharedInstances.ToString(), t.Metric, Signed(t.Difference), Ci(t.Ci95Low, t.Ci95High), Ci(t.Ci90Low, t.Ci90High), P(t.PermutationP) };
                    if (equivalence) row.AddRange([t.TostP is { } tp ? P(tp) : "–", t.Equivalent switch { true => "yes", false => "no", null => "–" }]);
                    return (IReadOnlyList<string>)row;
                })), "lrlrrrr");
            }
            var unavailable = g.Comparisons.Where(c => c.PairedUnavailable != null).ToList();
            if (unavailable.Count > 0 && g.Variants.All(v => !v.HasEpisodes))
                sb.AppendLine("No intervals or tests for this group: all its models come from tables without per-episode scores.").AppendLine();
            else
            {
                foreach (var c in unavailable) sb.AppendLine($"- {Esc(c.Second)} − {Esc(c.First)}: no intervals — {Esc(c.PairedUnavailable)}.");
                if (unavailable.Count > 0) sb.AppendLine();
            }
            PerGame(sb, g);
            Figure(sb, figs, $"{prefix}_{System.Text.RegularExpressions.Regex.Replace(g.Weights.ToLowerInvariant(), "[^a-z0-9]+", "_").Trim('_')}_games",
                $"{g.Weights}: % played (top) and quality (bottom) per game for each variant.");
        }
    }

    /// <summary>Per-game cells of every variant and, per comparison with a reference, where the difference comes from.</summary>
    static void PerGame(StringBuilder sb, VariantGroup g)
    {
        var games = g.Variants.SelectMany(v => v.Games.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var header = new List<string> { "game" };
        foreach (var v in g.Variants) header.Add($"{Esc(v.Model)}: played / quality");
        Table(sb, header, games.Select(game =>
        {
            var row = new List<string> { Esc(game) };
            foreach (var v in g.Variants)
                row.Add(v.Games.TryGetValue(game, out var s) ? $"{F(s.PercentPlayed)} / {F(s.Quality)}" : "not run");
            return (IReadOnlyList<string>)row;
        }), "l" + new string('r', g.Variants.Count));
        var withRef = g.Comparisons.Where(c => c.First == g.Reference && c.Table.Games.Any(x => x.PlayedContribution != null || x.QualityContribution != null)).ToList();
        if (withRef.Count == 0) return;
        sb.AppendLine("Contribution of each game to the clemscore difference from the reference (points; via % played / via quality):").AppendLine();
        var h2 = new List<string> { "game" };
        h2.AddRange(withRef.Select(c => Esc(c.Second)));
        Table(sb, h2, games.Select(game =>
        {
            var row = new List<string> { Esc(game) };
            foreach (var c in withRef)
            {
                var d = c.Table.Games.FirstOrDefault(x => x.Game == game);
                row.Add(d == null || (d.PlayedContribution == null && d.QualityContribution == null) ? "–" : $"{F(d.PlayedContribution)} / {F(d.QualityContribution)}");
            }
            return (IReadOnlyList<string>)row;
        }), "l" + new string('r', withRef.Count));
    }
}
