using Clem.Core.Games;

namespace Clem.Games;

/// <summary>The games shipped with Clem.NET: their code (this assembly) and their folders (games/ beside it).</summary>
public static class BuiltInGames
{
    /// <summary>Every <see cref="Game"/> in this assembly: adding a game is adding its folder and classes.</summary>
    public static IReadOnlyList<Game> Implementations { get; } = Game.DiscoverIn(typeof(BuiltInGames).Assembly);

    /// <summary>The built-in game folders, copied next to the assembly at build time.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "games");

    /// <summary>Built-in folders first, then extra roots (a later root overrides a game of the same name).</summary>
    public static GameCatalog Catalog(IEnumerable<string>? extraRoots = null) =>
        GameCatalog.Discover(Implementations, new[] { Root }.Concat(extraRoots ?? []));
}
