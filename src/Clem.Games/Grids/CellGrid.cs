using System.Text;

namespace Clem.Games.Grids;

/// <summary>
/// A square grid of single-character cells as the grid games print them: rows of cells separated by single spaces,
/// "▢" for an empty cell (e.g. "▢ X ▢ ▢ ▢"). Immutable; used by instance generators and programmatic players.
/// </summary>
public sealed class CellGrid : IEquatable<CellGrid>
{
    public const char Empty = '▢';

    readonly char[] _cells;

    public CellGrid(int size, char fill = Empty) : this(size, Enumerable.Repeat(fill, size * size).ToArray()) { }

    CellGrid(int size, char[] cells)
    {
        if (size <= 0 || cells.Length != size * size) throw new ArgumentException($"a {size}×{size} grid needs {size * size} cells, got {cells.Length}");
        Size = size;
        _cells = cells;
    }

    public int Size { get; }

    /// <summary>The cell at 0-based <paramref name="row"/>, <paramref name="column"/>.</summary>
    public char this[int row, int column] => _cells[row * Size + column];

    public IEnumerable<(int Row, int Column, char Cell)> Cells()
    {
        for (int r = 0; r < Size; r++)
            for (int c = 0; c < Size; c++)
                yield return (r, c, this[r, c]);
    }

    public int FilledCount => _cells.Count(c => c != Empty);

    public CellGrid With(int row, int column, char cell)
    {
        var copy = (char[])_cells.Clone();
        copy[row * Size + column] = cell;
        return new CellGrid(Size, copy);
    }

    /// <summary>Every filled cell replaced by <paramref name="letter"/>.</summary>
    public CellGrid Recolor(char letter) => new(Size, _cells.Select(c => c == Empty ? Empty : letter).ToArray());

    /// <summary>Number of cells that differ (the edit distance between same-sized grids).</summary>
    public int Distance(CellGrid other)
    {
        if (other.Size != Size) throw new ArgumentException("grids of different sizes");
        int d = 0;
        for (int i = 0; i < _cells.Length; i++) if (_cells[i] != other._cells[i]) d++;
        return d;
    }

    /// <summary>Rows joined by "\n", cells by " ", no trailing newline.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        for (int r = 0; r < Size; r++)
        {
            if (r > 0) sb.Append('\n');
            for (int c = 0; c < Size; c++)
            {
                if (c > 0) sb.Append(' ');
                sb.Append(this[r, c]);
            }
        }
        return sb.ToString();
    }

    /// <summary>Parses rows of single-character cells separated by whitespace; blank lines around are ignored.</summary>
    public static CellGrid Parse(string text)
    {
        var rows = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var cells = new List<char>();
        foreach (var row in rows)
        {
            var tokens = row.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length != rows.Count || tokens.Any(t => t.Length != 1))
                throw new FormatException($"not a square grid of single-character cells: '{text}'");
            cells.AddRange(tokens.Select(t => t[0]));
        }
        return new CellGrid(rows.Count, cells.ToArray());
    }

    /// <summary>
    /// The square grids printed in a text (maximal runs of consecutive grid lines of one width with as many lines),
    /// in order. Prompts show example grids first and the grids of the task after them.
    /// </summary>
    public static IReadOnlyList<CellGrid> FindAll(string text, int size)
    {
        var found = new List<CellGrid>();
        var run = new List<string>();
        void Flush()
        {
            if (run.Count == size) found.Add(Parse(string.Join("\n", run)));
            run.Clear();
        }
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (IsGridLine(line, size)) run.Add(line);
            else Flush();
            if (run.Count > size) run.Clear(); // too tall: not one of ours
        }
        Flush();
        return found;
    }

    /// <summary>The size of the last grid printed in a text (prompts show grids of one size), or null.</summary>
    public static int? PrintedSize(string text)
    {
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Reverse())
            if (line.Length % 2 == 1 && IsGridLine(line, (line.Length + 1) / 2)) return (line.Length + 1) / 2;
        return null;
    }

    static bool IsGridLine(string line, int size)
    {
        if (line.Length != 2 * size - 1) return false;
        for (int i = 0; i < line.Length; i++)
        {
            if (i % 2 == 1) { if (line[i] != ' ') return false; }
            else if (!(line[i] == Empty || char.IsAsciiLetterUpper(line[i]))) return false;
        }
        return true;
    }

    public bool Equals(CellGrid? other) => other != null && other.Size == Size && other._cells.AsSpan().SequenceEqual(_cells);
    public override bool Equals(object? obj) => Equals(obj as CellGrid);
    public override int GetHashCode() => string.GetHashCode(new string(_cells), StringComparison.Ordinal);
}
