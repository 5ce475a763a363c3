using System.Globalization;
using System.Text;

namespace Clem.Analysis.Report;

/// <summary>Markdown building blocks: escaped cells (names come from files and are not trusted), tables, number formats.</summary>
internal static class Md
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Escapes text for a table cell or paragraph: no raw HTML, no table breaks, no emphasis surprises.</summary>
    public static string Esc(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            switch (c)
            {
                case '|': sb.Append("\\|"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '*' or '_' or '`' or '[' or ']' or '\\': sb.Append('\\').Append(c); break;
                case '\r' or '\n': sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Text for a code span: no backticks, no line breaks, no table breaks.</summary>
    public static string Code(string s) => s.Replace('`', '\'').Replace('|', '/').Replace('\n', ' ').Replace('\r', ' ');

    public static string F(double v, int decimals = 2) => double.IsNaN(v) ? "–" : Minus(v.ToString("F" + decimals, Inv));
    public static string F(double? v, int decimals = 2) => v is { } d ? F(d, decimals) : "–";
    public static string Signed(double v, int decimals = 2) => double.IsNaN(v) ? "–" : (v > 0 ? "+" : "") + F(v, decimals);

    /// <summary>p values: three significant digits, scientific below 0.0001.</summary>
    public static string P(double p) => double.IsNaN(p) ? "–" : p < 1e-4 ? Minus(p.ToString("0.00e+00", Inv)) : p.ToString("G3", Inv);

    public static string Ci(double lo, double hi, int decimals = 2) => double.IsNaN(lo) ? "–" : $"[{F(lo, decimals)}, {F(hi, decimals)}]";

    static string Minus(string s) => s.StartsWith('-') ? "−" + s[1..] : s.Replace("e-", "e−");

    public static void Table(StringBuilder sb, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? align = null)
    {
        sb.Append("| ").AppendJoin(" | ", header).AppendLine(" |");
        sb.Append('|');
        for (int i = 0; i < header.Count; i++) sb.Append(align != null && i < align.Length && align[i] == 'r' ? " ---: |" : " --- |");
        sb.AppendLine();
        foreach (var r in rows) sb.Append("| ").AppendJoin(" | ", r).AppendLine(" |");
        sb.AppendLine();
    }

    public static void Figure(StringBuilder sb, IReadOnlyCollection<string> figures, string name, string caption)
    {
        if (!figures.Contains(name)) return;
        sb.AppendLine($"![{Esc(caption)}]({name}.png)").AppendLine();
        sb.AppendLine($"*{Esc(caption)}* ([SVG]({name}.svg))").AppendLine();
    }
}
