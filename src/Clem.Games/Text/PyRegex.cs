using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Clem.Games.Text;

/// <summary>
/// A Python 3.11 <c>re</c> pattern run on .NET's engine with Python's meaning. clembench's games validate model
/// output with patterns stored in their instances, so we must read them as Python does. The pattern is
/// translated once:
/// <list type="bullet">
/// <item><c>\s</c> gets Python's whitespace set (it adds U+001C–U+001F to .NET's); <c>\w</c> = letters, numbers, "_";
/// <c>\b</c>/<c>\B</c> use that <c>\w</c>; <c>\Z</c> → <c>\z</c>; <c>{,n}</c> → <c>{0,n}</c>;
/// a <c>{</c> that is no quantifier is a literal.</item>
/// <item>IGNORECASE is not delegated to .NET (whose invariant casing leaves İ, ı, ſ alone): every literal and class
/// is expanded to the characters Python's rule accepts — same simple lowercase, plus <c>re._casefix</c>'s extra cases.</item>
/// <item>Capturing groups keep Python's numbering (.NET would number named groups last).</item>
/// </list>
/// Unchanged because identical: <c>^</c>, <c>$</c> (end, or before a final "\n"), <c>.</c> (anything but "\n"),
/// <c>\d</c> (Unicode decimal digits). Known residual differences: .NET works on UTF-16 units, so a single <c>.</c>
/// meets half an astral character where Python meets the whole code point; backreferences are compared
/// case-sensitively. Verbose mode, <c>\N{…}</c> and possessive quantifiers are rejected.
/// </summary>
public sealed class PyRegex
{
    /// <summary>Model output is untrusted: a pathological backtracking case stops with an error instead of hanging.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    static readonly ConcurrentDictionary<(string, bool), PyRegex> Cache = new();

    readonly Regex _match, _fullMatch, _search;
    readonly List<string> _groupNames; // Python group number - 1 → .NET group name

    public PyRegex(string pattern, bool ignoreCase = false)
    {
        Pattern = pattern;
        IgnoreCase = ignoreCase;
        var t = new Translator(pattern, ignoreCase);
        Translated = t.Translate();
        _groupNames = t.GroupNames;
        const RegexOptions options = RegexOptions.CultureInvariant;
        try
        {
            _match = new Regex(@"\A(?:" + Translated + ")", options, MatchTimeout);
            _fullMatch = new Regex(@"\A(?:" + Translated + @")\z", options, MatchTimeout);
            _search = new Regex(Translated, options, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"regular expression '{pattern}' cannot be compiled: {e.Message}", nameof(pattern), e);
        }
    }

    /// <summary>A cached compiled pattern (<c>re.compile(pattern, re.IGNORECASE if ignoreCase else 0)</c>).</summary>
    public static PyRegex Get(string pattern, bool ignoreCase = false) => Cache.GetOrAdd((pattern, ignoreCase), k => new PyRegex(k.Item1, k.Item2));

    public string Pattern { get; }
    public bool IgnoreCase { get; }

    /// <summary>The .NET pattern this Python pattern became (for diagnostics).</summary>
    public string Translated { get; }

    /// <summary>Number of capturing groups, as Python counts them.</summary>
    public int GroupCount => _groupNames.Count;

    /// <summary><c>re.match</c>: anchored at the start, need not reach the end.</summary>
    public PyMatch? Match(string input) => Wrap(_match.Match(input));

    /// <summary><c>re.fullmatch</c>.</summary>
    public PyMatch? FullMatch(string input) => Wrap(_fullMatch.Match(input));

    /// <summary><c>re.search</c>.</summary>
    public PyMatch? Search(string input) => Wrap(_search.Match(input));

    /// <summary>Whether the pattern defines the named group (Python raises IndexError on <c>group(name)</c> otherwise).</summary>
    public bool HasGroup(string name) => _groupNames.Contains(name);

    PyMatch? Wrap(Match m) => m.Success ? new PyMatch(m, _groupNames) : null;

