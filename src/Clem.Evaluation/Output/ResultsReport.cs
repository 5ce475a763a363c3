using System.Globalization;
using System.Text;

namespace Clem.Evaluation.Output;

/// <summary>The plain-text summary <c>clem eval</c> prints: overall table, per-game cells with episode counts, problems.</summary>
public static class ResultsReport
{
    public static string Format(EvaluationResult r, int maxProblems = 10)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{r.EpisodesRead} episodes in the tables; {r.ScoresFilesFound} scores files read under {r.ResultsDir}\n");
        if (r.IncrementalNote != null) sb.Append("Incremental: ").Append(r.IncrementalNote).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"Wrote {string.Join(", ", r.WrittenFiles.Select(Path.GetFileName))} ({r.RawRows} raw rows)\n\n");

        var overall = new List<string[]> { new[] { "model", "clemscore", "% played", "quality" } };
        foreach (var m in r.Table.Models)
            overall.Add([m.Model, Num(m.Clemscore), Num(m.AveragePercentPlayed), Num(m.AverageQuality)]);
        AppendTable(sb, overall);

        sb.Append('\n');
        var accounts = r.Episodes.ToDictionary(a => (a.Model, a.Game));
        var perGame = new List<string[]> { new[] { "model / game", "% played", "quality", "std", "scored", "missing", "unreadable", "errors (infra)" } };
        foreach (var model in r.Episodes.Select(a => a.Model).Distinct())
        {
            var scores = r.Table.Models.FirstOrDefault(m => m.Model == model);
            perGame.Add([model, "", "", "", "", "", "", ""]);
            foreach (var a in r.Episodes.Where(a => a.Model == model))
            {
                var g = scores?.Games.FirstOrDefault(x => x.Game == a.Game);
                perGame.Add(["  " + a.Game,
                    g is { HasPlayed: true } ? Num(g.PercentPlayed) : "-",
                    g is { HasQuality: true } ? Num(g.Quality) : "-",
                    g is { HasQuality: true } ? Num(g.QualityStd) : "-",
                    Int(a.Scored), Int(a.MissingScores), Int(a.Unreadable),
                    $"{Int(a.ErrorFiles)} ({Int(a.InfrastructureErrors)})"]);
            }
        }
        AppendTable(sb, perGame);

        long missing = r.Episodes.Sum(a => a.MissingScores), errors = r.Episodes.Sum(a => a.ErrorFiles),
            infra = r.Episodes.Sum(a => a.InfrastructureErrors);
        sb.Append('\n').Append(CultureInfo.InvariantCulture,
            $"Episodes without scores: {missing}; unreadable scores files: {r.UnreadableFiles}; repeated scores files: {r.RepeatedFiles}; " +
            $"episodes with error.json: {errors} ({infra} infrastructure)\n");
        if (missing + r.UnreadableFiles + r.RepeatedFiles + errors > 0)
            sb.Append("Averages cover only the scored episodes (as clembench's do). Details: eval_summary.json\n");
        foreach (var p in r.Problems.Where(p => p.Kind != EvalProblemKind.ErrorFile).Take(maxProblems))
            sb.Append("  ").Append(p.Path).Append(": ").Append(p.Message).Append('\n');
        return sb.ToString();
    }

    static string Num(double d) => double.IsNaN(d) ? "-" : d.ToString("F2", CultureInfo.InvariantCulture);
    static string Int(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Left-aligned first column, right-aligned numbers, two spaces between columns.</summary>
    static void AppendTable(StringBuilder sb, List<string[]> rows)
    {
        int cols = rows[0].Length;
        var widths = Enumerable.Range(0, cols).Select(c => rows.Max(r => r[c].Length)).ToArray();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var line = new StringBuilder();
            for (int c = 0; c < cols; c++)
            {
                if (c > 0) line.Append("  ");
                line.Append(c == 0 ? row[c].PadRight(widths[c]) : row[c].PadLeft(widths[c]));
            }
            sb.Append(line.ToString().TrimEnd()).Append('\n');
            if (i == 0) sb.Append(new string('-', widths.Sum() + 2 * (cols - 1))).Append('\n');
        }
    }
}
