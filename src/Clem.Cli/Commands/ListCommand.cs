using System.CommandLine;
using Clem.Games;

namespace Clem.Cli.Commands;

/// <summary><c>clem list games|models|backends</c>: games (built-in and under --games-root), registry models with their characteristics, backends and where their keys come from.</summary>
public sealed class ListCommand : ICliCommand
{
    public Command Build()
    {
        var cmd = new Command("list", "list games (and, with the backends, models and backends)");
        var what = new Argument<string>("what") { Description = "games, models or backends", DefaultValueFactory = _ => "games" };
        var roots = CommonOptions.GamesRoot();
        var verbose = new Option<bool>("--verbose", "-v") { Description = "show folders and settings" };
        cmd.Arguments.Add(what);
        cmd.Options.Add(roots);
        cmd.Options.Add(verbose);
        var backend = new BackendOptions();
        backend.AddTo(cmd, withCallLimits: false);
        cmd.SetAction(parse =>
        {
            var kind = parse.GetValue(what);
            if (kind == "models") { Backends.Listing.Models(backend.Resolver(parse), parse.GetValue(verbose), Console.Out); return 0; }
            if (kind == "backends") { Backends.Listing.Backends(backend.Resolver(parse).Context, Console.Out); return 0; }
            if (kind != "games") throw new ClemUserException($"unknown list '{kind}' (try: games, models, backends)");
            var catalog = BuiltInGames.Catalog(parse.GetValue(roots));
            foreach (var w in catalog.Warnings) Console.Error.WriteLine($"warning: {w}");
            foreach (var g in catalog.Games)
            {
                Console.WriteLine($"{g.Name,-20} {g.Players} player(s)  {(g.IsOwn ? "clem.net" : "clembench data")}  {g.Description}");
                if (parse.GetValue(verbose))
                {
                    Console.WriteLine($"{"",-20} folder: {g.Directory}");
                    Console.WriteLine($"{"",-20} settings: {Core.Json.ClemJson.Serialize(g.Settings)}");
                }
            }
            return 0;
        });
        return cmd;
    }
}