    /// <summary>Python-syntax → .NET-syntax translation (a single left-to-right pass).</summary>
    sealed class Translator(string p, bool ignoreCase)
    {
        const string PyWhitespace = @"\s\u001C-\u001F";
        const string PyWord = @"\p{L}\p{N}_";
        readonly StringBuilder _out = new();
        readonly Stack<Flags> _scopes = new();
        Flags _flags = new(ignoreCase, false, false, false);
        int _i;

        public List<string> GroupNames { get; } = [];

        record struct Flags(bool IgnoreCase, bool DotAll, bool Multiline, bool Ascii);

        Exception Error(string what) => new ArgumentException($"regular expression '{p}': {what} at position {_i}");

        public string Translate()
        {
            // Python allows global inline flags only at the very start, e.g. "(?i)…".
            if (p.StartsWith("(?", StringComparison.Ordinal)) TryGlobalFlags();
            while (_i < p.Length)
            {
                char c = p[_i];
                switch (c)
                {
                    case '\\': _i++; Escape(); break;
                    case '[': _i++; CharClass(); break;
                    case '(': _i++; OpenGroup(); break;
                    case ')':
                        if (_scopes.Count == 0) throw Error("unbalanced parenthesis");
                        _flags = _scopes.Pop();
                        _out.Append(')');
                        _i++;
                        break;
                    case '.': _out.Append(_flags.DotAll ? @"[\s\S]" : "."); _i++; break;
                    case '^': _out.Append(_flags.Multiline ? "(?m:^)" : "^"); _i++; break;
                    case '$': _out.Append(_flags.Multiline ? "(?m:$)" : "$"); _i++; break;
                    case '|': _out.Append('|'); _i++; break;
                    case '*' or '+' or '?': _out.Append(c); _i++; QuantifierSuffix(); break;
                    case '{':
                        if (TryBraceQuantifier(out var q)) { _out.Append(q); QuantifierSuffix(); }
                        else { Literal('{'); _i++; }
                        break;
                    default: Literal(c); _i++; break;
                }
            }
            if (_scopes.Count != 0) throw Error("missing ), unterminated subpattern");
            return _out.ToString();
        }

        bool TryGlobalFlags()
        {
            int j = 2;
            var f = _flags;
            while (j < p.Length && "aiLmsux".Contains(p[j]))
            {
                switch (p[j])
                {
                    case 'i': f.IgnoreCase = true; break;
                    case 's': f.DotAll = true; break;
                    case 'm': f.Multiline = true; break;
                    case 'a': f.Ascii = true; break;
                    case 'u': break;
                    default: throw Error($"inline flag '{p[j]}' is not supported");
                }
                j++;
            }
            if (j == 2 || j >= p.Length || p[j] != ')') return false;
            _flags = f;
            _i = j + 1;
            return true;
        }

        void QuantifierSuffix()
        {
            if (_i < p.Length && p[_i] == '?') { _out.Append('?'); _i++; }
            else if (_i < p.Length && p[_i] == '+') throw Error("possessive quantifiers are not supported");
        }

        /// <summary>Python's brace quantifiers: {m}, {m,}, {,n}, {m,n}, {,}; anything else is a literal "{".</summary>
        bool TryBraceQuantifier(out string quantifier)
        {
            quantifier = "";
            int j = _i + 1;
            int s1 = j;
            while (j < p.Length && char.IsAsciiDigit(p[j])) j++;
            string lo = p[s1..j];
            string? hi = null;
            bool comma = false;
            if (j < p.Length && p[j] == ',')
            {
                comma = true;
                j++;
                int s2 = j;
                while (j < p.Length && char.IsAsciiDigit(p[j])) j++;
                hi = p[s2..j];
            }
            if (j >= p.Length || p[j] != '}') return false;
            if (!comma && lo.Length == 0) return false;
            quantifier = comma ? $"{{{(lo.Length == 0 ? "0" : lo)},{hi}}}" : $"{{{lo}}}";
            _i = j + 1;
            return true;
        }

