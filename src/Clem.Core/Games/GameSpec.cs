using System.Text.Json.Nodes;

namespace Clem.Core.Games;

/// <summary>
/// A game folder bound to the code that plays it: clemgame.json entry (or one synthesised for a clembench
/// v1.x folder, which has none), the folder, the default instances file and the version's settings.
/// </summary>
public sealed class GameSpec
{
    public GameSpec(Game implementation, string directory, JsonObject entry, JsonObject settings, bool isOwn)
    {
        Implementation = implementation;
        Directory = directory;
        Entry = entry;
        Settings = settings;
        IsOwn = isOwn;
    }

    public Game Implementation { get; }
    public string Name => Implementation.Name;
    public string Directory { get; }

    /// <summary>The clemgame.json entry (game_name, description, players, benchmark, instances …).</summary>
    public JsonObject Entry { get; }

    /// <summary>The game version's behaviour switches (see <see cref="Game.DefaultSettings"/>).</summary>
    public JsonObject Settings { get; }

    /// <summary>True for our own game folders (clemgame.json with a "clem_net" block); false for clembench's data.</summary>
    public bool IsOwn { get; }

    public int Players => Implementation.PlayerCount;

    public string Description => Entry["description"]?.GetValue<string>() ?? Implementation.Description;

    /// <summary>The instances file name without .json ("instances" unless clemgame.json says otherwise).</summary>
    public string DefaultInstances => Entry["instances"]?.GetValue<string>() ?? "instances";

    public string InstancesPath(string? name = null)
    {
        var file = name ?? DefaultInstances;
        if (!file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) file += ".json";
        return Path.Combine(Directory, "in", file);
    }

    public string ResourcePath(params string[] parts) => Path.Combine([Directory, "resources", .. parts]);

    public InstanceFile LoadInstances(string? name = null) => InstanceFile.Load(InstancesPath(name));

    public override string ToString() => $"{Name} ({Directory})";
}
