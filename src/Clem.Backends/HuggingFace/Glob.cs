using System.Text;
using System.Text.RegularExpressions;

namespace Clem.Backends.HuggingFace;

/// <summary>Python's fnmatch (as llama-cpp-python's from_pretrained matches "filename"): *, ?, [seq], [!seq]; "*" also crosses "/".</summary>
public static class Glob
{
    public static bool IsMatch(string path, string pattern) => ToRegex(pattern).IsMatch(path);

    public static Regex ToRegex(string pattern)
    {
        var sb = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*': sb.Append(".*"); break;
                case '?': sb.Append('.'); break;
                case '[':
                    var end = pattern.IndexOf(']', i + 2 <= pattern.Length ? i + 2 : i + 1);
                    if (end < 0) { sb.Append(@"\["); break; }
                    var set = pattern[(i + 1)..end];
                    sb.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = end;
                    break;
                default: sb.Append(Regex.Escape(c.ToString())); break;
            }
        }
        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }
}