        void OpenGroup()
        {
            _scopes.Push(_flags);
            if (_i >= p.Length || p[_i] != '?')
            {
                GroupNames.Add("_g" + (GroupNames.Count + 1).ToString(CultureInfo.InvariantCulture));
                _out.Append("(?<").Append(GroupNames[^1]).Append('>');
                return;
            }
            _i++;
            if (Rest("P<"))
            {
                int end = p.IndexOf('>', _i + 2);
                if (end < 0) throw Error("unterminated group name");
                var name = p[(_i + 2)..end];
                if (name.Length == 0 || char.IsAsciiDigit(name[0]) || !name.All(ch => ch == '_' || char.IsLetterOrDigit(ch)))
                    throw Error($"bad group name '{name}'");
                if (GroupNames.Contains(name) || name.StartsWith("_g", StringComparison.Ordinal)) throw Error($"group name '{name}' is taken");
                GroupNames.Add(name);
                _out.Append("(?<").Append(name).Append('>');
                _i = end + 1;
            }
            else if (Rest("P="))
            {
                int end = p.IndexOf(')', _i);
                if (end < 0) throw Error("unterminated backreference");
                var name = p[(_i + 2)..end];
                if (!GroupNames.Contains(name)) throw Error($"unknown group name '{name}'");
                _scopes.Pop();
                _out.Append(@"\k<").Append(name).Append('>');
                _i = end + 1;
            }
            else if (Rest(":") || Rest("=") || Rest("!") || Rest(">")) { _out.Append("(?").Append(p[_i]); _i++; }
            else if (Rest("<=") || Rest("<!")) { _out.Append("(?").Append(p, _i, 2); _i += 2; }
            else if (Rest("#"))
            {
                int end = p.IndexOf(')', _i);
                if (end < 0) throw Error("missing ), unterminated comment");
                _scopes.Pop();
                _i = end + 1;
            }
            else if (Rest("("))
            {
                int end = p.IndexOf(')', _i + 1);
                if (end < 0) throw Error("unterminated condition");
                var id = p[(_i + 1)..end];
                string name = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= GroupNames.Count
                    ? GroupNames[n - 1]
                    : GroupNames.Contains(id) ? id : throw Error($"unknown group '{id}' in condition");
                _out.Append("(?(").Append(name).Append(')');
                _i = end + 1;
            }
            else ScopedFlags();
        }

        /// <summary>"(?i:…)", "(?-i:…)", "(?s-i:…)".</summary>
        void ScopedFlags()
        {
            var f = _flags;
            bool on = true;
            while (_i < p.Length && p[_i] != ':')
            {
                char ch = p[_i++];
                switch (ch)
                {
                    case '-': on = false; break;
                    case 'i': f.IgnoreCase = on; break;
                    case 's': f.DotAll = on; break;
                    case 'm': f.Multiline = on; break;
                    case 'a': f.Ascii = on; break;
                    case 'u': break;
                    default: throw Error($"unknown or unsupported group syntax '(?{ch}'");
                }
            }
            if (_i >= p.Length) throw Error("missing : in scoped flags");
            _i++;
            _flags = f;
            _out.Append("(?:");
        }

        bool Rest(string s) => string.CompareOrdinal(p, _i, s, 0, s.Length) == 0;

        string Space(bool negate) => _flags.Ascii ? (negate ? @"[^\t\n\u000B\f\r ]" : @"[\t\n\u000B\f\r ]") : (negate ? $"[^{PyWhitespace}]" : $"[{PyWhitespace}]");
        string Word(bool negate) => _flags.Ascii ? (negate ? "[^a-zA-Z0-9_]" : "[a-zA-Z0-9_]") : (negate ? $"[^{PyWord}]" : $"[{PyWord}]");
        string Digit(bool negate) => _flags.Ascii ? (negate ? "[^0-9]" : "[0-9]") : (negate ? @"\D" : @"\d");

