using Clem.Core.Games;
using Clem.Games.Text;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests;

/// <summary>
/// clembench's recorded v1.6 runs (../shared/clembench/runs-e9a80005) and game folders, for the faithfulness tests
/// of every game: one enumeration, one missing-data convention, one clembench catalog. In the root test
/// namespace so that every game's folder sees it without a using.
/// </summary>
static class RecordedEpisodes
{
    public const string Runs = "runs-e9a80005";
    /// <summary>The model pair every game was recorded with.</summary>
    public const string CommandR = "c4ai-command-r-08-2024-t0.0--c4ai-command-r-08-2024-t0.0";
    /// <summary>The only row when ../shared is absent at discovery: MemberData runs then, so the test must skip visibly in its body.</summary>
    public const string Missing = "shared-missing";

    /// <summary>
    /// Episodes of the games as rows "pair/game/experiment/episode_k" (relative to the runs folder), in pair,
    /// game, experiment and episode-number order; all pairs that played the game unless <paramref name="pair"/> is given.
    /// </summary>
    public static TheoryData<string> Of(IEnumerable<string> games, string? pair = null)
    {
        var data = new TheoryData<string>();
        var root = SharedData.Root == null ? null : Path.Combine(SharedData.Root, "clembench", Runs);
        if (root == null || !Directory.Exists(root)) { data.Add(Missing); return data; }
        var pairs = pair != null ? [pair] : Directory.GetDirectories(root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        foreach (var p in pairs)
            foreach (var game in games)
            {
                var gameDir = Path.Combine(root, p!, game);
                // a pair need not have played every game, but the pair asked for must have: a row that fails
                if (!Directory.Exists(gameDir)) { if (pair != null) data.Add(Missing); continue; }
                foreach (var exp in Directory.GetDirectories(gameDir).Order(StringComparer.Ordinal))
                    foreach (var ep in Directory.GetDirectories(exp, "episode_*").OrderBy(d => int.Parse(Path.GetFileName(d)["episode_".Length..])))
                        data.Add($"{p}/{game}/{Path.GetFileName(exp)}/{Path.GetFileName(ep)}");
            }
        if (data.Count == 0) data.Add(Missing);
        return data;
    }

    public static TheoryData<string> Of(string game, string? pair = null) => Of([game], pair);

    /// <summary>The episode folder of a row; a visible skip (failure under CI) when ../shared is absent.</summary>
    public static string Folder(string row)
    {
        var runs = SharedData.Clembench(Runs);
        if (row == Missing) Assert.Fail($"{runs} exists now, but no recorded episodes of this game were found there at test discovery");
        return SharedData.Clembench(Path.Combine(Runs, row));
    }

    public static string PairOf(string row) => row.Split('/')[0];
    public static string GameOf(string row) => row.Split('/')[1];

    /// <summary>clembench's v1.6 game folders, as `--games-root` takes them.</summary>
    public static string ClembenchGames => SharedData.Clembench(GamesRoot);

    /// <summary>Relative to ../shared/clembench.</summary>
    public const string GamesRoot = "clemcore-f795f18f/games";

    /// <summary>Built-in games plus clembench's v1.6 folders (clembench's data and settings), NLTK stopwords set for taboo.</summary>
    public static GameCatalog ClembenchCatalog()
    {
        UseNltkStopwords();
        return BuiltInGames.Catalog([ClembenchGames]);
    }

    /// <summary>Points clembench mode at NLTK's list in ../shared (Clem.NET ships no copy of it).</summary>
    public static StopwordList UseNltkStopwords()
    {
        var path = SharedData.Clembench("nltk/stopwords-english.txt");
        Environment.SetEnvironmentVariable(StopwordList.NltkFileVariable, path);
        return StopwordList.LoadNltkEnglish(path);
    }

    /// <summary>A temp folder holding what the score stage reads of one episode (instance and interactions).</summary>
    public static string CopyEpisodeInputs(string episodeFolder, string prefix)
    {
        var dir = SharedData.TempDir(prefix);
        foreach (var f in new[] { "instance.json", "interactions.json" }) File.Copy(Path.Combine(episodeFolder, f), Path.Combine(dir, f));
        return dir;
    }

    /// <summary>Copies a game's recorded episodes (all pairs, JSON files except requests.json) to a temp results tree.</summary>
    public static string CopyRecordedTree(string game, string prefix)
    {
        var src = SharedData.Clembench(Runs);
        var dst = SharedData.TempDir(prefix);
        foreach (var file in Directory.GetFiles(src, "*.json", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(src, file);
            if (rel.Split(Path.DirectorySeparatorChar)[1] != game || Path.GetFileName(file) == "requests.json") continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dst, rel))!);
            File.Copy(file, Path.Combine(dst, rel));
        }
        return dst;
    }
}
