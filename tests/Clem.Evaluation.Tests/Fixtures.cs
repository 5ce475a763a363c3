using Clem.Evaluation.Output;
using Clem.Testing;

namespace Clem.Evaluation.Tests;

/// <summary>Helpers: copies of shared fixtures into temp folders, synthetic results trees, CSV reading.</summary>
static class Fixtures
{
    /// <summary>
    /// Copies the directory layout of a shared results tree with its scores/error files only (the evaluator
    /// reads nothing else) into a fresh temp folder, because evaluation writes its outputs into the tree.
    /// </summary>
    public static string CopyResultsTree(string sharedRelative)
    {
        var source = SharedData.Clembench(sharedRelative);
        var target = SharedData.TempDir("clem-eval");
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, dir)));
        foreach (var file in Directory.EnumerateFiles(source, "*scores.json", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        return target;
    }

    /// <summary>Writes <c>root/model/game/exp/episode/file</c> with the given text.</summary>
    public static string Write(string root, string model, string game, string exp, string episode, string text, string file = "scores.json")
    {
        var dir = Path.Combine(root, model, game, exp, episode);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, file);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A scores.json with the given episode scores (JSON members, e.g. "\"Aborted\": 0, \"Main Score\": 50").</summary>
    public static string ScoresJson(string members) =>
        "{\"turn scores\": {\"0\": {\"Request Count\": 1}}, \"episode scores\": {" + members + "}}";

    public static string Played(double main) => ScoresJson($"\"Aborted\": 0, \"Success\": 1, \"Main Score\": {main.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    public static string Aborted() => ScoresJson("\"Aborted\": 1, \"Success\": 0, \"Main Score\": NaN");

    public static List<List<string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        return Csv.ReadRecords(reader).Select(r => r.Fields).ToList();
    }

    /// <summary>A results.csv as header + model → cells, for cell-by-cell comparison.</summary>
    public static (List<string> Header, Dictionary<string, List<string>> Rows) ReadTable(string path)
    {
        var records = ReadCsv(path);
        return (records[0], records.Skip(1).ToDictionary(r => r[0], r => r));
    }
}