        void Escape()
        {
            if (_i >= p.Length) throw Error("bad escape (end of pattern)");
            char c = p[_i++];
            switch (c)
            {
                case 'd': _out.Append(Digit(false)); return;
                case 'D': _out.Append(Digit(true)); return;
                case 's': _out.Append(Space(false)); return;
                case 'S': _out.Append(Space(true)); return;
                case 'w': _out.Append(Word(false)); return;
                case 'W': _out.Append(Word(true)); return;
                case 'b': { var w = Word(false); _out.Append($"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))"); return; }
                case 'B': { var w = Word(false); _out.Append($"(?:(?<={w})(?={w})|(?<!{w})(?!{w}))"); return; }
                case 'A': _out.Append(@"\A"); return;
                case 'Z': _out.Append(@"\z"); return;
            }
            if (c is >= '1' and <= '9')
            {
                // Three octal digits make a character; otherwise one or two digits are a group reference.
                if (_i + 1 < p.Length && IsOctal(c) && IsOctal(p[_i]) && IsOctal(p[_i + 1]))
                {
                    Literal((char)Convert.ToInt32(p.Substring(_i - 1, 3), 8));
                    _i += 2;
                    return;
                }
                int n = c - '0';
                if (_i < p.Length && char.IsAsciiDigit(p[_i])) n = n * 10 + (p[_i++] - '0');
                if (n > GroupNames.Count) throw Error($"invalid group reference {n}");
                _out.Append(@"\k<").Append(GroupNames[n - 1]).Append('>');
                return;
            }
            foreach (var ch in EscapedChars(c)) Literal(ch);
        }

        static bool IsOctal(char c) => c is >= '0' and <= '7';

        /// <summary>The character(s) an escape outside a category stands for (\n, \x41, \u00e9, \U0001F600, \., …).</summary>
        string EscapedChars(char c)
        {
            switch (c)
            {
                case 'n': return "\n";
                case 't': return "\t";
                case 'r': return "\r";
                case 'f': return "\f";
                case 'v': return "\v";
                case 'a': return "\a";
                case '0':
                {
                    int j = _i;
                    while (j < p.Length && j < _i + 2 && IsOctal(p[j])) j++;
                    var v = j > _i ? Convert.ToInt32(p[_i..j], 8) : 0;
                    _i = j;
                    return ((char)v).ToString();
                }
                case 'x': return Hex(2);
                case 'u': return Hex(4);
                case 'U': return Hex(8);
                case 'N': throw Error(@"\N{…} escapes are not supported");
            }
            if (char.IsAsciiLetterOrDigit(c)) throw Error($@"bad escape \{c}");
            return c.ToString();
        }

