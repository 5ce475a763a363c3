using System.Diagnostics;
using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Records;

namespace Clem.Core.Running;

/// <summary>
/// Plays every (selected) instance of a game with the given models and writes the clembench results tree.
/// Episodes are planned as independent jobs and executed asynchronously with a concurrency limit, so
/// retries and rate limits (model decorators), resume and sharding (job selection) need no other loop.
/// A failing episode is recorded in its folder (error.json) and the run goes on.
/// </summary>
public static class BenchmarkRunner
{
    public static string Version { get; } = typeof(BenchmarkRunner).Assembly.GetName().Version?.ToString() ?? "0";

    public static IReadOnlyList<IModel> ExpandModels(GameSpec spec, IReadOnlyList<IModel> models)
    {
        if (models.Count == 0) throw new ClemUserException("no model given (-m)");
        if (models.Count == 1) return Enumerable.Repeat(models[0], spec.Players).ToList();
        if (models.Count != spec.Players)
            throw new ClemUserException($"{spec.Name} has {spec.Players} player(s) but {models.Count} models were given");
        return models;
    }

    public static async Task<RunSummary> RunAsync(GameSpec spec, IReadOnlyList<IModel> models, RunOptions options, CancellationToken cancellationToken = default)
    {
        var players = ExpandModels(spec, models);
        var pair = ResultsLayout.PairDirectory(players);
        var instances = spec.LoadInstances(options.InstancesName);
        var experiments = instances.Experiments.Where(e => options.Experiment == null || e.Name == options.Experiment).ToList();
        if (experiments.Count == 0)
            throw new ClemUserException($"{instances.Path}: no experiment named '{options.Experiment}' (have: {string.Join(", ", instances.Experiments.Select(e => e.Name))})");

        var gameDir = Path.Combine(options.ResultsDir, pair, spec.Name);
        var outcomes = new List<EpisodeOutcome>();
        using var gate = new SemaphoreSlim(Math.Max(1, options.Parallel));
        var jobIndex = 0;
        foreach (var experiment in experiments)
        {
            var expDir = Path.Combine(gameDir, experiment.DirectoryName);
            Directory.CreateDirectory(expDir);
            var expRecord = ExperimentRecord(spec, experiment, pair, players, instances.Path, options);
            var expFile = Path.Combine(expDir, ResultsLayout.ExperimentFile(experiment.Name));
            ClemJson.WriteFile(expFile, expRecord);
            var watch = Stopwatch.StartNew();

            var jobs = new List<Task<EpisodeOutcome>>();
            for (int k = 0; k < experiment.Instances.Count; k++)
            {
                if (jobIndex++ % options.ShardCount != options.ShardIndex) continue;
                var episode = k;
                jobs.Add(RunGatedAsync(gate, () => PlayEpisodeAsync(spec, experiment, episode, Path.Combine(expDir, ResultsLayout.EpisodeDirectory(episode)), players, options, cancellationToken), cancellationToken));
            }
            var done = await Task.WhenAll(jobs).ConfigureAwait(false);
            outcomes.AddRange(done);
            expRecord["duration"] = ClemTime.Duration(watch.Elapsed);
            ClemJson.WriteFile(expFile, expRecord);
        }
        return new RunSummary(pair, outcomes);
    }

    static async Task<EpisodeOutcome> RunGatedAsync(SemaphoreSlim gate, Func<Task<EpisodeOutcome>> job, CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try { return await job().ConfigureAwait(false); }
        finally { gate.Release(); }
    }

