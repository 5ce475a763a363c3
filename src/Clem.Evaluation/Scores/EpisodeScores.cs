using System.Text.Json;
using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Evaluation.Scores;

/// <summary>The "episode scores" of one episode, in file order.</summary>
public sealed record EpisodeScores(EpisodeKey Key, string? SourcePath, IReadOnlyList<KeyValuePair<string, MetricValue>> Metrics)
{
    /// <summary>
    /// Reads a clembench <c>scores.json</c> (bare NaN accepted). Throws <see cref="PlayedScoreException"/> when the
    /// file logs Played, and <see cref="InvalidScoresException"/> (naming the file) when it cannot be used:
    /// not JSON, no "episode scores" object, or a non-numeric Aborted / Main Score.
    /// </summary>
    public static EpisodeScores Read(string path, EpisodeKey key)
    {
        JsonNode? root;
        try
        {
            root = ClemJson.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidScoresException(path, $"not valid JSON ({e.Message})");
        }
        catch (IOException e)
        {
            throw new InvalidScoresException(path, $"cannot be read ({e.Message})");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InvalidScoresException(path, $"cannot be read ({e.Message})");
        }
        return FromJson(root, path, key);
    }

    public static EpisodeScores FromJson(JsonNode? root, string path, EpisodeKey key)
    {
        if (root is not JsonObject obj)
            throw new InvalidScoresException(path, "top level is not a JSON object");
        if (!obj.TryGetPropertyValue("episode scores", out var node) || node is not JsonObject episode)
            throw new InvalidScoresException(path, "has no \"episode scores\" object");
        var metrics = new List<KeyValuePair<string, MetricValue>>(episode.Count);
        foreach (var (name, value) in episode)
        {
            if (name == Evaluation.Metrics.Played) throw new PlayedScoreException(path);
            var v = ToValue(value);
            if ((name == Evaluation.Metrics.Aborted || name == Evaluation.Metrics.MainScore) && v.Kind == MetricValueKind.Text)
                throw new InvalidScoresException(path, $"\"{name}\" is not a number: {Shorten(v.Text!)}");
            metrics.Add(new(name, v));
        }
        return new EpisodeScores(key, path, metrics);
    }

    static MetricValue ToValue(JsonNode? node)
    {
        if (node is null) return MetricValue.Null;
        if (node is JsonValue jv)
        {
            switch (jv.GetValueKind())
            {
                case JsonValueKind.String: return MetricValue.OfText(jv.GetValue<string>());
                case JsonValueKind.True: return MetricValue.OfBool(true);
                case JsonValueKind.False: return MetricValue.OfBool(false);
                case JsonValueKind.Null: return MetricValue.Null;
            }
            if (ClemJson.AsDouble(jv) is { } d) return MetricValue.Of(d);
        }
        // A list or dict as an episode score: kept as its JSON text in raw.csv.
        return MetricValue.OfText(ClemJson.Serialize(node));
    }

    static string Shorten(string s) => s.Length <= 40 ? $"\"{s}\"" : $"\"{s[..40]}…\"";
}

/// <summary>A scores file the evaluator cannot use; the message names the file and the problem.</summary>
public sealed class InvalidScoresException(string path, string problem) : ClemUserException($"{path}: {problem}")
{
    public string Path { get; } = path;
    public string Problem { get; } = problem;
}
