using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Records;

namespace Clem.Core.Running;

public enum ReplayStatus { Identical, Different, NotReplayable }

/// <summary>The verdict on one episode: identical, or the first difference with context.</summary>
public sealed record ReplayResult(string EpisodeDir, ReplayStatus Status, string? Difference = null, int EventsCompared = 0)
{
    public bool IsIdentical => Status == ReplayStatus.Identical;
}

/// <summary>
/// The faithfulness check: re-plays a recorded episode through our game master, feeding each player's
/// recorded replies in order, and compares everything the game master sends and decides — every event
/// (from, to, action; timestamps ignored), every top-level logged key — and the episode scores
/// (our scorer on the recorded interactions vs the recorded scores.json). Works on clembench's trees and ours.
/// Convention: player models are given to the game master in role order, so model i plays "Player i+1".
/// </summary>
public static class Replay
{
    /// <summary>Keys of interactions.json that describe rather than decide (model names, run metadata).</summary>
    static readonly HashSet<string> IgnoredKeys = ["players", "turns", "meta", "player_models"];

    public static async Task<ReplayResult> RunAsync(string episodeDir, GameCatalog catalog, CancellationToken cancellationToken = default)
    {
        episodeDir = Path.GetFullPath(episodeDir);
        var experimentFolder = Path.GetDirectoryName(episodeDir)!;
        var gameName = Path.GetFileName(Path.GetDirectoryName(experimentFolder)!);
        var game = catalog.Implementations.FirstOrDefault(g => g.Name == gameName);
        if (game == null) return NotReplayable(episodeDir, $"no game code for '{gameName}'");
        var interactionsPath = Path.Combine(episodeDir, GameRecorder.InteractionsFile);
        var instancePath = Path.Combine(episodeDir, ResultsLayout.InstanceFile);
        if (!File.Exists(interactionsPath)) return NotReplayable(episodeDir, "no interactions.json (episode did not complete)");
        if (!File.Exists(instancePath)) return NotReplayable(episodeDir, "no instance.json");

        var recorded = ClemJson.ReadObject(interactionsPath);
        var instance = ClemJson.ReadObject(instancePath);
        var experiment = EpisodeScoring.LoadExperiment(experimentFolder);
        var settings = EpisodeScoring.SettingsOf(experiment, game);
        var folder = catalog.Games.FirstOrDefault(g => g.Name == gameName)?.Directory ?? experimentFolder;
        var spec = new GameSpec(game, folder, new JsonObject { ["game_name"] = gameName }, settings, isOwn: experiment["clem_net"] != null);

        var replies = RecordedReplies(recorded);
        var names = RecordedModelNames(episodeDir, experiment, game.PlayerCount);
        var models = Enumerable.Range(1, game.PlayerCount)
            .Select(i => new ReplayModel(names[i - 1], replies.TryGetValue($"Player {i}", out var r) ? r : []))
            .ToList();

        var master = game.CreateGameMaster(new GameContext(spec, experiment, models, TimeProvider.System));
        string? playError = null;
        try
        {
            master.Setup(instance.DeepClone().AsObject());
            await master.PlayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ReplayExhaustedException e) { playError = e.Message; }
        catch (Exception e) when (e is not OperationCanceledException) { playError = $"our game master failed: {e.GetType().Name}: {e.Message}"; }

        var (difference, compared) = CompareEvents(recorded, master.Recorder.Interactions);
        if (difference == null && playError != null) difference = playError;
        if (difference == null)
        {
            var left = models.Where(m => m.Remaining > 0).Select(m => $"{m.Spec.Name}: {m.Remaining}").ToList();
            if (left.Count > 0) difference = $"our game master stopped before using every recorded reply (left over: {string.Join(", ", left)})";
        }
        difference ??= CompareKeys(recorded, master.Recorder.Interactions);
        difference ??= CompareScores(game, episodeDir, experiment, instance, recorded, settings);
        return difference == null
            ? new ReplayResult(episodeDir, ReplayStatus.Identical, null, compared)
            : new ReplayResult(episodeDir, ReplayStatus.Different, difference, compared);
    }

