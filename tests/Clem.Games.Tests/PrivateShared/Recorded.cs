using Clem.Core.Games;
using Clem.Games;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.PrivateShared;

/// <summary>clembench's recorded privateshared episodes (c4ai-command-r, v1.6 game code) and its v1.6 game folder.</summary>
static class Recorded
{
    public const string Pair = "c4ai-command-r-08-2024-t0.0--c4ai-command-r-08-2024-t0.0";
    public const string Model = "c4ai-command-r-08-2024";
    public const string GameDir = "runs-e9a80005/" + Pair + "/privateshared";
    public const string GamesRoot = "clemcore-f795f18f/games";
    public const string Missing = "shared-missing";

    /// <summary>"0_travel-booking/episode_3" …; one "shared-missing" row when ../shared is absent (the test then skips).</summary>
    public static TheoryData<string> Episodes()
    {
        var data = new TheoryData<string>();
        var root = SharedData.Root == null ? null : Path.Combine(SharedData.Root, "clembench", GameDir);
        if (root == null || !Directory.Exists(root)) { data.Add(Missing); return data; }
        foreach (var exp in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            foreach (var ep in Directory.GetDirectories(exp, "episode_*").OrderBy(d => int.Parse(Path.GetFileName(d)["episode_".Length..])))
                data.Add($"{Path.GetFileName(exp)}/{Path.GetFileName(ep)}");
        return data;
    }

    public static TheoryData<string> FirstEpisodes()
    {
        var data = new TheoryData<string>();
        foreach (var row in Episodes())
            if (row.Data == Missing || row.Data.EndsWith("/episode_0", StringComparison.Ordinal)) data.Add(row.Data);
        return data;
    }

    /// <summary>The recorded episode folder (skips when ../shared is absent).</summary>
    public static string Episode(string relative) => SharedData.Clembench(Path.Combine(GameDir, relative == Missing ? "" : relative));

    /// <summary>Built-in games plus clembench's v1.6 folders (so privateshared is clembench's data and settings).</summary>
    public static GameCatalog ClembenchCatalog() => BuiltInGames.Catalog([SharedData.Clembench(GamesRoot)]);
}
