using System.Globalization;
using System.Text.RegularExpressions;
using Clem.Games.Grids;

namespace Clem.Games.ImageGame;

/// <summary>
/// The instruction language of the programmatic drawing players: "Fill row 5 with B", "Fill column 2 with B",
/// "Put a B in row 1, column 3" (rows and columns counted from 1 at the top left). The reader also accepts
/// ordinal wording ("second row", "the last column", "top row") so that it can follow simple model instructions.
/// </summary>
public static partial class DrawingInstructions
{
    /// <summary>
    /// A description of <paramref name="target"/> in few steps: whole rows and columns of one letter first, then the
    /// remaining cells one by one. Applying the steps to an empty grid yields exactly the target.
    /// </summary>
    public static IReadOnlyList<string> Plan(CellGrid target)
    {
        var steps = new List<string>();
        var covered = new bool[target.Size, target.Size];
        for (int r = 0; r < target.Size; r++)
        {
            var letter = target[r, 0];
            if (letter == CellGrid.Empty || !Enumerable.Range(0, target.Size).All(c => target[r, c] == letter)) continue;
            steps.Add($"Fill row {r + 1} with {letter}");
            for (int c = 0; c < target.Size; c++) covered[r, c] = true;
        }
        for (int c = 0; c < target.Size; c++)
        {
            var letter = target[0, c];
            if (letter == CellGrid.Empty || !Enumerable.Range(0, target.Size).All(r => target[r, c] == letter)) continue;
            if (Enumerable.Range(0, target.Size).All(r => covered[r, c])) continue;
            steps.Add($"Fill column {c + 1} with {letter}");
            for (int r = 0; r < target.Size; r++) covered[r, c] = true;
        }
        foreach (var (r, c, cell) in target.Cells())
            if (cell != CellGrid.Empty && !covered[r, c])
                steps.Add($"Put {Article(cell)} {cell} in row {r + 1}, column {c + 1}");
        return steps;
    }

    static string Article(char letter) => "AEFHILMNORSX".Contains(letter) ? "an" : "a";

    const string Position = @"(?:\d+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|top|bottom|left|right|leftmost|rightmost)";

    [GeneratedRegex(@"\bfill\s+(?:the\s+)?(?:(?<pos>" + Position + @")\s+(?<axis>row|column)|(?<axis>row|column)\s+(?<pos>" + Position + @"))\s+with\s+(?:an?\s+|the\s+letter\s+)?['""]?(?<letter>[a-z])['""]?s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FillPattern();

    [GeneratedRegex(@"\b(?:put|place|draw|write|add|set)\s+(?:an?\s+|the\s+letter\s+)?['""]?(?<letter>[a-z])['""]?\s+(?:in|at|on|into)\s+(?:the\s+)?(?<rest>.*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PutPattern();

    [GeneratedRegex(@"(?:(?<pos>" + Position + @")\s+(?<axis>row|column)|(?<axis>row|column)\s+(?<pos>" + Position + @"))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AxisPattern();

    /// <summary>
    /// The grid after one instruction (an optional "Instruction:" tag is ignored). Instructions it cannot read, or
    /// that point outside the grid, leave the grid unchanged.
    /// </summary>
    public static CellGrid Apply(CellGrid grid, string instruction)
    {
        var text = instruction.Trim();
        var fill = FillPattern().Match(text);
        if (fill.Success)
        {
            var letter = char.ToUpperInvariant(fill.Groups["letter"].Value[0]);
            bool isRow = fill.Groups["axis"].Value.Equals("row", StringComparison.OrdinalIgnoreCase);
            var index = Index(fill.Groups["pos"].Value, grid.Size, isRow);
            if (index == null) return grid;
            for (int i = 0; i < grid.Size; i++)
                grid = isRow ? grid.With(index.Value, i, letter) : grid.With(i, index.Value, letter);
            return grid;
        }
        var put = PutPattern().Match(text);
        if (!put.Success) return grid;
        int? row = null, column = null;
        foreach (Match m in AxisPattern().Matches(put.Groups["rest"].Value))
        {
            bool isRow = m.Groups["axis"].Value.Equals("row", StringComparison.OrdinalIgnoreCase);
            var index = Index(m.Groups["pos"].Value, grid.Size, isRow);
            if (isRow) row ??= index; else column ??= index;
        }
        if (row == null || column == null) return grid;
        return grid.With(row.Value, column.Value, char.ToUpperInvariant(put.Groups["letter"].Value[0]));
    }

    static int? Index(string position, int size, bool isRow)
    {
        var p = position.ToLowerInvariant();
        int? oneBased = p switch
        {
            "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, "fifth" => 5,
            "sixth" => 6, "seventh" => 7, "eighth" => 8, "ninth" => 9, "tenth" => 10,
            "last" => size,
            "top" when isRow => 1, "bottom" when isRow => size,
            "left" or "leftmost" when !isRow => 1, "right" or "rightmost" when !isRow => size,
            _ => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
        };
        return oneBased is >= 1 && oneBased <= size ? oneBased - 1 : null;
    }
}