    /// <summary>experiment_&lt;name&gt;.json: the experiment minus its instances, plus clembench's keys and our run record.</summary>
    static JsonObject ExperimentRecord(GameSpec spec, Experiment experiment, string pair, IReadOnlyList<IModel> players, string instancesPath, RunOptions options)
    {
        var record = experiment.Parameters.DeepClone().AsObject();
        record["timestamp"] = ClemTime.Iso(options.Clock.GetLocalNow());
        record["dialogue_partners"] = pair;
        record["clem_net"] = new JsonObject
        {
            ["version"] = Version,
            ["game_folder"] = spec.Directory,
            ["own_game_version"] = spec.IsOwn,
            ["instances_file"] = Path.GetFileName(instancesPath),
            ["game_settings"] = spec.Settings.DeepClone(),
            ["players"] = new JsonArray(players.Select(m => (JsonNode)new JsonObject
            {
                ["model"] = m.Spec.Entry.DeepClone(),
                ["generation"] = new JsonObject
                {
                    ["temperature"] = m.Generation.Temperature,
                    ["max_tokens"] = m.Generation.MaxTokens,
                    ["seed"] = m.Generation.Seed,
                },
            }).ToArray()),
        };
        return record;
    }

    static async Task<EpisodeOutcome> PlayEpisodeAsync(GameSpec spec, Experiment experiment, int episode, string episodeDir,
        IReadOnlyList<IModel> players, RunOptions options, CancellationToken cancellationToken)
    {
        var instance = experiment.Instances[episode];
        var interactionsPath = Path.Combine(episodeDir, GameRecorder.InteractionsFile);
        if (options.Resume && File.Exists(interactionsPath))
            return Report(options, new EpisodeOutcome(spec.Name, experiment.Name, episode, episodeDir, EpisodeStatus.Skipped));

        Directory.CreateDirectory(episodeDir);
        // A re-run replaces the episode: stale error/score files would misdescribe it.
        foreach (var stale in new[] { ResultsLayout.ErrorFile, Scores.FileName })
            File.Delete(Path.Combine(episodeDir, stale));
        ClemJson.WriteFile(Path.Combine(episodeDir, ResultsLayout.InstanceFile), instance);

        GameMaster? master = null;
        try
        {
            var context = new GameContext(spec, experiment.Parameters, players, options.Clock);
            master = spec.Implementation.CreateGameMaster(context);
            master.Setup(instance.DeepClone().AsObject());
            await master.PlayAsync(cancellationToken).ConfigureAwait(false);
            master.Recorder.StoreRecords(episodeDir);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = EpisodeError.Describe(e, "play", ClemTime.Iso(options.Clock.GetLocalNow()));
            // Keep what was played so far for diagnosis, under a name that scoring and evaluation ignore.
            if (master != null) ClemJson.WriteFile(Path.Combine(episodeDir, "interactions.incomplete.json"), master.Recorder.Interactions);
            EpisodeError.Write(episodeDir, error);
            var status = error["kind"]!.GetValue<string>() == EpisodeError.Infrastructure ? EpisodeStatus.InfrastructureError : EpisodeStatus.GameError;
            return Report(options, new EpisodeOutcome(spec.Name, experiment.Name, episode, episodeDir, status, $"{error["type"]}: {error["message"]}"));
        }

        if (!options.Score)
            return Report(options, new EpisodeOutcome(spec.Name, experiment.Name, episode, episodeDir, EpisodeStatus.Completed));
        try
        {
            var scores = EpisodeScoring.Score(spec.Implementation, episodeDir, experiment.Parameters, spec.Settings);
            return Report(options, new EpisodeOutcome(spec.Name, experiment.Name, episode, episodeDir, EpisodeStatus.Completed, null,
                scores.Episode(Metrics.MainScore), scores.Episode(Metrics.Aborted) is { } a ? a != 0 : null));
        }
        catch (Exception e)
        {
            var error = EpisodeError.Describe(e, "score", ClemTime.Iso(options.Clock.GetLocalNow()));
            EpisodeError.Write(episodeDir, error);
            return Report(options, new EpisodeOutcome(spec.Name, experiment.Name, episode, episodeDir, EpisodeStatus.ScoringError, $"{error["type"]}: {error["message"]}"));
        }
    }

    static EpisodeOutcome Report(RunOptions options, EpisodeOutcome outcome)
    {
        options.OnEpisode?.Invoke(outcome);
        return outcome;
    }
}
