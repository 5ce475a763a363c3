using System.Globalization;
using System.Text;
using Clem.Analysis.Study;
using static Clem.Analysis.Report.Md;

namespace Clem.Analysis.Report;

internal static class LineageReport
{
    public static void Write(StringBuilder sb, FamilySection f, SameBaseSection s, IReadOnlyCollection<string> figs)
    {
        sb.AppendLine("## 3. Families and versions").AppendLine();
        if (f.Unavailable != null) sb.AppendLine($"Not available: {Esc(f.Unavailable)}.").AppendLine();
        else
        {
            sb.AppendLine("Families with at least two models that have a release date, by release date (trend = least-squares change per year, given three or more release dates).").AppendLine();
            Table(sb, ["family", "models (release → clemscore)", "trend / year"],
                f.Families.Select(x => (IReadOnlyList<string>)[Esc(x.Name),
                    Esc(string.Join("; ", x.Members.Select(m => $"{m.Label} ({m.ReleaseDate?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "?"}) {F(m.Clemscore)}"))),
                    x.ChangePerYear is { } c ? Signed(c) : "–"]), "llr");
            Figure(sb, figs, "families", "clemscore by model family over release date.");
        }

        sb.AppendLine("## 4. Same base model, different fine-tuning").AppendLine();
        if (s.Unavailable != null) { sb.AppendLine($"Not available: {Esc(s.Unavailable)}.").AppendLine(); return; }
        foreach (var g in s.Groups)
        {
            sb.AppendLine($"**Base: {Esc(g.BaseModel)}** — spread {F(g.Spread)} clemscore points.").AppendLine();
            Table(sb, ["model", "fine-tuning data / method", "clemscore", "vs base's own instruct", "% played", "quality"],
                g.Members.Select(m => (IReadOnlyList<string>)[Esc(m.Model) + (m.Official ? " (official)" : ""), Esc(m.Tuning), F(m.Clemscore),
                    m.Official ? "–" : m.DifferenceToOfficial is { } d ? Signed(d) : "–", F(m.PercentPlayed), F(m.Quality)]), "llrrrr");
        }
        Figure(sb, figs, "same_base", "Models sharing a base model: the base's own instruct release and further fine-tunes.");
    }
}
