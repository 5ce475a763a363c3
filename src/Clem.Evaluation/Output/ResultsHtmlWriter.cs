using System.Globalization;
using System.Net;
using System.Text;
using Clem.Core.Json;

namespace Clem.Evaluation.Output;

/// <summary>
/// results.html in the layout of pandas' <c>DataFrame.to_html</c> (what clembench writes): a bare
/// <c>table.dataframe</c>, model names as row headers, each column's numbers with a shared number of
/// decimals (6 digits, trailing zeros trimmed across the column), NaN shown as "NaN". Every cell is
/// HTML-escaped (model and game names come from directory names).
/// </summary>
public static class ResultsHtmlWriter
{
    public static string Format(ResultsTable table)
    {
        var headers = table.Headers.ToList();
        var columns = new List<string[]>();
        var rows = table.Models.Select(m => table.Cells(m).ToArray()).ToList();
        for (int c = 0; c < headers.Count; c++)
            columns.Add(FormatColumn(rows.Select(r => r[c]).ToList()));

        var sb = new StringBuilder();
        sb.Append("<table border=\"1\" class=\"dataframe\">\n");
        sb.Append("  <thead>\n    <tr style=\"text-align: right;\">\n      <th></th>\n");
        foreach (var h in headers) sb.Append("      <th>").Append(Escape(h)).Append("</th>\n");
        sb.Append("    </tr>\n  </thead>\n  <tbody>\n");
        for (int r = 0; r < rows.Count; r++)
        {
            sb.Append("    <tr>\n      <th>").Append(Escape(table.Models[r].Model)).Append("</th>\n");
            for (int c = 0; c < headers.Count; c++) sb.Append("      <td>").Append(Escape(columns[c][r])).Append("</td>\n");
            sb.Append("    </tr>\n");
        }
        sb.Append("  </tbody>\n</table>");
        return sb.ToString();
    }

    static string Escape(string s) => WebUtility.HtmlEncode(s);

    /// <summary>pandas' float column formatting: '%.6f', then trailing zeros trimmed while every number ends in 0.</summary>
    static string[] FormatColumn(List<double> values)
    {
        if (values.Any(v => !double.IsNaN(v) && (Math.Abs(v) > 1e6 || (v != 0 && Math.Abs(v) < 1e-6))))
            return values.Select(v => double.IsNaN(v) ? "NaN" : PyFloat.Repr(v)).ToArray();
        var cells = values.Select(v => double.IsNaN(v) ? "NaN"
            : double.IsInfinity(v) ? (v > 0 ? "inf" : "-inf")
            : v.ToString("F6", CultureInfo.InvariantCulture)).ToArray();
        bool IsNumber(string s) => s.Contains('.');
        while (cells.Any(IsNumber) && cells.Where(IsNumber).All(s => s.EndsWith('0')))
            for (int i = 0; i < cells.Length; i++)
                if (IsNumber(cells[i])) cells[i] = cells[i][..^1];
        for (int i = 0; i < cells.Length; i++)
            if (cells[i].EndsWith('.')) cells[i] += "0";
        return cells;
    }
}
