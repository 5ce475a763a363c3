using System.CommandLine;
using Clem.Backends;
using Clem.Backends.Caching;
using Clem.Core.Models;
using Clem.Core.Running;
using Clem.Games;

namespace Clem.Cli.Commands;

/// <summary><c>clem run -g &lt;game|all&gt; -m &lt;model&gt; [-m &lt;model2&gt;]</c>: play and score episodes into the results tree.</summary>
public sealed class RunCommand : ICliCommand
{
    public Command Build()
    {
        var cmd = new Command("run", "play a game (or all) with one model (self-play) or a pairing, writing the clembench results tree");
        var game = new Option<string>("--game", "-g") { Description = "game name or 'all'", Required = true };
        var models = new Option<string[]>("--models", "-m") { Description = "model name(s); one for self-play, two for a pairing", Required = true };
        var experiment = new Option<string?>("--experiment", "-e") { Description = "only this experiment" };
        var instances = new Option<string?>("--instances", "-i") { Description = "instances file name in the game's in/ folder (default: instances)" };
        var temperature = new Option<double>("--temperature", "-t") { Description = "sampling temperature", DefaultValueFactory = _ => 0.0 };
        var maxTokens = new Option<int>("--max-tokens", "-l") { Description = "max new tokens per reply (clembench v1.x: 100)", DefaultValueFactory = _ => 100 };
        var results = CommonOptions.Results();
        var parallel = new Option<int>("--parallel") { Description = "episodes played at once", DefaultValueFactory = _ => 1 };
        var roots = CommonOptions.GamesRoot();
        var noScore = new Option<bool>("--no-score") { Description = "do not score episodes after playing (run `clem score` later)" };
        var resume = new Option<bool>("--resume") { Description = "skip episodes that already have interactions.json" };
        var shard = new Option<string?>("--shard") { Description = "i/n: play only every n-th episode starting at i (0-based), to split a run across machines" };
        var cache = new Option<string?>("--cache") { Description = "response cache folder: deterministic requests (temperature 0 or a seed) are answered from it and new replies stored" };
        var cacheMode = new Option<CacheMode>("--cache-mode") { Description = "ReadWrite (default), Offline (only cached replies; a miss is an infrastructure error) or Refresh", DefaultValueFactory = _ => CacheMode.ReadWrite };
        var backend = new BackendOptions();
        foreach (var o in new Option[] { game, models, experiment, instances, temperature, maxTokens, results, parallel, roots, noScore, resume, shard, cache, cacheMode })
            cmd.Options.Add(o);
        backend.AddTo(cmd);
        cmd.SetAction(async (parse, ct) =>
        {
            var generation = new GenerationConfig(parse.GetValue(temperature), parse.GetValue(maxTokens), backend.Seed(parse));
            var resolver = backend.Resolver(parse);
            var resolved = parse.GetValue(models)!.Select(m => resolver.Get(m, generation)).ToList();
            if (parse.GetValue(cache) is { } cacheDir)
            {
                var store = new DiskResponseCache(cacheDir);
                // Model-free players have nothing to cache.
                resolved = resolved.Select(m => m is ProgrammaticModel or HumanModel ? m : (IModel)new CachingModel(m, store, parse.GetValue(cacheMode))).ToList();
            }
            var catalog = BuiltInGames.Catalog(parse.GetValue(roots));
            var selected = catalog.Select(parse.GetValue(game)!);
            if (parse.GetValue(game) == "all") selected = selected.Where(g => g.Name != "hellogame" || selected.Count == 1).ToList();
            var (shardIndex, shardCount) = ParseShard(parse.GetValue(shard));
            var options = new RunOptions
            {
                ShardIndex = shardIndex,
                ShardCount = shardCount,
                ResultsDir = parse.GetValue(results)!,
                Experiment = parse.GetValue(experiment),
                InstancesName = parse.GetValue(instances),
                Parallel = parse.GetValue(parallel),
                Score = !parse.GetValue(noScore),
                Resume = parse.GetValue(resume),
            };
            var failed = 0;
            foreach (var spec in selected)
            {
                var summary = await BenchmarkRunner.RunAsync(spec, resolved, options, ct);
                var completed = summary.Count(EpisodeStatus.Completed);
                var skipped = summary.Count(EpisodeStatus.Skipped);
                var errors = summary.Episodes.Where(e => e.Status is not (EpisodeStatus.Completed or EpisodeStatus.Skipped)).ToList();
                failed += errors.Count;
                Console.WriteLine($"{spec.Name}: {completed} episode(s) played{(skipped > 0 ? $", {skipped} skipped (resume)" : "")}{(errors.Count > 0 ? $", {errors.Count} failed" : "")} → {Path.Combine(options.ResultsDir, summary.PairDirectory, spec.Name)}");
                foreach (var e in errors.Take(5)) Console.WriteLine($"  {e.Status} in {e.Directory}: {e.Error}");
            }
            return failed == 0 ? 0 : 2;
        });
        return cmd;
    }

    static (int Index, int Count) ParseShard(string? text)
    {
        if (text == null) return (0, 1);
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var i) && int.TryParse(parts[1], out var n) && n > 0 && i >= 0 && i < n)
            return (i, n);
        throw new ClemUserException($"--shard '{text}': expected i/n with 0 <= i < n, e.g. 0/4");
    }
}
