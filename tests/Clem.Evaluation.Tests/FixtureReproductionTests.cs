using Clem.Testing;
using Xunit;

namespace Clem.Evaluation.Tests;

/// <summary>Runs the evaluator on clembench's own recorded data and compares with the tables clembench produced.</summary>
public class FixtureReproductionTests
{
    /// <summary>clemcore's evaluator fixture: 817 scores files of Llama-3.1-8B over the 14 v2.0 games.</summary>
    [Fact]
    public void ReproducesClemcoreGoldenResultsCellByCell()
    {
        var golden = SharedData.Clembench("clemeval/golden_results.csv");
        var tree = Fixtures.CopyResultsTree("clemeval/runs");

        var result = Evaluator.Run(tree);

        var model = Assert.Single(result.Table.Models);
        Assert.Equal(28.09, model.Clemscore);
        Assert.Equal(56.8, model.AveragePercentPlayed);
        Assert.Equal(49.46, model.AverageQuality);
        AssertSameTable(golden, Path.Combine(tree, Evaluator.ResultsCsv));
        Assert.Equal(File.ReadAllText(golden), File.ReadAllText(Path.Combine(tree, Evaluator.ResultsCsv)));
        Assert.Equal(817, result.EpisodesRead);
    }

    /// <summary>The v1.6 runs (c4ai on 7 games, two Qwen models on imagegame) with clembench's own results.csv and raw.csv.</summary>
    [Fact]
    public void ReproducesRecordedV16ResultsCsvByteForByte()
    {
        var recorded = SharedData.Clembench("runs-e9a80005/results.csv");
        var tree = Fixtures.CopyResultsTree("runs-e9a80005");

        var result = Evaluator.Run(tree);

        AssertSameTable(recorded, Path.Combine(tree, Evaluator.ResultsCsv));
        Assert.Equal(File.ReadAllText(recorded), File.ReadAllText(Path.Combine(tree, Evaluator.ResultsCsv)));
        var c4ai = result.Table.Models.Single(m => m.Model.StartsWith("c4ai", StringComparison.Ordinal));
        Assert.Equal(26.4, c4ai.Clemscore);
        // Qwen2 aborted every imagegame episode: 0 % played, no quality, so no clemscore.
        var qwen2 = result.Table.Models.Single(m => m.Model.StartsWith("Qwen2", StringComparison.Ordinal));
        Assert.Equal(0.0, qwen2.AveragePercentPlayed);
        Assert.True(double.IsNaN(qwen2.AverageQuality));
        Assert.True(double.IsNaN(qwen2.Clemscore));
    }

    /// <summary>
    /// raw.csv: clembench wrote rows in filesystem order (os.scandir, not reproducible), we write them in natural
    /// (model, game, experiment, episode) order — so rows are compared as a multiset, without the index column.
    /// What must match exactly: header, every (game, model, experiment, episode, metric, value) row with its
    /// count, value formatting (floats as pandas writes them), the index running 0..n-1, and clembench's layout of
    /// all derived Played rows after the logged rows.
    /// </summary>
    [Fact]
    public void ReproducesRecordedV16RawCsvAsMultisetOfRows()
    {
        var recorded = Fixtures.ReadCsv(SharedData.Clembench("runs-e9a80005/raw.csv"));
        var tree = Fixtures.CopyResultsTree("runs-e9a80005");

        Evaluator.Run(tree);
        var ours = Fixtures.ReadCsv(Path.Combine(tree, Evaluator.RawCsv));

        Assert.Equal(recorded[0], ours[0]);
        Assert.Equal(recorded.Count, ours.Count);
        for (int i = 1; i < ours.Count; i++) Assert.Equal((i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ours[i][0]);
        var expected = Multiset(recorded.Skip(1));
        var actual = Multiset(ours.Skip(1));
        foreach (var (row, count) in expected)
            Assert.True(actual.TryGetValue(row, out var n) && n == count, $"row {row} expected {count}×, found {n}×");
        Assert.Equal(expected.Count, actual.Count);

        // Played rows: all at the end, in the order of the Aborted rows, value = 1 − Aborted.
        var logged = ours.Skip(1).TakeWhile(r => r[5] != Metrics.Played).ToList();
        var played = ours.Skip(1 + logged.Count).ToList();
        Assert.All(played, r => Assert.Equal(Metrics.Played, r[5]));
        var aborted = logged.Where(r => r[5] == Metrics.Aborted).ToList();
        Assert.Equal(aborted.Select(r => (r[1], r[2], r[3], r[4])), played.Select(r => (r[1], r[2], r[3], r[4])));
        Assert.Equal(aborted.Select(r => r[6] == "1.0" ? "0.0" : "1.0"), played.Select(r => r[6]));
    }

    static Dictionary<string, int> Multiset(IEnumerable<List<string>> rows)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var key = string.Join("\u001f", r.Skip(1));
            d[key] = d.GetValueOrDefault(key) + 1;
        }
        return d;
    }

    static void AssertSameTable(string expectedPath, string actualPath)
    {
        var (eh, er) = Fixtures.ReadTable(expectedPath);
        var (ah, ar) = Fixtures.ReadTable(actualPath);
        Assert.Equal(eh, ah);
        Assert.Equal(er.Keys.Order(StringComparer.Ordinal), ar.Keys.Order(StringComparer.Ordinal));
        foreach (var (model, cells) in er)
            for (int c = 1; c < eh.Count; c++)
                Assert.True(cells[c] == ar[model][c], $"{model} / {eh[c]}: expected '{cells[c]}', got '{ar[model][c]}'");
    }
}
