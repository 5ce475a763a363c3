using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Clem.Cli;
using Clem.Cli.Commands;
using Clem.Testing;
using Xunit;

namespace Clem.Analysis.Tests;

/// <summary>`clem analyze` end to end through the real command definition.</summary>
public class AnalyzeCommandTests
{
    static async Task<int> Clem(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(new AnalyzeCommand().Build());
        return await CliRunner.InvokeAsync(root, args);
    }

    [Fact]
    public async Task StudySheetsAsWrittenGiveReportJsonAndFigures()
    {
        var outDir = SharedData.TempDir("clem-analyze");
        Assert.Equal(0, await Clem("analyze", "-r", Study.Sheet, "--models", Study.Characteristics, "-o", outDir, "-b", "200"));
        var md = File.ReadAllText(Path.Combine(outDir, "analysis.md"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "analysis.json")));
        var fit = json.RootElement.GetProperty("size").GetProperty("parameters").GetProperty("fit");
        Assert.Equal(17, fit.GetProperty("n").GetInt32());
        Assert.Equal(0.570, Math.Round(fit.GetProperty("r_squared").GetDouble(), 3));
        Assert.Contains("R² = 0.570, adjusted R² = 0.541, F(1, 15) = 19.86", md);
        Assert.Contains("R² = 0.680, adjusted R² = 0.634", md);
        Assert.Contains("| tiny (≤6B) | 3 |", md);
        Assert.Contains("meta-llama-3-8b-instruct-gguf-q4", md);
        Assert.Contains("referencegame:", md); // the q4 driver
        Assert.Contains("no per-episode scores, so no confidence intervals", md); // says so instead of inventing intervals
        Assert.Contains("B = 200, seed = 2024", md);
        Assert.Equal(200, json.RootElement.GetProperty("provenance").GetProperty("resamples").GetInt32());
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().Select(f => f.GetString()!).ToList();
        foreach (var name in new[] { "leaderboard", "size_regression", "size_residuals", "size_buckets", "families", "same_base", "access", "quantisation", "open_closed" })
            Assert.Contains(name, figures);
        foreach (var f in figures)
        {
            Assert.Contains($"]({f}.png)", md);
            var png = File.ReadAllBytes(Path.Combine(outDir, f + ".png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
            Assert.True(PngWidth(png) >= 1600, $"{f}.png is {PngWidth(png)} px wide");
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(outDir, f + ".svg")));
        }
    }

    static int PngWidth(byte[] png) => (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];

    [Fact]
    public async Task NumbersAreIdenticalBetweenRuns()
    {
        string a = SharedData.TempDir("clem-analyze"), b = SharedData.TempDir("clem-analyze");
        var runs = SharedData.Clembench("runs-e9a80005");
        foreach (var dir in new[] { a, b })
            Assert.Equal(0, await Clem("analyze", "-r", runs, "-r", Study.V16, "--models", Study.Characteristics, "-o", dir, "-b", "150", "--seed", "99"));
        Assert.Equal(File.ReadAllText(Path.Combine(a, "analysis.json")), File.ReadAllText(Path.Combine(b, "analysis.json")));
        Assert.Equal(File.ReadAllText(Path.Combine(a, "analysis.md")), File.ReadAllText(Path.Combine(b, "analysis.md")));
        var md = File.ReadAllText(Path.Combine(a, "analysis.md"));
        Assert.Contains("R² = 0.571, adjusted R² = 0.542, F(1, 15) = 19.94, p = 0.000453", md);
        // Bootstrap intervals appear where episodes exist.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(a, "analysis.json")));
        var c4ai = json.RootElement.GetProperty("leaderboard").GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("model").GetString() == "c4ai-command-r-08-2024");
        var ci = c4ai.GetProperty("intervals").GetProperty("clemscore");
        Assert.True(ci.GetProperty("low").GetDouble() < 26.4 && 26.4 < ci.GetProperty("high").GetDouble());
        Assert.Contains("| c4ai-command-r-08-2024 | runs-e9a80005 | 26.40 | [", md);
    }

    /// <summary>A quantisation run with episodes: a copy of c4ai's episodes as "q8" (identical) and "q4" (taboo all aborted).</summary>
    [Fact]
    public async Task EpisodesGivePairedTestsAndEquivalence()
    {
        var src = File.ReadAllLines(Path.Combine(SharedData.Clembench("runs-e9a80005"), "raw.csv"));
        var dir = SharedData.TempDir("clem-analyze-run");
        var lines = new List<string> { src[0] };
        int idx = 0;
        foreach (var (name, breakTaboo) in new[] { ("c4ai-command-r-08-2024-hf", false), ("c4ai-command-r-08-2024-gguf-q8", false), ("c4ai-command-r-08-2024-gguf-q4", true) })
            foreach (var line in src.Skip(1).Where(l => l.Contains(",c4ai-command-r-08-2024-t0.0--")))
            {
                var f = line.Split(',');
                f[0] = (idx++).ToString(CultureInfo.InvariantCulture);
                f[2] = $"{name}-t0.0--{name}-t0.0";
                if (breakTaboo && f[1] == "taboo")
                {
                    if (f[5] == "Aborted") f[6] = "1";
                    if (f[5] == "Played") f[6] = "0";
                    if (f[5] == "Main Score") f[6] = "";
                }
                lines.Add(string.Join(',', f));
            }
        File.WriteAllLines(Path.Combine(dir, "raw.csv"), lines);
        var outDir = SharedData.TempDir("clem-analyze");
        Assert.Equal(0, await Clem("analyze", "-r", dir, "-o", outDir, "-b", "300", "--margin", "3"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "analysis.json")));
        var group = json.RootElement.GetProperty("quantisation").GetProperty("groups").EnumerateArray().Single();
        Assert.Equal("c4ai-command-r-08-2024-hf", group.GetProperty("reference").GetString());
        var comps = group.GetProperty("comparisons").EnumerateArray().ToDictionary(c => c.GetProperty("second").GetString()!);
        var q8 = comps["c4ai-command-r-08-2024-gguf-q8"].GetProperty("paired").GetProperty("clemscore");
        Assert.Equal(0, q8.GetProperty("difference").GetDouble());
        Assert.True(q8.GetProperty("equivalent").GetBoolean());
        Assert.Equal(3, q8.GetProperty("margin").GetDouble());
        var q4 = comps["c4ai-command-r-08-2024-gguf-q4"].GetProperty("paired");
        Assert.False(q4.GetProperty("clemscore").GetProperty("equivalent").GetBoolean());
        Assert.True(q4.GetProperty("percent_played").GetProperty("permutation_p").GetDouble() < 0.01);
        Assert.Equal(420, q4.GetProperty("shared_instances").GetInt32());
        var md = File.ReadAllText(Path.Combine(outDir, "analysis.md"));
        Assert.Contains("Equivalent within ±3 clemscore points (TOST, 5 %): 1 of 2", md);
        Assert.Contains("| TOST p | equivalent (±3.00) |", md);
    }

    [Fact]
    public async Task UserErrorsExitWithOneAndNameTheFile()
    {
        var outDir = SharedData.TempDir("clem-analyze");
        var stderr = Console.Error;
        var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            Assert.Equal(1, await Clem("analyze", "-r", Path.Combine(outDir, "missing.csv"), "-o", outDir));
        }
        finally { Console.SetError(stderr); }
        Assert.Contains("missing.csv", captured.ToString());
    }

    [Fact]
    public async Task ModelNamesAreEscapedInTheReport()
    {
        var dir = SharedData.TempDir("clem-analyze-run");
        var csv = Path.Combine(dir, "results.csv");
        File.WriteAllText(csv, ",\"-, clemscore\",\"all, Average % Played\",\"all, Average Quality Score\",\"taboo, % Played\",\"taboo, Quality Score\",\"taboo, Quality Score (std)\"\n" +
                               "\"<img src=x onerror=alert(1)>|evil-t0.0--<img src=x onerror=alert(1)>|evil-t0.0\",10.0,50.0,20.0,50.0,20.0,1.0\n");
        var outDir = SharedData.TempDir("clem-analyze");
        Assert.Equal(0, await Clem("analyze", "-r", csv, "-o", outDir, "-b", "50"));
        var md = File.ReadAllText(Path.Combine(outDir, "analysis.md"));
        Assert.DoesNotContain("<img", md);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;\\|evil", md);
    }
}
