using System.CommandLine;
using Clem.Core.Running;
using Clem.Games;

namespace Clem.Cli.Commands;

/// <summary>
/// <c>clem replay &lt;episode-dir&gt;</c> / <c>clem replay --all &lt;results-dir&gt;</c>: feeds recorded replies to our
/// game masters and reports the first difference. Exit code 1 when anything differs.
/// </summary>
public sealed class ReplayCommand : ICliCommand
{
    public Command Build()
    {
        var cmd = new Command("replay", "re-play recorded episodes through our game masters and compare every message, outcome and score");
        var episode = new Argument<string?>("episode-dir") { Description = "a recorded episode folder", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<string?>("--all") { Description = "replay every episode under this results folder" };
        var game = CommonOptions.Game("with --all: only this game");
        var roots = CommonOptions.GamesRoot();
        var verbose = new Option<bool>("--verbose", "-v") { Description = "print every episode's verdict" };
        cmd.Arguments.Add(episode);
        foreach (var o in new Option[] { all, game, roots, verbose }) cmd.Options.Add(o);
        cmd.SetAction(async (parse, ct) =>
        {
            var catalog = BuiltInGames.Catalog(parse.GetValue(roots));
            var dir = parse.GetValue(episode);
            var tree = parse.GetValue(all);
            if ((dir == null) == (tree == null)) throw new ClemUserException("give either an episode folder or --all <results-dir>");
            if (dir != null)
            {
                if (!Directory.Exists(dir)) throw new ClemUserException($"{dir}: episode folder not found");
                var r = await Replay.RunAsync(dir, catalog, ct);
                Console.WriteLine(r.Status switch
                {
                    ReplayStatus.Identical => $"identical ({r.EventsCompared} events compared, scores equal)",
                    ReplayStatus.NotReplayable => $"not replayable: {r.Difference}",
                    _ => $"DIFFERENT: {r.Difference}",
                });
                return r.IsIdentical ? 0 : 1;
            }
            var results = await Replay.RunAllAsync(tree!, catalog, parse.GetValue(game), ct);
            foreach (var r in results.Where(r => parse.GetValue(verbose) || !r.IsIdentical))
                Console.WriteLine($"{r.Status}: {Path.GetRelativePath(tree!, r.EpisodeDir)}{(r.Difference != null ? "\n  " + r.Difference.Replace("\n", "\n  ") : "")}");
            int same = results.Count(r => r.Status == ReplayStatus.Identical);
            int diff = results.Count(r => r.Status == ReplayStatus.Different);
            var notReplayable = results.Where(r => r.Status == ReplayStatus.NotReplayable).GroupBy(r => r.Difference).ToList();
            Console.WriteLine($"replayed {results.Count} episode(s): {same} identical, {diff} different, {notReplayable.Sum(g => g.Count())} not replayable");
            foreach (var g in notReplayable) Console.WriteLine($"  not replayable ({g.Count()}): {g.Key}");
            return diff == 0 && notReplayable.Count == 0 ? 0 : 1;
        });
        return cmd;
    }
}
