using System.Text;
using Clem.Evaluation.Scores;

namespace Clem.Evaluation.Output;

/// <summary>
/// Streams raw.csv in pandas' layout (<c>,game,model,experiment,episode,metric,value</c>, running index).
/// clembench appends all derived Played rows after every logged row (in the order of their Aborted rows);
/// to keep that layout without holding rows in memory, Played rows go to a second temporary file that is
/// appended, with their index numbers, when the table is finished.
/// </summary>
public sealed class RawCsvWriter : IDisposable
{
    public const string Header = ",game,model,experiment,episode,metric,value";

    readonly StagedFile _file;
    readonly StreamWriter _main;
    readonly string _playedPath;
    readonly StreamWriter _played;
    readonly StringBuilder _line = new(256);
    long _index;
    bool _finished;

    public RawCsvWriter(StagedFile file)
    {
        _file = file;
        _main = file.OpenWriter();
        _main.Write(Header);
        _main.Write('\n');
        _playedPath = file.TempPath + ".played";
        _played = new StreamWriter(new FileStream(_playedPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }

    /// <summary>Rows written so far (logged + derived).</summary>
    public long Rows => LoggedRows + PlayedRows;
    public long LoggedRows { get; private set; }
    public long PlayedRows { get; private set; }

    public void WriteRow(EpisodeKey key, string metric, MetricValue value)
    {
        WriteLine(_main, key, metric, value, _index++);
        LoggedRows++;
    }

    public void WritePlayedRow(EpisodeKey key, MetricValue played)
    {
        WriteLine(_played, key, Metrics.Played, played, null);
        PlayedRows++;
    }

    void WriteLine(StreamWriter w, EpisodeKey key, string metric, MetricValue value, long? index)
    {
        var sb = _line.Clear();
        if (index is { } i) sb.Append(i).Append(',');
        Csv.AppendField(sb, key.Game); sb.Append(',');
        Csv.AppendField(sb, key.Model); sb.Append(',');
        Csv.AppendField(sb, key.Experiment); sb.Append(',');
        Csv.AppendField(sb, key.Episode); sb.Append(',');
        Csv.AppendField(sb, metric); sb.Append(',');
        Csv.AppendField(sb, value.CsvText);
        sb.Append('\n');
        foreach (var chunk in sb.GetChunks()) w.Write(chunk.Span);
    }

    /// <summary>Appends the Played rows (numbered after the logged rows) and closes the temporary file.</summary>
    public void Finish()
    {
        _played.Flush();
        var stream = _played.BaseStream;
        stream.Position = 0;
        using (var reader = new StreamReader(stream, new UTF8Encoding(false), false, 1 << 16, leaveOpen: true))
        {
            // Played rows never contain a raw newline inside a field except in quoted names, so read records, not lines.
            var record = new StringBuilder();
            int quotes = 0;
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (record.Length > 0) record.Append('\n');
                record.Append(line);
                foreach (char c in line) if (c == '"') quotes++;
                if (quotes % 2 != 0) continue; // inside a quoted field that spans lines
                _main.Write(_index++);
                _main.Write(',');
                _main.Write(record);
                _main.Write('\n');
                record.Clear();
                quotes = 0;
            }
        }
        _main.Flush();
        _main.Dispose();
        _played.Dispose();
        _finished = true;
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _main.Dispose();
            _played.Dispose();
        }
    }
}
