using System.CommandLine;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Games;

namespace Clem.Cli.Commands;

/// <summary><c>clem generate -g &lt;game&gt; [--seed N] [-o file]</c>: write our own instances, deterministic from the seed.</summary>
public sealed class GenerateCommand : ICliCommand
{
    public Command Build()
    {
        var cmd = new Command("generate", "generate a game's instances file (Clem.NET's own benchmark data) deterministically from a seed");
        var game = new Option<string>("--game", "-g") { Description = "game name or 'all'", Required = true };
        var seed = new Option<int?>("--seed") { Description = "random seed (default: the game's declared seed)" };
        var output = new Option<string?>("--output", "-o") { Description = "file to write (default: games/<game folder>/in/<instances name>.json under the current folder; with -g all: a folder)" };
        foreach (var o in new Option[] { game, seed, output }) cmd.Options.Add(o);
        cmd.SetAction(parse =>
        {
            var catalog = BuiltInGames.Catalog();
            var selector = parse.GetValue(game)!;
            var specs = selector == "all" ? catalog.Games.Where(g => g.Implementation.Generator != null).ToList() : [catalog.Get(selector)];
            foreach (var spec in specs)
            {
                var generator = spec.Implementation.Generator ?? throw new ClemUserException($"{spec.Name} has no instance generator");
                var s = parse.GetValue(seed) ?? generator.DefaultSeed;
                var doc = generator.Generate(spec.Directory, s);
                var target = parse.GetValue(output);
                // A folder may hold several games (a clemgame.json list, e.g. the wordle family): each writes its own instances file.
                var relative = Path.Combine(Path.GetFileName(spec.Directory), "in", spec.DefaultInstances + ".json");
                target = target == null ? Path.Combine("games", relative)
                    : selector == "all" ? Path.Combine(target, relative) : target;
                ClemJson.WriteFile(target, doc, indent: 2, ensureAscii: false);
                var experiments = InstanceFile.FromJson(doc, target).Experiments;
                Console.WriteLine($"{spec.Name}: {experiments.Sum(e => e.Instances.Count)} instance(s) in {experiments.Count} experiment(s), seed {s} → {target}");
            }
            return 0;
        });
        return cmd;
    }
}
