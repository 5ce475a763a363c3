using System.CommandLine;
using Clem.Core.Running;
using Clem.Games;

namespace Clem.Cli.Commands;

/// <summary><c>clem score -r &lt;results&gt; [-g game]</c>: (re)compute scores.json from interactions.json + instance.json.</summary>
public sealed class ScoreCommand : ICliCommand
{
    public Command Build()
    {
        var cmd = new Command("score", "(re)compute every episode's scores.json from its interactions.json and instance.json");
        var results = CommonOptions.Results();
        var game = CommonOptions.Game("only this game");
        cmd.Options.Add(results);
        cmd.Options.Add(game);
        cmd.SetAction(parse =>
        {
            var catalog = BuiltInGames.Catalog();
            var summary = EpisodeScoring.ScoreTree(parse.GetValue(results)!, catalog, parse.GetValue(game));
            Console.WriteLine($"scored {summary.Scored} episode(s); {summary.Failures.Count} could not be scored");
            foreach (var (ep, reason) in summary.Failures.Take(20)) Console.WriteLine($"  {ep.Path}: {reason}");
            if (summary.Failures.Count > 20) Console.WriteLine($"  … and {summary.Failures.Count - 20} more");
            foreach (var g in summary.GamesWithoutCode) Console.WriteLine($"  skipped game '{g}': no game code in Clem.NET");
            return summary.Failures.Count == 0 ? 0 : 2;
        });
        return cmd;
    }
}
