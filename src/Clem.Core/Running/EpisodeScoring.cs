using System.Text.Json;
using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Records;

namespace Clem.Core.Running;

/// <summary>
/// The score stage: (re)computes scores.json from an episode's instance.json and interactions.json.
/// Works on our trees and on clembench's (whose experiment files carry no game settings: then the
/// clembench-compatible settings apply).
/// </summary>
public static class EpisodeScoring
{
    public static Scores Score(Game game, string episodeDir, JsonObject experiment, JsonObject settings)
    {
        var instance = ReadObject(Path.Combine(episodeDir, ResultsLayout.InstanceFile));
        var interactions = ReadObject(Path.Combine(episodeDir, GameRecorder.InteractionsFile));
        var scorer = game.CreateScorer(experiment, instance, settings);
        scorer.ComputeScores(interactions);
        if (scorer.Scores.EpisodeScores.ContainsKey(Metrics.Played))
            throw new InvalidOperationException($"{game.Name} scorer logged '{Metrics.Played}', which only the evaluation may derive");
        scorer.Scores.Store(episodeDir);
        return scorer.Scores;
    }

    static JsonObject ReadObject(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: not found", path);
        try { return ClemJson.ReadObject(path); }
        catch (JsonException e) { throw new ClemUserException(e.Message, e); }
    }

    /// <summary>The experiment record of an experiment folder (experiment_*.json), or an object with just the name.</summary>
    public static JsonObject LoadExperiment(string experimentFolder)
    {
        var name = ResultsLayout.ExperimentName(Path.GetFileName(experimentFolder));
        var file = Path.Combine(experimentFolder, ResultsLayout.ExperimentFile(name));
        if (!File.Exists(file))
            file = Directory.EnumerateFiles(experimentFolder, "experiment_*.json").FirstOrDefault() ?? "";
        return File.Exists(file) ? ReadObject(file) : new JsonObject { ["name"] = name };
    }

    /// <summary>The settings an episode ran with: recorded by Clem.NET, or clembench's behaviour for foreign trees.</summary>
    public static JsonObject SettingsOf(JsonObject experimentRecord, Game game) =>
        experimentRecord["clem_net"]?["game_settings"] is JsonObject s ? s.DeepClone().AsObject() : game.ClembenchSettings.DeepClone().AsObject();

    /// <summary>Rescores every episode of a results tree (optionally one game); failures are reported, never silently dropped.</summary>
    public static ScoreSummary ScoreTree(string resultsDir, GameCatalog catalog, string? gameFilter = null, Action<EpisodeLocation, Exception?>? onEpisode = null)
    {
        int scored = 0;
        var failures = new List<(EpisodeLocation, string)>();
        var skippedGames = new SortedSet<string>(StringComparer.Ordinal);
        var experimentCache = new Dictionary<string, JsonObject>();
        foreach (var ep in ResultsLayout.Episodes(resultsDir, gameFilter))
        {
            var game = catalog.Implementations.FirstOrDefault(g => g.Name == ep.Game);
            if (game == null) { skippedGames.Add(ep.Game); continue; }
            if (!File.Exists(Path.Combine(ep.Path, GameRecorder.InteractionsFile)))
            {
                failures.Add((ep, "no interactions.json (episode did not complete)"));
                onEpisode?.Invoke(ep, null);
                continue;
            }
            try
            {
                if (!experimentCache.TryGetValue(ep.ExperimentFolder, out var exp))
                    experimentCache[ep.ExperimentFolder] = exp = LoadExperiment(ep.ExperimentFolder);
                Score(game, ep.Path, exp, SettingsOf(exp, game));
                scored++;
                onEpisode?.Invoke(ep, null);
            }
            catch (Exception e)
            {
                failures.Add((ep, $"{e.GetType().Name}: {e.Message}"));
                onEpisode?.Invoke(ep, e);
            }
        }
        return new ScoreSummary(scored, failures, skippedGames.ToList());
    }
}

public sealed record ScoreSummary(int Scored, IReadOnlyList<(EpisodeLocation Episode, string Reason)> Failures, IReadOnlyList<string> GamesWithoutCode);