    /// <summary>
    /// The models' names as recorded: some games write them into events (wordle: "Guesser Error: … (model:
    /// c4ai-command-r-08-2024)"). Our experiment files list the players' models; for clembench's trees the pair
    /// folder ("&lt;model&gt;-t&lt;T&gt;--&lt;model&gt;-t&lt;T&gt;") names them. "Player i" when neither says.
    /// </summary>
    public static IReadOnlyList<string> RecordedModelNames(string episodeDir, JsonObject experiment, int players)
    {
        var names = new string[players];
        var recorded = experiment["clem_net"]?["players"] as JsonArray;
        var pair = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(episodeDir)))) ?? "");
        var parts = pair.Split("--");
        for (int i = 0; i < players; i++)
        {
            var fromRecord = recorded != null && i < recorded.Count ? recorded[i]?["model"]?["model_name"] : null;
            var fromPair = parts.Length == 2 ? System.Text.RegularExpressions.Regex.Replace(parts[Math.Min(i, 1)], @"-t[0-9.]+(e-?[0-9]+)?$", "") : "";
            names[i] = fromRecord is JsonValue v && v.TryGetValue<string>(out var n) ? n
                : fromPair.Length > 0 ? fromPair : $"Player {i + 1}";
        }
        return names;
    }

    static ReplayResult NotReplayable(string dir, string why) => new(dir, ReplayStatus.NotReplayable, why);

    /// <summary>Action types that carry a model's reply: "get message", and privateshared's "probe answer".</summary>
    static readonly HashSet<string> ReplyTypes = ["get message", "probe answer"];

    /// <summary>Each player's replies ("get message" / "probe answer" contents), in order.</summary>
    public static Dictionary<string, List<string>> RecordedReplies(JsonObject interactions)
    {
        var replies = new Dictionary<string, List<string>>();
        foreach (var turn in interactions["turns"]?.AsArray() ?? [])
            foreach (var ev in turn?.AsArray() ?? [])
            {
                var from = ev?["from"]?.GetValue<string>() ?? "";
                if (ev == null || !ReplyTypes.Contains(ev["action"]?["type"]?.GetValue<string>() ?? "") || !from.StartsWith("Player", StringComparison.Ordinal)) continue;
                var content = ev["action"]!["content"];
                var text = content is JsonValue v && v.TryGetValue<string>(out var s) ? s : ClemJson.Serialize(content);
                // "Player_1" (imagegame's players map) and "Player 1" (events) name the same player.
                var key = from.Replace('_', ' ');
                if (!replies.TryGetValue(key, out var list)) replies[key] = list = [];
                list.Add(text);
            }
        return replies;
    }

    static List<(int Turn, int Index, JsonObject Event)> Flatten(JsonObject interactions)
    {
        var list = new List<(int, int, JsonObject)>();
        var turns = interactions["turns"]?.AsArray() ?? [];
        for (int t = 0; t < turns.Count; t++)
        {
            var events = turns[t]?.AsArray() ?? [];
            for (int i = 0; i < events.Count; i++)
                if (events[i] is JsonObject e) list.Add((t, i, e));
        }
        return list;
    }

    static string Key((int Turn, int Index, JsonObject Event) e) =>
        $"turn {e.Turn} | {e.Event["from"]} → {e.Event["to"]} | {ClemJson.Serialize(e.Event["action"], ensureAscii: false)}";

    static (string? Difference, int Compared) CompareEvents(JsonObject recorded, JsonObject ours)
    {
        var a = Flatten(recorded);
        var b = Flatten(ours);
        int n = Math.Min(a.Count, b.Count);
        for (int i = 0; i < n; i++)
        {
            if (Key(a[i]) == Key(b[i])) continue;
            var context = i > 0 ? $"\n  after: {Shorten(Key(a[i - 1]))}" : "";
            return ($"event {i} differs:{context}\n  recorded: {Shorten(Key(a[i]))}\n  ours:     {Shorten(Key(b[i]))}", i);
        }
        if (a.Count != b.Count)
        {
            var extra = a.Count > b.Count ? $"recorded has more events; next recorded: {Shorten(Key(a[n]))}" : $"ours has more events; next of ours: {Shorten(Key(b[n]))}";
            return ($"event counts differ (recorded {a.Count}, ours {b.Count}): {extra}", n);
        }
        return (null, n);
    }

    static string? CompareKeys(JsonObject recorded, JsonObject ours)
    {
        var keys = recorded.Select(p => p.Key).Concat(ours.Select(p => p.Key)).Where(k => !IgnoredKeys.Contains(k)).Distinct();
        foreach (var key in keys)
        {
            var r = recorded.ContainsKey(key) ? ClemJson.Serialize(recorded[key]) : "(absent)";
            var o = ours.ContainsKey(key) ? ClemJson.Serialize(ours[key]) : "(absent)";
            if (r != o) return $"logged key '{key}' differs:\n  recorded: {Shorten(r)}\n  ours:     {Shorten(o)}";
        }
        return null;
    }

    static string? CompareScores(Game game, string episodeDir, JsonObject experiment, JsonObject instance, JsonObject recorded, JsonObject settings)
    {
        var scoresPath = Path.Combine(episodeDir, Scores.FileName);
        if (!File.Exists(scoresPath)) return null; // nothing recorded to compare with
        var expected = Scores.Load(scoresPath);
        var scorer = game.CreateScorer(experiment, instance, settings);
        try { scorer.ComputeScores(recorded.DeepClone().AsObject()); }
        catch (Exception e) { return $"our scorer failed on the recorded interactions: {e.GetType().Name}: {e.Message}"; }
        return CompareEpisodeScores(expected.EpisodeScores, scorer.Scores.EpisodeScores);
    }

    /// <summary>Episode scores equal as numbers (NaN = NaN), same metric names.</summary>
    public static string? CompareEpisodeScores(JsonObject expected, JsonObject actual)
    {
        foreach (var (name, value) in expected)
        {
            if (!actual.ContainsKey(name)) return $"episode score '{name}' missing in ours (recorded {ClemJson.Serialize(value)})";
            var e = ClemJson.AsDouble(value) ?? double.NaN;
            var a = ClemJson.AsDouble(actual[name]) ?? double.NaN;
            if (!(e.Equals(a))) return $"episode score '{name}' differs: recorded {ClemJson.Serialize(value)}, ours {ClemJson.Serialize(actual[name])}";
        }
        foreach (var (name, value) in actual)
            if (!expected.ContainsKey(name)) return $"episode score '{name}' is ours only ({ClemJson.Serialize(value)})";
        return null;
    }

    static string Shorten(string s) => s.Length <= 400 ? s : s[..400] + $"… ({s.Length} chars)";

    /// <summary>Replays every episode of a results tree (optionally one game).</summary>
    public static async Task<IReadOnlyList<ReplayResult>> RunAllAsync(string resultsDir, GameCatalog catalog, string? game = null, CancellationToken cancellationToken = default)
    {
        var results = new List<ReplayResult>();
        foreach (var ep in ResultsLayout.Episodes(resultsDir, game))
            results.Add(await RunAsync(ep.Path, catalog, cancellationToken).ConfigureAwait(false));
        return results;
    }
}
