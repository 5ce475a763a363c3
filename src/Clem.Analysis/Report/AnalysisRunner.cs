using Clem.Analysis.Data;
using Clem.Analysis.Report.Plots;
using Clem.Analysis.Study;

namespace Clem.Analysis.Report;

/// <summary>What <c>clem analyze</c> does: read inputs, analyse, write analysis.md, analysis.json and the figures.</summary>
public static class AnalysisRunner
{
    public sealed record Output(AnalysisResult Result, string ReportPath, string JsonPath);

    public static Output Run(IReadOnlyList<string> results, IReadOnlyList<string> models, string outDir, AnalysisOptions options)
    {
        if (results.Count == 0) throw new ClemUserException("no results given (-r <results-dir | results.csv | raw.csv>)");
        if (options.Resamples < 1) throw new ClemUserException($"--resamples must be at least 1 (got {options.Resamples})");
        if (!(options.EquivalenceMargin > 0)) throw new ClemUserException($"--margin must be positive (got {options.EquivalenceMargin})");
        var diag = new Diagnostics();
        var runs = new List<RunInput>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in results)
        {
            var label = ResultsLoader.RunLabel(path);
            for (int i = 2; !labels.Add(label); i++) label = $"{ResultsLoader.RunLabel(path)}#{i}";
            runs.Add(ResultsLoader.Load(path, label));
        }
        var characteristics = models.SelectMany(m => CharacteristicsLoader.Load(m, diag)).ToList();
        var result = Analyzer.Analyze(runs, characteristics, models.Select(Path.GetFullPath).ToList(), options, diag);

        Directory.CreateDirectory(outDir);
        result.Figures.AddRange(Figures.WriteAll(result, outDir));
        var jsonPath = Path.Combine(outDir, "analysis.json");
        var mdPath = Path.Combine(outDir, "analysis.md");
        File.WriteAllText(jsonPath, JsonReport.Serialize(result) + "\n");
        File.WriteAllText(mdPath, MarkdownReport.Render(result));
        return new Output(result, mdPath, jsonPath);
    }
}
