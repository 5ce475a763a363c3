using Clem.Evaluation.Scores;

namespace Clem.Evaluation.Discovery;

/// <summary>
/// Detects scores files that map to an already-used (model, game, experiment, episode) key — clembench keeps
/// the first and prints "Repeated file". Memory stays proportional to experiment directories, not episodes:
/// the walk is depth-first, so one experiment directory's files arrive together; only when a second directory
/// maps to the same (model, game, experiment) are episode names remembered for that triple.
/// </summary>
sealed class RepeatTracker
{
    readonly Dictionary<(string, string, string), string> _firstExperimentDir = new();
    readonly Dictionary<(string, string, string), HashSet<string>> _clashing = new();
    EpisodeKey? _lastKey;

    /// <summary>True when <paramref name="key"/> was already used by an earlier file.</summary>
    public bool IsRepeat(string path, EpisodeKey key)
    {
        var experimentDir = Path.GetDirectoryName(Path.GetDirectoryName(path)) ?? "";
        var triple = (key.Model, key.Game, key.Experiment);
        bool repeat;
        if (!_firstExperimentDir.TryGetValue(triple, out var first))
        {
            _firstExperimentDir[triple] = experimentDir;
            repeat = false;
        }
        else if (first == experimentDir)
        {
            // Same directory: files of one episode directory arrive one after another.
            repeat = _lastKey == key;
        }
        else
        {
            if (!_clashing.TryGetValue(triple, out var used))
                _clashing[triple] = used = EpisodesWithScores(first);
            repeat = !used.Add(key.Episode);
        }
        _lastKey = key;
        return repeat;
    }

    /// <summary>Episode directories of an experiment directory that hold a scores file (what the first visit used).</summary>
    static HashSet<string> EpisodesWithScores(string experimentDir)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(experimentDir)) return set;
        foreach (var dir in Directory.EnumerateDirectories(experimentDir))
            if (Directory.EnumerateFiles(dir, "*" + ResultsWalker.ScoresSuffix).Any())
                set.Add(Path.GetFileName(dir));
        return set;
    }
}