        string Hex(int digits)
        {
            if (_i + digits > p.Length || p.AsSpan(_i, digits).ContainsAnyExcept("0123456789abcdefABCDEF"))
                throw Error("incomplete hexadecimal escape");
            var v = int.Parse(p.AsSpan(_i, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            _i += digits;
            return char.ConvertFromUtf32(v);
        }

        void Literal(char c)
        {
            if (_flags.IgnoreCase && PyCase.IgnoreCaseClass(c) is { Count: > 1 } set)
            {
                _out.Append('[');
                AppendRanges(_out, set);
                _out.Append(']');
            }
            else AppendChar(_out, c);
        }

        /// <summary>A class: chars and ranges (case-expanded under IGNORECASE) plus categories; a negated category
        /// inside a class becomes an alternation, since .NET classes cannot hold one.</summary>
        void CharClass()
        {
            bool negated = false;
            if (_i < p.Length && p[_i] == '^') { negated = true; _i++; }
            var chars = new SortedSet<char>();
            var categories = new List<string>();   // inside-class fragments, e.g. \d
            var negatedCategories = new List<string>(); // standalone classes, e.g. [^\s…]
            bool first = true;
            while (true)
            {
                if (_i >= p.Length) throw Error("unterminated character set");
                char c = p[_i];
                if (c == ']' && !first) { _i++; break; }
                first = false;
                int? lo = ClassAtom(categories, negatedCategories);
                if (lo == null) continue;
                if (_i + 1 < p.Length && p[_i] == '-' && p[_i + 1] != ']')
                {
                    _i++;
                    int? hi = ClassAtom(categories, negatedCategories);
                    if (hi == null || hi < lo) throw Error("bad character range");
                    for (int x = lo.Value; x <= hi.Value; x++) chars.Add((char)x);
                }
                else chars.Add((char)lo.Value);
            }
            if (_flags.IgnoreCase)
            {
                var keys = new HashSet<char>();
                foreach (var ch in chars) foreach (var k in PyCase.IgnoreCaseKeys(ch)) keys.Add(k);
                foreach (var k in keys) foreach (var ch in PyCase.WithLower(k)) chars.Add(ch);
            }
            var positive = new StringBuilder();
            if (chars.Count > 0 || categories.Count > 0)
            {
                positive.Append('[');
                AppendRanges(positive, chars);
                foreach (var cat in categories) positive.Append(cat);
                positive.Append(']');
            }
            var alternatives = new List<string>();
            if (positive.Length > 0) alternatives.Add(positive.ToString());
            alternatives.AddRange(negatedCategories);
            if (alternatives.Count == 0) { _out.Append(negated ? @"[\s\S]" : "(?!)"); return; }
            if (!negated) _out.Append(alternatives.Count == 1 ? alternatives[0] : "(?:" + string.Join("|", alternatives) + ")");
            else if (negatedCategories.Count == 0) _out.Append("[^").Append(positive, 1, positive.Length - 1);
            else _out.Append("(?:(?!").Append(string.Join("|", alternatives)).Append(@")[\s\S])");
        }

        /// <summary>One member of a class: returns its code unit, or null when it was a category (recorded).</summary>
        int? ClassAtom(List<string> categories, List<string> negatedCategories)
        {
            char c = p[_i++];
            if (c != '\\') return c;
            if (_i >= p.Length) throw Error("bad escape (end of pattern)");
            char e = p[_i++];
            switch (e)
            {
                case 'd': categories.Add(_flags.Ascii ? "0-9" : @"\d"); return null;
                case 's': categories.Add(_flags.Ascii ? @"\t\n\u000B\f\r " : PyWhitespace); return null;
                case 'w': categories.Add(_flags.Ascii ? "a-zA-Z0-9_" : PyWord); return null;
                case 'D': negatedCategories.Add(Digit(true)); return null;
                case 'S': negatedCategories.Add(Space(true)); return null;
                case 'W': negatedCategories.Add(Word(true)); return null;
                case 'b': return '\b';
            }
            if (e is >= '1' and <= '7' && _i + 1 < p.Length && IsOctal(p[_i]) && IsOctal(p[_i + 1]))
            {
                var v = Convert.ToInt32(p.Substring(_i - 1, 3), 8);
                _i += 2;
                return v;
            }
            var s = EscapedChars(e);
            if (s.Length != 1) throw Error("astral characters in a character set are not supported");
            return s[0];
        }

        static void AppendRanges(StringBuilder sb, SortedSet<char> set)
        {
            var list = set.ToList();
            for (int i = 0; i < list.Count;)
            {
                int j = i;
                while (j + 1 < list.Count && list[j + 1] == list[j] + 1) j++;
                AppendChar(sb, list[i]);
                if (j > i)
                {
                    if (j > i + 1) sb.Append('-');
                    AppendChar(sb, list[j]);
                }
                i = j + 1;
            }
        }

        static void AppendChar(StringBuilder sb, char c)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_' || c == ' ') sb.Append(c);
            else sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>A successful match, with Python's group access (unmatched groups are null, like Python's None).</summary>
public sealed class PyMatch
{
    readonly Match _m;
    readonly List<string> _names;

    internal PyMatch(Match m, List<string> names) => (_m, _names) = (m, names);

    /// <summary><c>m.group(0)</c>.</summary>
    public string Value => _m.Value;

    /// <summary>Index just past the match, in UTF-16 units.</summary>
    public int End => _m.Index + _m.Length;

    /// <summary><c>m.group(name)</c>; throws like Python's IndexError for an unknown name.</summary>
    public string? Group(string name)
    {
        if (!_names.Contains(name)) throw new ArgumentException($"no such group: '{name}'", nameof(name));
        var g = _m.Groups[name];
        return g.Success ? g.Value : null;
    }

    /// <summary><c>m.group(n)</c> with Python's numbering.</summary>
    public string? Group(int n)
    {
        if (n == 0) return Value;
        if (n < 0 || n > _names.Count) throw new ArgumentOutOfRangeException(nameof(n), $"no such group: {n}");
        var g = _m.Groups[_names[n - 1]];
        return g.Success ? g.Value : null;
    }
}
