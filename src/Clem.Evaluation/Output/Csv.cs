using System.Text;

namespace Clem.Evaluation.Output;

/// <summary>CSV as pandas' <c>to_csv</c> writes it (Python csv, QUOTE_MINIMAL, '\n' line ends) and reads it back.</summary>
public static class Csv
{
    public static void AppendField(StringBuilder sb, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) { sb.Append(field); return; }
        sb.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }

    public static string Field(string field)
    {
        var sb = new StringBuilder(field.Length + 2);
        AppendField(sb, field);
        return sb.ToString();
    }

    /// <summary>Reads CSV records (quoted fields may span lines); yields each record with the line it starts on.</summary>
    public static IEnumerable<(int Line, List<string> Fields)> ReadRecords(TextReader reader)
    {
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            int start = lineNo;
            var fields = new List<string>();
            var field = new StringBuilder();
            bool inQuotes = false;
            int i = 0;
            while (true)
            {
                if (i >= line.Length)
                {
                    if (!inQuotes) { fields.Add(field.ToString()); break; }
                    // A quoted field continues on the next line.
                    var next = reader.ReadLine() ?? throw new FormatException($"line {start}: unterminated quoted field");
                    lineNo++;
                    field.Append('\n');
                    line = next;
                    i = 0;
                    continue;
                }
                char c = line[i++];
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        if (i < line.Length && line[i] == '"') { field.Append('"'); i++; }
                        else inQuotes = false;
                    }
                    else field.Append(c);
                }
                else if (c == '"') inQuotes = true;
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }
            yield return (start, fields);
        }
    }
}
