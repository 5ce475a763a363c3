using System.Text.Json.Nodes;
using Clem.Core.Json;
using Clem.Games.Text;

namespace Clem.Games.ImageGame;

/// <summary>A number as Python computed it: an int stays an int in scores.json (0), a float stays a float (0.0).</summary>
public readonly record struct PyNumber(double Value, bool IsInt)
{
    public static PyNumber Int(long v) => new(v, true);
    public static PyNumber Float(double v) => new(v, false);
    public JsonNode ToJson() => IsInt ? JsonValue.Create((long)Value) : JsonValue.Create(Value);
}

/// <summary>Precision, recall and F1 of a drawn grid against the target, as integer percentages.</summary>
public readonly record struct GridScores(PyNumber Precision, PyNumber Recall, PyNumber F1)
{
    /// <summary>The scorer's starting values (Python ints), kept when the first evaluation fails.</summary>
    public static GridScores Initial => new(PyNumber.Int(0), PyNumber.Int(0), PyNumber.Int(0));
}

/// <summary>clembench's grid evaluation raised here (ZeroDivisionError, IndexError); its scorer swallows it.</summary>
public sealed class GridEvaluationException(string message) : Exception(message);

/// <summary>
/// Scores a drawn grid. Recall counts the target's letters found at their place, precision the drawn letters that
/// are right (case-insensitive); each ratio is rounded to 4 places, F1 = 2PR/(P+R) (0 when P or R is 0) rounded to 4
/// places, then all three ×100 rounded to integers — clembench's arithmetic, Python rounding included.
/// </summary>
public static class GridEvaluation
{
    /// <summary>clembench's <c>evaluate(target, generated)</c>: cells from splitting stripped rows on single spaces.</summary>
    public static GridScores Clembench(string target, string generated)
    {
        if (Size(target) != Size(generated)) return new(PyNumber.Float(0), PyNumber.Float(0), PyNumber.Float(0));
        var targetRows = PyStr.Strip(target).Split('\n');
        var generatedRows = PyStr.Strip(generated).Split('\n');
        int recallHits = 0, recallTotal = 0, precisionHits = 0, precisionTotal = 0;
        for (int r = 0; r < targetRows.Length; r++)
        {
            var t = targetRows[r].Split(' ');
            var g = generatedRows[r].Split(' ');
            for (int c = 0; c < t.Length; c++)
            {
                if (c >= g.Length) throw new GridEvaluationException($"IndexError: row {r} of the drawn grid has {g.Length} cells");
                if (t[c] != "▢")
                {
                    recallTotal++;
                    if (PyStr.Lower(t[c]) == PyStr.Lower(g[c])) recallHits++;
                }
                if (g[c] != "▢")
                {
                    precisionTotal++;
                    if (PyStr.Lower(t[c]) == PyStr.Lower(g[c])) precisionHits++;
                }
            }
        }
        if (recallTotal == 0) throw new GridEvaluationException("ZeroDivisionError: the target grid has no letters");
        var recall = PyFloat.PyRound(recallHits / (double)recallTotal, 4);
        if (precisionTotal == 0) throw new GridEvaluationException("ZeroDivisionError: the drawn grid has no letters");
        var precision = PyFloat.PyRound(precisionHits / (double)precisionTotal, 4);
        return Finish(precision, recall);
    }

    /// <summary>
    /// Our evaluation: the cells are the non-blank characters of the grid (the format check guarantees one per cell),
    /// compared by position. Nothing drawn scores 0; an empty target drawn empty scores 100.
    /// </summary>
    public static GridScores ByPosition(string target, string generated)
    {
        var t = Cells(target);
        var g = Cells(generated);
        if (t.Count != g.Count) return new(PyNumber.Float(0), PyNumber.Float(0), PyNumber.Float(0));
        int recallHits = 0, recallTotal = 0, precisionHits = 0, precisionTotal = 0;
        for (int i = 0; i < t.Count; i++)
        {
            bool same = PyStr.Lower(t[i]) == PyStr.Lower(g[i]);
            if (t[i] != "▢") { recallTotal++; if (same) recallHits++; }
            if (g[i] != "▢") { precisionTotal++; if (same) precisionHits++; }
        }
        if (recallTotal == 0 && precisionTotal == 0) return new(PyNumber.Float(100), PyNumber.Float(100), PyNumber.Float(100));
        var recall = recallTotal == 0 ? 0 : PyFloat.PyRound(recallHits / (double)recallTotal, 4);
        var precision = precisionTotal == 0 ? 0 : PyFloat.PyRound(precisionHits / (double)precisionTotal, 4);
        return Finish(precision, recall);
    }

    static GridScores Finish(double precision, double recall)
    {
        PyNumber f1;
        if (precision == 0 || recall == 0) f1 = PyNumber.Int(0); // Python: f1 = 0 stays an int through round()
        else f1 = PyNumber.Float(PyFloat.PyRound(PyFloat.PyRound(2 * precision * recall / (precision + recall), 4) * 100, 0));
        return new(PyNumber.Float(PyFloat.PyRound(100 * precision, 0)), PyNumber.Float(PyFloat.PyRound(100 * recall, 0)), f1);
    }

    /// <summary>clembench's <c>calculate_flipped_pixels(previous, current)</c>.</summary>
    public static int ClembenchChangedCells(string previous, string current)
    {
        var prevRows = PyStr.Strip(previous).Split('\n');
        var curRows = PyStr.Strip(current).Split('\n');
        int changed = 0;
        for (int r = 0; r < prevRows.Length; r++)
        {
            if (r >= curRows.Length) throw new GridEvaluationException($"IndexError: the drawn grid has {curRows.Length} rows");
            var p = prevRows[r].Split(' ');
            var c = curRows[r].Split(' ');
            for (int i = 0; i < p.Length; i++)
            {
                if (i >= c.Length) throw new GridEvaluationException($"IndexError: row {r} of the drawn grid has {c.Length} cells");
                if (PyStr.Lower(p[i]) != PyStr.Lower(c[i])) changed++;
            }
        }
        return changed;
    }

    /// <summary>Cells that differ by position (case-insensitive); grids of different sizes differ everywhere.</summary>
    public static int ChangedCellsByPosition(string previous, string current)
    {
        var p = Cells(previous);
        var c = Cells(current);
        if (p.Count != c.Count) return Math.Max(p.Count, c.Count);
        int changed = 0;
        for (int i = 0; i < p.Count; i++) if (PyStr.Lower(p[i]) != PyStr.Lower(c[i])) changed++;
        return changed;
    }

    static (int Rows, int Columns) Size(string grid)
    {
        var rows = PyStr.Strip(grid).Split('\n');
        return (rows.Length, rows[0].Split(' ').Length);
    }

    /// <summary>The non-blank characters of a grid text, one per cell (astral characters kept whole).</summary>
    static List<string> Cells(string grid)
    {
        var cells = new List<string>();
        for (int i = 0; i < grid.Length; i++)
        {
            if (PyStr.IsSpace(grid[i])) continue;
            if (char.IsHighSurrogate(grid[i]) && i + 1 < grid.Length && char.IsLowSurrogate(grid[i + 1])) { cells.Add(grid.Substring(i, 2)); i++; }
            else cells.Add(grid[i].ToString());
        }
        return cells;
    }
}
