using System.Globalization;
using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Analysis.Data;

/// <summary>
/// Reads one <c>-r</c> input: a results table (clembench's results.csv or the 2024 study's score sheet),
/// a raw.csv of per-episode metrics, or a results directory (its raw.csv, else its <c>*scores.json</c>
/// files, else its results.csv).
/// </summary>
public static class ResultsLoader
{
    public static RunInput Load(string path, string? label = null)
    {
        if (Directory.Exists(path)) return LoadDirectory(path, label ?? RunLabel(path));
        if (!File.Exists(path)) throw new ClemUserException($"{path}: no such results file or directory");
        if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            throw new ClemUserException($"{path}: not a results input (expected a results directory, results.csv, raw.csv or a score sheet .csv)");
        return LoadCsv(CsvTable.Read(path), label ?? RunLabel(path));
    }

    /// <summary>A short run label: "v1.6/results.csv" → "v1.6"; a directory → its name.</summary>
    public static string RunLabel(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        if (Directory.Exists(full)) return Path.GetFileName(full);
        var file = Path.GetFileNameWithoutExtension(full);
        var dir = Path.GetFileName(Path.GetDirectoryName(full) ?? "");
        return file is "results" or "raw" && dir.Length > 0 ? dir : file;
    }

    static RunInput LoadDirectory(string dir, string label)
    {
        var raw = Path.Combine(dir, "raw.csv");
        if (File.Exists(raw)) return LoadCsv(CsvTable.Read(raw), label, dir);
        var scores = Directory.EnumerateFiles(dir, "*scores.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (scores.Count > 0) return FromEpisodes(label, dir, "scores.json tree", ReadScoresFiles(dir, scores));
        var results = Path.Combine(dir, "results.csv");
        if (File.Exists(results)) return LoadCsv(CsvTable.Read(results), label, dir);
        throw new ClemUserException($"{dir}: no raw.csv, *scores.json or results.csv found in this results directory");
    }

    static RunInput LoadCsv(CsvTable t, string label, string? pathOverride = null)
    {
        var path = pathOverride ?? t.Path;
        if (new[] { "game", "model", "experiment", "episode", "metric", "value" }.All(c => t.Find(c) >= 0))
            return FromEpisodes(label, path, "raw.csv", ReadRaw(t));
        if (t.Find(h => h.EndsWith("clemscore", StringComparison.Ordinal)) >= 0) return ReadTable(t, label, path);
        throw new ClemUserException($"{t.Path}: neither a results table (no clemscore column) nor a raw.csv (needs columns game, model, experiment, episode, metric, value)");
    }

    static RunInput ReadTable(CsvTable t, string label, string path)
    {
        int nameCol = t.Find("model name", "model", "model_name", "name");
        bool sheet = nameCol >= 0;
        if (nameCol < 0) nameCol = 0; // clembench's results.csv: the unnamed pandas index holds the pair name
        int clem = t.Find(h => h.EndsWith("clemscore", StringComparison.Ordinal));
        int played = t.Find("all, average % played");
        int quality = t.Find("all, average quality score");
        int pairs = t.Find("cllm_pairs");
        int backend = t.Find("backend");
        int provider = t.Find("model provider", "provider");
        var gameCols = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        for (int i = 0; i < t.Header.Count; i++)
        {
            var h = CsvTable.NormalizeHeader(t.Header[i]);
            var comma = h.IndexOf(", ", StringComparison.Ordinal);
            if (comma <= 0) continue;
            var game = t.Header[i].Trim()[..comma];
            if (game is "all" or "-") continue;
            var metric = h[(comma + 2)..];
            int slot = metric switch { "% played" => 0, "quality score" => 1, "quality score (std)" => 2, _ => -1 };
            if (slot < 0) continue;
            if (!gameCols.TryGetValue(game, out var cols)) gameCols[game] = cols = [-1, -1, -1];
            cols[slot] = i;
        }
        var models = new List<ModelResult>();
        for (int r = 0; r < t.Rows.Count; r++)
        {
            var row = t.Rows[r];
            var name = CsvTable.Cell(row, nameCol).Trim();
            if (name.Length == 0) continue;
            var where = $"{t.Path}, row {r + 2} ({name})";
            var games = new SortedDictionary<string, GameScore>(StringComparer.Ordinal);
            foreach (var (game, cols) in gameCols)
            {
                var g = new GameScore(Num(row, cols[0], where), Num(row, cols[1], where), Num(row, cols[2], where));
                if (!(double.IsNaN(g.PercentPlayed) && double.IsNaN(g.Quality))) games[game] = g;
            }
            double p = played >= 0 ? Num(row, played, where) : double.NaN;
            double q = quality >= 0 ? Num(row, quality, where) : double.NaN;
            if (played < 0 || quality < 0) (p, q) = ClemScoring.MacroAverages(games.Values);
            var aliases = new List<string>();
            if (pairs >= 0 && CsvTable.Cell(row, pairs).Trim() is { Length: > 0 } pair) aliases.Add(pair);
            models.Add(new ModelResult
            {
                Run = label, SourceName = name, Clemscore = Num(row, clem, where), PercentPlayed = p, Quality = q, Games = games,
                BackendHint = NonEmpty(CsvTable.Cell(row, backend)), ProviderHint = NonEmpty(CsvTable.Cell(row, provider)), Aliases = aliases,
            });
        }
        if (models.Count == 0) throw new ClemUserException($"{t.Path}: the results table has no model rows");
        return new RunInput { Label = label, Path = path, Kind = sheet ? "study sheet" : "results table", Models = models };
    }

    static string? NonEmpty(string s) => s.Trim() is { Length: > 0 } v ? v : null;

    static double Num(string[] row, int col, string where)
    {
        var s = CsvTable.Cell(row, col).Trim();
        if (s.Length == 0 || s.Equals("nan", StringComparison.OrdinalIgnoreCase)) return double.NaN;
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        throw new ClemUserException($"{where}: '{s}' is not a number");
    }

    /// <summary>raw.csv rows → episodes (Aborted and Main Score; Played stands in when Aborted is absent).</summary>
    static Dictionary<string, List<EpisodeScore>> ReadRaw(CsvTable t)
    {
        int g = t.Find("game"), m = t.Find("model"), x = t.Find("experiment"), e = t.Find("episode"), k = t.Find("metric"), v = t.Find("value");
        var cells = new Dictionary<(string, string, string, string), double[]>();
        for (int r = 0; r < t.Rows.Count; r++)
        {
            var row = t.Rows[r];
            var metric = CsvTable.Cell(row, k);
            int slot = metric switch { "Aborted" => 0, "Main Score" => 1, "Played" => 2, _ => -1 };
            if (slot < 0) continue;
            var key = (CsvTable.Cell(row, m), CsvTable.Cell(row, g), CsvTable.Cell(row, x), CsvTable.Cell(row, e));
            if (!cells.TryGetValue(key, out var c)) cells[key] = c = [double.NaN, double.NaN, double.NaN];
            c[slot] = Num(row, v, $"{t.Path}, row {r + 2}");
        }
        var byModel = new Dictionary<string, List<EpisodeScore>>();
        foreach (var ((model, game, exp, ep), c) in cells)
        {
            double aborted = !double.IsNaN(c[0]) ? c[0] : !double.IsNaN(c[2]) ? 1 - c[2] : double.NaN;
            if (!byModel.TryGetValue(model, out var list)) byModel[model] = list = [];
            list.Add(new EpisodeScore(game, exp, ep, aborted, c[1]));
        }
        return byModel;
    }

    /// <summary>
    /// Reads <c>…/&lt;model&gt;/&lt;game&gt;/&lt;experiment&gt;/&lt;episode&gt;/scores.json</c> (the last five path
    /// components, as clembench's evaluator does) and keeps the episode's Aborted and Main Score.
    /// </summary>
    static Dictionary<string, List<EpisodeScore>> ReadScoresFiles(string root, List<string> files)
    {
        var byModel = new Dictionary<string, List<EpisodeScore>>();
        foreach (var file in files)
        {
            var parts = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            if (parts.Length < 5)
                throw new ClemUserException($"{file}: expected <model>/<game>/<experiment>/<episode>/scores.json below {root}");
            var (model, game, exp, ep) = (parts[^5], parts[^4], parts[^3], parts[^2]);
            JsonObject obj;
            try { obj = ClemJson.ReadObject(file); }
            catch (System.Text.Json.JsonException ex) { throw new ClemUserException(ex.Message, ex); }
            var scores = obj["episode scores"] as JsonObject
                ?? throw new ClemUserException($"{file}: no \"episode scores\" object");
            double aborted = ClemJson.AsDouble(scores["Aborted"]) ?? double.NaN;
            double main = ClemJson.AsDouble(scores["Main Score"]) ?? double.NaN;
            if (!byModel.TryGetValue(model, out var list)) byModel[model] = list = [];
            list.Add(new EpisodeScore(game, exp, ep, aborted, main));
        }
        return byModel;
    }

    static RunInput FromEpisodes(string label, string path, string kind, Dictionary<string, List<EpisodeScore>> byModel)
    {
        if (byModel.Count == 0) throw new ClemUserException($"{path}: no episode scores (Aborted / Main Score) found");
        var models = byModel.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
        {
            var eps = p.Value.OrderBy(e => e.Game, StringComparer.Ordinal).ThenBy(e => e.Experiment, StringComparer.Ordinal)
                .ThenBy(e => e.Episode, StringComparer.Ordinal).ToList();
            var table = ClemScoring.Score(eps);
            return new ModelResult
            {
                Run = label, SourceName = p.Key, Clemscore = table.Clemscore, PercentPlayed = table.PercentPlayed,
                Quality = table.Quality, Games = table.Games, Episodes = eps,
            };
        }).ToList();
        return new RunInput { Label = label, Path = path, Kind = kind, Models = models };
    }
}
