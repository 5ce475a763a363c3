using System.Text.Json;
using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Games.Grids;

/// <summary>Reads a game folder's resources (templates, inventories) for instance generation, with clear errors.</summary>
public static class GameResources
{
    public static string Text(string gameDirectory, params string[] parts)
    {
        var path = Path.Combine([gameDirectory, "resources", .. parts]);
        if (!File.Exists(path)) throw new ClemUserException($"{path}: resource file not found");
        return File.ReadAllText(path).Replace("\r\n", "\n");
    }

    public static JsonObject Json(string gameDirectory, params string[] parts)
    {
        var path = Path.Combine([gameDirectory, "resources", .. parts]);
        if (!File.Exists(path)) throw new ClemUserException($"{path}: resource file not found");
        try { return ClemJson.ReadObject(path); }
        catch (JsonException e) { throw new ClemUserException(e.Message, e); }
    }

    /// <summary>Named 5×5 grids from an inventory list <c>[{"name": …, "grid": "X ▢ …"}]</c>.</summary>
    public static List<(string Name, CellGrid Grid)> Grids(JsonArray? list, string source)
    {
        if (list == null) throw new ClemUserException($"{source}: expected a list of grids");
        var grids = new List<(string, CellGrid)>();
        foreach (var item in list)
        {
            var name = item?["name"]?.GetValue<string>() ?? throw new ClemUserException($"{source}: a grid has no name");
            var text = item["grid"]?.GetValue<string>() ?? throw new ClemUserException($"{source}: grid '{name}' has no \"grid\"");
            try { grids.Add((name, CellGrid.Parse(text))); }
            catch (FormatException e) { throw new ClemUserException($"{source}: grid '{name}': {e.Message}", e); }
        }
        return grids;
    }
}
