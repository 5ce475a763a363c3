using System.Text;
using Clem.Evaluation.Scores;

namespace Clem.Evaluation.Output;

/// <summary>results.csv exactly as pandas writes clembench's table: unnamed index column of model names, float repr cells, empty for NaN.</summary>
public static class ResultsCsvWriter
{
    public static string Format(ResultsTable table)
    {
        var sb = new StringBuilder();
        foreach (var h in table.Headers) { sb.Append(','); Csv.AppendField(sb, h); }
        sb.Append('\n');
        foreach (var model in table.Models)
        {
            Csv.AppendField(sb, model.Model);
            foreach (var cell in table.Cells(model)) sb.Append(',').Append(MetricValue.FormatFloat(cell));
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
