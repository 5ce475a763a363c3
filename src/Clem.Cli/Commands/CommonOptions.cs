using System.CommandLine;

namespace Clem.Cli.Commands;

/// <summary>Options shared by several verbs, spelled as in clembench's CLI.</summary>
static class CommonOptions
{
    public static Option<string> Results(string description = "results folder") =>
        new("--results", "-r") { Description = description, DefaultValueFactory = _ => "results" };

    public static Option<string[]> GamesRoot() =>
        new("--games-root") { Description = "extra folder(s) with game folders (clemgame.json or clembench v1.x in/instances.json); later ones override built-in games", AllowMultipleArgumentsPerToken = false };

    public static Option<string?> Game(string description = "game name") => new("--game", "-g") { Description = description };
}
