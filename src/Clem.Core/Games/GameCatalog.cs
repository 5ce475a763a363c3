using System.Text.Json;
using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Core.Games;

/// <summary>
/// The games that can be played: game folders found under roots (built-in first, then --games-root
/// folders, later roots overriding earlier ones) bound to the game code that plays them.
/// A folder is a game if it has a clemgame.json (a dict or a list of dicts), or — as clembench v1.x
/// folders — an in/instances.json and a folder name that names a known game.
/// </summary>
public sealed class GameCatalog
{
    readonly Dictionary<string, GameSpec> _games = new(StringComparer.Ordinal);
    readonly List<string> _warnings = [];

    public GameCatalog(IReadOnlyList<Game> implementations) => Implementations = implementations;

    public IReadOnlyList<Game> Implementations { get; }
    public IReadOnlyCollection<GameSpec> Games => _games.Values.OrderBy(g => g.Name, StringComparer.Ordinal).ToList();
    public IReadOnlyList<string> Warnings => _warnings;

    public static GameCatalog Discover(IReadOnlyList<Game> implementations, IEnumerable<string> roots)
    {
        var catalog = new GameCatalog(implementations);
        foreach (var root in roots) catalog.AddRoot(root);
        return catalog;
    }

    public void AddRoot(string root)
    {
        if (!Directory.Exists(root)) throw new ClemUserException($"{root}: games root is not a folder");
        Scan(Path.GetFullPath(root), 0);
    }

    void Scan(string dir, int depth)
    {
        var specFile = Path.Combine(dir, "clemgame.json");
        if (File.Exists(specFile)) AddFromSpecFile(dir, specFile);
        else if (File.Exists(Path.Combine(dir, "in", "instances.json")) && Find(Path.GetFileName(dir)) is { } game)
            Add(new GameSpec(game, dir, new JsonObject { ["game_name"] = game.Name }, game.ClembenchSettings.DeepClone().AsObject(), isOwn: false));
        if (depth >= 3) return;
        foreach (var sub in Directory.EnumerateDirectories(dir).OrderBy(d => d, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.') || name is "in" or "resources" or "bin" or "obj" or "node_modules") continue;
            Scan(sub, depth + 1);
        }
    }

    void AddFromSpecFile(string dir, string specFile)
    {
        JsonNode? node;
        try { node = ClemJson.ReadFile(specFile); }
        catch (JsonException e) { throw new ClemUserException(e.Message, e); }
        var entries = node switch
        {
            JsonObject o => [o],
            JsonArray a => a.OfType<JsonObject>().ToList(),
            _ => throw new ClemUserException($"{specFile}: expected an object or a list of objects"),
        };
        foreach (var entry in entries)
        {
            var name = entry["game_name"]?.GetValue<string>();
            if (string.IsNullOrEmpty(name)) throw new ClemUserException($"{specFile}: an entry has no \"game_name\"");
            var game = Find(name);
            if (game == null) { _warnings.Add($"{specFile}: no game code for '{name}' in Clem.NET; skipped"); continue; }
            var own = entry["clem_net"] as JsonObject;
            var settings = game.ClembenchSettings.DeepClone().AsObject();
            if (own != null)
            {
                settings = game.DefaultSettings.DeepClone().AsObject();
                if (own["settings"] is JsonObject declared)
                    foreach (var (k, v) in declared) settings[k] = v?.DeepClone();
            }
            Add(new GameSpec(game, dir, entry.DeepClone().AsObject(), settings, isOwn: own != null));
        }
    }

    void Add(GameSpec spec) => _games[spec.Name] = spec;

    Game? Find(string name) => Implementations.FirstOrDefault(g => g.Name == name);

    public GameSpec Get(string name) =>
        _games.TryGetValue(name, out var spec) ? spec
            : throw new ClemUserException($"unknown game '{name}'; known games: {string.Join(", ", _games.Keys.Order(StringComparer.Ordinal))}");

    /// <summary>"all" or a single game name.</summary>
    public IReadOnlyList<GameSpec> Select(string selector) =>
        selector == "all" ? Games.ToList() : [Get(selector)];

    /// <summary>The code for a game name (scoring needs only the code, not a folder).</summary>
    public Game Implementation(string name) =>
        Find(name) ?? throw new ClemUserException($"no game code for '{name}'; known games: {string.Join(", ", Implementations.Select(g => g.Name))}");
}
