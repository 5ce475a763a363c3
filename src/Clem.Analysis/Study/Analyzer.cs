using Clem.Analysis.Data;
using Clem.Analysis.Stats;

namespace Clem.Analysis.Study;

/// <summary>Runs every analysis of the report over joined runs and characteristics.</summary>
public static class Analyzer
{
    public static AnalysisResult Analyze(IReadOnlyList<RunInput> runs, IReadOnlyList<ModelCharacteristics> characteristics,
        IReadOnlyList<string> characteristicsFiles, AnalysisOptions opt, Diagnostics diag)
    {
        if (opt.Resamples < 100) diag.Warn($"only {opt.Resamples} bootstrap resamples: intervals and p values are coarse (use ≥ 2000 for a report)");
        var catalog = ModelCatalog.Build(runs, characteristics, diag);
        if (characteristics.Count == 0) diag.Warn("no model characteristics given (--models): size, family, fine-tuning and open-weights sections are empty");

        var (board, intervals) = BuildLeaderboard(catalog, opt, diag);
        var result = new AnalysisResult
        {
            Provenance = new Provenance($"clem analyze (Clem.NET {typeof(Analyzer).Assembly.GetName().Version})", opt.Seed, opt.Resamples, opt.EquivalenceMargin,
                runs.Select(r => new InputInfo(r.Label, r.Path, r.Kind, r.Models.Count, r.Models.Count(m => m.Episodes != null), r.Models.Sum(m => m.Episodes?.Count ?? 0))).ToList(),
                characteristicsFiles),
            Leaderboard = board,
            Size = SizeAnalysis.Run(catalog, diag),
            Buckets = SizeAnalysis.Buckets(catalog),
            Families = LineageAnalysis.Families(catalog),
            SameBase = LineageAnalysis.SameBase(catalog, characteristics),
            Access = ServingAnalysis.Access(catalog, intervals, opt),
            Quantisation = ServingAnalysis.Quantisation(catalog, intervals, opt),
            OpenClosed = OpenClosedAnalysis.Run(catalog, board.Rows, opt),
            Warnings = diag.Warnings,
            Notes = diag.Notes,
        };
        return result;
    }

    static (Leaderboard, Dictionary<ModelEntry, ModelIntervals>) BuildLeaderboard(ModelCatalog catalog, AnalysisOptions opt, Diagnostics diag)
    {
        var withEpisodes = catalog.All.Where(e => e.Result.Episodes is { Count: > 0 }).ToList();
        var intervals = new Dictionary<ModelEntry, ModelIntervals>();
        if (withEpisodes.Count > 0)
        {
            var boot = ClusterBootstrap.Run(withEpisodes.Select(e => ($"{e.Run}/{e.Name}", e.Result.Episodes!)).ToList(), opt.Resamples, opt.Seed);
            for (int i = 0; i < withEpisodes.Count; i++) intervals[withEpisodes[i]] = boot[i];
        }
        var rows = catalog.All
            .OrderByDescending(e => double.IsNaN(e.Clemscore) ? double.NegativeInfinity : e.Clemscore).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new LeaderboardRow(e.Run, e.Name, e.Clemscore, e.Result.PercentPlayed, e.Result.Quality, e.Result.Episodes?.Count,
                e.ParametersB, e.OpenWeights, intervals.GetValueOrDefault(e)))
            .ToList();
        string? note = null;
        int without = catalog.All.Count - withEpisodes.Count;
        if (withEpisodes.Count == 0)
            note = "All inputs are tables (results.csv / score sheets): there are no per-episode scores, so no confidence intervals are given. Give raw.csv or results directories with scores.json to get them.";
        else if (without > 0)
            note = $"{without} model row(s) come from tables without per-episode scores and have no intervals; rank intervals are among the {withEpisodes.Count} model(s) with episodes.";
        if (note != null) diag.Note(note);
        return (new Leaderboard(rows, withEpisodes.Count > 0, note), intervals);
    }
}
