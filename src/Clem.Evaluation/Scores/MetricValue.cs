using System.Globalization;
using Clem.Core.Json;

namespace Clem.Evaluation.Scores;

public enum MetricValueKind { Number, Null, Bool, Text }

/// <summary>
/// One logged episode-score value. Numbers (NaN included) are what the tables use; null counts as NaN;
/// booleans count as 1/0 (Python's bool is an int); text (or a nested JSON value) is carried into raw.csv
/// but cannot be a Main Score or Aborted value.
/// </summary>
public readonly record struct MetricValue(MetricValueKind Kind, double Number, string? Text)
{
    public static MetricValue Of(double d) => new(MetricValueKind.Number, d, null);
    public static readonly MetricValue Null = new(MetricValueKind.Null, double.NaN, null);
    public static MetricValue OfBool(bool b) => new(MetricValueKind.Bool, b ? 1 : 0, null);
    public static MetricValue OfText(string s) => new(MetricValueKind.Text, double.NaN, s);

    /// <summary>The value as pandas' <c>to_numeric</c> sees it; null for text.</summary>
    public double? Numeric => Kind == MetricValueKind.Text ? null : Number;

    /// <summary>
    /// The cell text pandas writes in raw.csv for a float64 value column: Python's float repr
    /// (<c>0.0</c>, <c>33.333333333333336</c>), empty for NaN/null, <c>inf</c>/<c>-inf</c>.
    /// JSON ints become floats (<c>1</c> → <c>1.0</c>) as in clembench's v1.x raw.csv files.
    /// </summary>
    public string CsvText => Kind switch
    {
        MetricValueKind.Number => FormatFloat(Number),
        MetricValueKind.Null => "",
        MetricValueKind.Bool => Number == 1 ? "True" : "False",
        _ => Text ?? "",
    };

    public static string FormatFloat(double d) =>
        double.IsNaN(d) ? "" : double.IsPositiveInfinity(d) ? "inf" : double.IsNegativeInfinity(d) ? "-inf" : PyFloat.Repr(d);

    /// <summary>Reads a raw.csv cell back (incremental evaluation): empty → NaN, number, True/False, else text.</summary>
    public static MetricValue ParseCsv(string cell)
    {
        if (cell.Length == 0) return Of(double.NaN);
        switch (cell)
        {
            case "True": return OfBool(true);
            case "False": return OfBool(false);
            case "inf": return Of(double.PositiveInfinity);
            case "-inf": return Of(double.NegativeInfinity);
            case "nan": case "NaN": return Of(double.NaN);
        }
        if ((char.IsAsciiDigit(cell[0]) || cell[0] is '-' or '+' or '.')
            && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return Of(d);
        return OfText(cell);
    }
}
