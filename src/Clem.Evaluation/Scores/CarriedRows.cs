using Clem.Evaluation.Output;

namespace Clem.Evaluation.Scores;

/// <summary>
/// Reads an existing raw.csv back, episode by episode, for an incremental evaluation: rows of the
/// re-read selection and all derived Played rows are dropped (they are recomputed).
/// </summary>
static class CarriedRows
{
    public static IEnumerable<EpisodeScores> Read(string rawCsv, Func<string, string, bool> isReplaced)
    {
        using var reader = new StreamReader(rawCsv);
        EpisodeKey? current = null;
        var metrics = new List<KeyValuePair<string, MetricValue>>();
        bool header = true;
        foreach (var (line, f) in Csv.ReadRecords(reader))
        {
            if (header)
            {
                if (string.Join(",", f) != RawCsvWriter.Header)
                    throw new ClemUserException($"{rawCsv}: line 1 is not a clembench raw.csv header ('{RawCsvWriter.Header}')");
                header = false;
                continue;
            }
            if (f.Count != 7) throw new ClemUserException($"{rawCsv}: line {line} has {f.Count} fields, expected 7");
            var key = new EpisodeKey(Model: f[2], Game: f[1], Experiment: f[3], Episode: f[4]);
            string metric = f[5];
            if (metric == Metrics.Played || isReplaced(key.Model, key.Game)) continue;
            var value = MetricValue.ParseCsv(f[6]);
            if ((metric == Metrics.Aborted || metric == Metrics.MainScore) && value.Kind == MetricValueKind.Text)
                throw new ClemUserException($"{rawCsv}: line {line}: \"{metric}\" is not a number: '{f[6]}'");
            if (current != null && current.Value != key)
            {
                yield return new EpisodeScores(current.Value, null, metrics);
                metrics = [];
            }
            current = key;
            metrics.Add(new(metric, value));
        }
        if (current != null) yield return new EpisodeScores(current.Value, null, metrics);
    }
}
