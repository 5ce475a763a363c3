using System.Reflection;
using System.Text.Json.Nodes;

namespace Clem.Core.Games;

/// <summary>
/// The code of a game (clembench's GameBenchmark): how to create its game master and scorer. The data —
/// clemgame.json, in/instances*.json, resources/ — lives in a game folder (<see cref="GameSpec"/>), so the same
/// code runs our own instances or clembench's (via --games-root).
/// </summary>
public abstract class Game
{
    /// <summary>The game's name, as in result folders ("taboo", "wordle_withclue").</summary>
    public abstract string Name { get; }

    /// <summary>Number of model-backed roles; one model given for more roles means self-play.</summary>
    public abstract int PlayerCount { get; }

    public virtual string Description => Name;

    public abstract GameMaster CreateGameMaster(GameContext context);

    /// <summary>A scorer for one episode; <paramref name="settings"/> are the game version's settings the episode ran with.</summary>
    public abstract GameScorer CreateScorer(JsonObject experiment, JsonObject instance, JsonObject settings);

    /// <summary>
    /// Behaviour switches of our own game version (e.g. whether to reproduce a known clembench bug).
    /// Declared in the built-in clemgame.json under "clem_net"/"settings" and recorded in every experiment file.
    /// </summary>
    public virtual JsonObject DefaultSettings => new();

    /// <summary>Settings that reproduce clembench v1.6 exactly; used for game folders that are not ours (no "clem_net" key).</summary>
    public virtual JsonObject ClembenchSettings => DefaultSettings;

    /// <summary>Writes our own instances for this game, when it has a generator.</summary>
    public virtual InstanceGenerator? Generator => null;

    /// <summary>All concrete games with a public parameterless constructor in the given assemblies.</summary>
    public static IReadOnlyList<Game> DiscoverIn(params Assembly[] assemblies) =>
        assemblies.SelectMany(a => a.GetTypes())
            .Where(t => typeof(Game).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) != null)
            .Select(t => (Game)Activator.CreateInstance(t)!)
            .OrderBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
}

/// <summary>Generates a game's instances file deterministically from a seed.</summary>
public abstract class InstanceGenerator
{
    /// <summary>Builds the instances document (<c>{"experiments": [...]}</c>) for the game folder <paramref name="gameDirectory"/>.</summary>
    public abstract JsonObject Generate(string gameDirectory, int seed);

    public virtual int DefaultSeed => 42;
}
