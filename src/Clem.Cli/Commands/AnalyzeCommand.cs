using System.CommandLine;
using Clem.Analysis.Report;
using Clem.Analysis.Study;

namespace Clem.Cli.Commands;

/// <summary><c>clem analyze</c>: performance as a function of model characteristics (the 2024 study's analyses) with bootstrap statistics and plots.</summary>
public sealed class AnalyzeCommand : ICliCommand
{
    public Command Build()
    {
        var results = new Option<string[]>("--results", "-r")
        {
            Description = "Results to analyse: a results directory (raw.csv or *scores.json inside), a results.csv, a raw.csv or the study's score sheet. Repeat for several runs.",
            Required = true, AllowMultipleArgumentsPerToken = true,
        };
        var models = new Option<string[]>("--models", "-m")
        {
            Description = "Model characteristics: a sheet (.csv, e.g. model_characteristics.csv), a model_registry.json, or the study's model_config.yaml (families). Repeatable.",
            AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [],
        };
        var output = new Option<string>("--output", "-o") { Description = "Output directory for analysis.md, analysis.json and the figures.", DefaultValueFactory = _ => "analysis" };
        var seed = new Option<int>("--seed") { Description = "Seed of the bootstrap and permutation streams.", DefaultValueFactory = _ => AnalysisOptions.DefaultSeed };
        var resamples = new Option<int>("--resamples", "-b") { Description = "Bootstrap resamples (and permutations) per statistic.", DefaultValueFactory = _ => AnalysisOptions.DefaultResamples };
        var margin = new Option<double>("--margin") { Description = "Equivalence margin for the quantisation TOST, in points of clemscore / % played / quality.", DefaultValueFactory = _ => AnalysisOptions.DefaultMargin };

        var command = new Command("analyze", "Analyse performance against model characteristics: size regression, size buckets, families, fine-tuning, access method, quantisation, open vs closed.");
        foreach (var o in new Option[] { results, models, output, seed, resamples, margin }) command.Options.Add(o);
        command.SetAction((parse, _) =>
        {
            var options = new AnalysisOptions
            {
                Seed = parse.GetValue(seed), Resamples = parse.GetValue(resamples), EquivalenceMargin = parse.GetValue(margin),
            };
            var outDir = parse.GetValue(output)!;
            var run = AnalysisRunner.Run(parse.GetValue(results) ?? [], parse.GetValue(models) ?? [], outDir, options);
            // The report lists every warning; the console shows the first few.
            const int shown = 5;
            foreach (var w in run.Result.Warnings.Take(shown)) Console.Error.WriteLine($"warning: {w}");
            if (run.Result.Warnings.Count > shown)
                Console.Error.WriteLine($"warning: … and {run.Result.Warnings.Count - shown} more (see 'Data warnings' in {run.ReportPath})");
            Console.WriteLine($"wrote {run.ReportPath}, {run.JsonPath} and {run.Result.Figures.Count} figure(s) (PNG + SVG) to {Path.GetFullPath(outDir)}");
            return Task.FromResult(0);
        });
        return command;
    }
}
