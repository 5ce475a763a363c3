namespace Clem.Evaluation.Discovery;

/// <summary>
/// String orders used by the evaluator. <see cref="Python"/> is Python's <c>str</c> comparison (by code point),
/// which pandas uses to sort models and (game, metric) columns. <see cref="Natural"/> orders digit runs by
/// value (episode_2 before episode_10, 2_low before 10_x) and fixes the deterministic order of raw.csv rows.
/// </summary>
public static class NameOrder
{
    public static readonly IComparer<string> Python = Comparer<string>.Create(ComparePython);
    public static readonly IComparer<string> Natural = Comparer<string>.Create(CompareNatural);

    /// <summary>Code-point order (UTF-16 ordinal differs only for characters above the BMP vs U+E000–U+FFFF).</summary>
    public static int ComparePython(string? a, string? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a == null) return -1;
        if (b == null) return 1;
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            return CompareChars(x, y);
        }
        return a.Length.CompareTo(b.Length);
    }

    static int CompareChars(char x, char y)
    {
        // Surrogates (U+D800–U+DFFF) encode code points above U+FFFF: they sort after U+E000–U+FFFF.
        bool sx = char.IsSurrogate(x), sy = char.IsSurrogate(y);
        if (sx != sy) return sx ? 1 : -1;
        return x < y ? -1 : x > y ? 1 : 0;
    }

    public static int CompareNatural(string? a, string? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a == null) return -1;
        if (b == null) return 1;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                int si = i, sj = j;
                while (i < a.Length && char.IsAsciiDigit(a[i])) i++;
                while (j < b.Length && char.IsAsciiDigit(b[j])) j++;
                var da = a.AsSpan(si, i - si).TrimStart('0');
                var db = b.AsSpan(sj, j - sj).TrimStart('0');
                if (da.Length != db.Length) return da.Length < db.Length ? -1 : 1;
                int c = da.SequenceCompareTo(db);
                if (c != 0) return c < 0 ? -1 : 1;
                continue;
            }
            if (a[i] != b[j]) return CompareChars(a[i], b[j]);
            i++; j++;
        }
        if (i < a.Length || j < b.Length) return i < a.Length ? 1 : -1;
        // Equal under the natural order (e.g. "ep_01" vs "ep_1"): fall back to code points for a total order.
        return ComparePython(a, b);
    }
}
