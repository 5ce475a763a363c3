using System.Text;

namespace Clem.Analysis.Data;

/// <summary>
/// A CSV table as spreadsheets and pandas write it (RFC 4180: quoted fields may hold commas, doubled
/// quotes and line breaks — the study's sheets have headers broken over lines).
/// </summary>
public sealed class CsvTable
{
    public required string Path { get; init; }
    public required IReadOnlyList<string> Header { get; init; }
    public required IReadOnlyList<string[]> Rows { get; init; }

    /// <summary>Header text made comparable: lower case, runs of white space (line breaks included) as one space, trimmed.</summary>
    public static string NormalizeHeader(string h) =>
        string.Join(' ', h.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>Index of the first column whose normalised header satisfies <paramref name="match"/>, or -1.</summary>
    public int Find(Func<string, bool> match)
    {
        for (int i = 0; i < Header.Count; i++)
            if (match(NormalizeHeader(Header[i]))) return i;
        return -1;
    }

    public int Find(params string[] exactNames) => Find(h => exactNames.Contains(h));

    public static string Cell(string[] row, int column) => column >= 0 && column < row.Length ? row[column] : "";

    public static CsvTable Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClemUserException($"{path}: cannot read ({e.Message})", e);
        }
        var records = Parse(text, path);
        if (records.Count == 0) throw new ClemUserException($"{path}: empty CSV file (no header row)");
        var rows = records.Skip(1).Where(r => !(r.Length == 1 && r[0].Length == 0)).ToList();
        return new CsvTable { Path = path, Header = records[0], Rows = rows };
    }

    internal static List<string[]> Parse(string text, string sourceName)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool inQuotes = false, fieldStarted = false;
        int i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else inQuotes = false;
                }
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: inQuotes = true; fieldStarted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); fieldStarted = true; break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    records.Add(fields.ToArray()); fields.Clear(); fieldStarted = false;
                    break;
                default: field.Append(c); fieldStarted = true; break;
            }
        }
        if (inQuotes) throw new ClemUserException($"{sourceName}: unterminated quoted field at the end of the file");
        if (fieldStarted || field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields.ToArray());
        }
        return records;
    }
}
