using Clem.Testing;
using Xunit;
using static Clem.Evaluation.Tests.Fixtures;

namespace Clem.Evaluation.Tests;

/// <summary>The table rules of §2.2 on small synthetic results trees.</summary>
public class TableRulesTests
{
    const string M = "m-t0.0--m-t0.0";

    [Fact]
    public void AllAbortedGameCountsZeroPlayedButIsSkippedInQuality()
    {
        var root = SharedData.TempDir("clem-eval");
        Write(root, M, "alpha", "0_x", "episode_0", Aborted());
        Write(root, M, "alpha", "0_x", "episode_1", Aborted());
        Write(root, M, "beta", "0_x", "episode_0", Played(50));
        Write(root, M, "beta", "0_x", "episode_1", Played(100));

        var result = Evaluator.Run(root);

        var m = Assert.Single(result.Table.Models);
        var alpha = m.Games.Single(g => g.Game == "alpha");
        Assert.Equal(0.0, alpha.PercentPlayed);
        Assert.True(double.IsNaN(alpha.Quality));
        Assert.Equal(50.0, m.AveragePercentPlayed);   // (0 + 100) / 2: the 0 counts
        Assert.Equal(75.0, m.AverageQuality);         // NaN skipped, not 0 (which would give 37.5)
        Assert.Equal(37.5, m.Clemscore);
        var (header, rows) = ReadTable(Path.Combine(root, Evaluator.ResultsCsv));
        Assert.Equal(new[] { "", "-, clemscore", "all, Average % Played", "all, Average Quality Score",
            "alpha, % Played", "alpha, Quality Score", "alpha, Quality Score (std)",
            "beta, % Played", "beta, Quality Score", "beta, Quality Score (std)" }, header);
        Assert.Equal(new[] { M, "37.5", "50.0", "75.0", "0.0", "", "", "100.0", "75.0", "35.36" }, rows[M]);
    }

    [Fact]
    public void MacroMeanIsOverRoundedPerGameValuesAndRoundsHalfToEven()
    {
        var root = SharedData.TempDir("clem-eval");
        // g1: 2 of 3 played → 66.666… → 66.67; g2: 1 of 3 → 33.33; macro: (66.67 + 33.33) / 2 = 50.0
        // (the unrounded 50.0 would agree here; quality below is where rounding order matters).
        Write(root, M, "g1", "0_x", "episode_0", Played(0.125));
        Write(root, M, "g1", "0_x", "episode_1", Played(0.125));
        Write(root, M, "g1", "0_x", "episode_2", Aborted());
        Write(root, M, "g2", "0_x", "episode_0", Played(0.375));
        Write(root, M, "g2", "0_x", "episode_1", Aborted());
        Write(root, M, "g2", "0_x", "episode_2", Aborted());

        var m = Assert.Single(Evaluator.Run(root).Table.Models);

        Assert.Equal(66.67, m.Games[0].PercentPlayed);
        Assert.Equal(33.33, m.Games[1].PercentPlayed);
        // numpy round: 0.125·100 = 12.5 → 12 (half to even), 0.375·100 = 37.5 → 38.
        Assert.Equal(0.12, m.Games[0].Quality);
        Assert.Equal(0.38, m.Games[1].Quality);
        Assert.Equal(0.25, m.AverageQuality); // mean of the rounded 0.12 and 0.38 (the raw ones give 0.25 too)
        Assert.Equal(50.0, m.AveragePercentPlayed);
        Assert.Equal(0.12, m.Clemscore);      // 0.5 · 0.25 = 0.125 → 12.5 → 12
        Assert.True(double.IsNaN(m.Games[1].QualityStd)); // one value: std undefined
    }

    [Fact]
    public void WithoutStdTheStdColumnsAreLeftOut()
    {
        var root = SharedData.TempDir("clem-eval");
        Write(root, M, "g", "0_x", "episode_0", Played(10));
        Write(root, M, "g", "0_x", "episode_1", Played(20));

        Evaluator.Run(root, new EvalOptions { IncludeStd = false });

        var (header, rows) = ReadTable(Path.Combine(root, Evaluator.ResultsCsv));
        Assert.Equal(new[] { "", "-, clemscore", "all, Average % Played", "all, Average Quality Score", "g, % Played", "g, Quality Score" }, header);
        Assert.Equal(new[] { M, "15.0", "100.0", "15.0", "100.0", "15.0" }, rows[M]);
    }

    [Fact]
    public void RowsSortByModelNameAndNamesAreQuotedAndEscaped()
    {
        var root = SharedData.TempDir("clem-eval");
        const string odd = "b,<script>\"x\"";
        Write(root, odd, "g", "0_x", "episode_0", Played(10));
        Write(root, "a", "g", "0_x", "episode_0", Played(20));
        Write(root, "B", "g", "0_x", "episode_0", Played(30));

        Evaluator.Run(root);

        var lines = File.ReadAllLines(Path.Combine(root, Evaluator.ResultsCsv));
        Assert.StartsWith("B,", lines[1]);        // code-point order: uppercase first
        Assert.StartsWith("a,", lines[2]);
        Assert.StartsWith("\"b,<script>\"\"x\"\"\",", lines[3]);
        var html = File.ReadAllText(Path.Combine(root, Evaluator.ResultsHtml));
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<th>b,&lt;script&gt;&quot;x&quot;</th>", html);
        Assert.Contains(Fixtures.ReadCsv(Path.Combine(root, Evaluator.RawCsv)), r => r[2] == odd);
    }

    [Fact]
    public void RawCsvIsInNaturalOrderWithPlayedRowsLast()
    {
        var root = SharedData.TempDir("clem-eval");
        foreach (var i in new[] { 10, 2, 1 })
            Write(root, M, "g", "10_late", $"episode_{i}", Played(i));
        Write(root, M, "g", "2_early", "episode_0", ScoresJson("\"Main Score\": 1, \"Aborted\": 0, \"Note\": \"free text, quoted\", \"Flag\": true, \"Empty\": null"));

        Evaluator.Run(root);

        var rows = ReadCsv(Path.Combine(root, Evaluator.RawCsv)).Skip(1).ToList();
        Assert.Equal(new[] { "2_early", "10_late", "10_late", "10_late" },
            rows.Where(r => r[5] == "Main Score").Select(r => r[3]));
        Assert.Equal(new[] { "episode_0", "episode_1", "episode_2", "episode_10" },
            rows.Where(r => r[5] == "Main Score").Select(r => r[4]));
        Assert.Equal(new[] { "1.0", "0.0", "free text, quoted", "True", "" }, rows.Take(5).Select(r => r[6]));
        Assert.Equal(4, rows.Count(r => r[5] == Metrics.Played));
        Assert.True(rows.SkipWhile(r => r[5] != Metrics.Played).All(r => r[5] == Metrics.Played));
        Assert.Contains("\"free text, quoted\"", File.ReadAllText(Path.Combine(root, Evaluator.RawCsv)));
    }
}
