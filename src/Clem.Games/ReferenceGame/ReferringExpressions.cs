using System.Globalization;
using System.Text.RegularExpressions;
using Clem.Games.Grids;

namespace Clem.Games.ReferenceGame;

/// <summary>
/// The language of the programmatic reference players: an expression names cells that tell the target apart,
/// "The grid in which row 2, column 3 is filled and row 1, column 1 is empty." (rows and columns from 1).
/// </summary>
public static partial class ReferringExpressions
{
    /// <summary>
    /// A description of <paramref name="target"/> that rules out every distractor: one cell in which the target differs
    /// from all of them if there is one, else one distinguishing cell per distractor (row-major order).
    /// </summary>
    public static string Describe(CellGrid target, IReadOnlyList<CellGrid> distractors)
    {
        // Expressions speak of filled versus empty cells, so cells are compared by emptiness.
        static bool Filled(CellGrid g, int r, int c) => g[r, c] != CellGrid.Empty;
        var all = target.Cells().Select(x => (x.Row, x.Column)).ToList();
        var cells = new List<(int Row, int Column)>();
        var separating = all.Where(x => distractors.All(d => Filled(d, x.Row, x.Column) != Filled(target, x.Row, x.Column))).Take(1).ToList();
        if (distractors.Count > 0 && separating.Count > 0) cells.AddRange(separating);
        else
        {
            foreach (var d in distractors)
            {
                if (cells.Any(c => Filled(d, c.Row, c.Column) != Filled(target, c.Row, c.Column))) continue; // already ruled out
                cells.AddRange(all.Where(x => Filled(d, x.Row, x.Column) != Filled(target, x.Row, x.Column)).Take(1));
            }
        }
        if (cells.Count == 0) return "The grid shown as the target.";
        var clauses = cells.Select(c => $"row {c.Row + 1}, column {c.Column + 1} is {(Filled(target, c.Row, c.Column) ? "filled" : "empty")}");
        return "The grid in which " + string.Join(" and ", clauses) + ".";
    }

    [GeneratedRegex(@"row\s+(?<row>\d+)\s*,?\s*column\s+(?<column>\d+)\s+is\s+(?<state>filled|empty)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClausePattern();

    /// <summary>
    /// Index of the candidate that satisfies the most clauses of <paramref name="expression"/> (the first on ties;
    /// 0 when the expression names no cell).
    /// </summary>
    public static int Resolve(string expression, IReadOnlyList<CellGrid> candidates)
    {
        var clauses = ClausePattern().Matches(expression)
            .Select(m => (Row: int.Parse(m.Groups["row"].Value, CultureInfo.InvariantCulture) - 1,
                          Column: int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture) - 1,
                          Filled: m.Groups["state"].Value.Equals("filled", StringComparison.OrdinalIgnoreCase)))
            .ToList();
        int best = 0, bestScore = -1;
        for (int i = 0; i < candidates.Count; i++)
        {
            var g = candidates[i];
            int score = clauses.Count(c => c.Row >= 0 && c.Row < g.Size && c.Column >= 0 && c.Column < g.Size
                                           && (g[c.Row, c.Column] != CellGrid.Empty) == c.Filled);
            if (score > bestScore) (best, bestScore) = (i, score);
        }
        return best;
    }
}
