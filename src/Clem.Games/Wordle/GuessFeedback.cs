using System.Text;

namespace Clem.Games.Wordle;

/// <summary>The colour a guessed letter gets.</summary>
public enum LetterColor { Red, Yellow, Green }

/// <summary>
/// Letter feedback for a guess, as the text the guesser sees: <c>"s&lt;green&gt; w&lt;red&gt; …"</c>.
/// Two algorithms: clembench v1.x's single left-to-right pass (<see cref="Legacy"/>, which mis-colours some
/// repeated letters — clemcore issue #91) and the official two-pass rule (<see cref="Standard"/>).
/// </summary>
public static class GuessFeedback
{
    public static string Compute(string guess, string target, bool legacy) => legacy ? Legacy(guess, target) : Standard(guess, target);

    /// <summary>
    /// clembench v1.x (utils/guessvalidator.py): for each guess position i with letter c, take the first
    /// occurrence t of c in the target not yet claimed; none → red; t == i → green; the guess has c at t too →
    /// red (it expects a later green there); else yellow. A later exact match can thus be left red or yellow
    /// while an earlier copy took its target slot: target "spree", guess "sweep" gives e&lt;red&gt; e&lt;green&gt;.
    /// </summary>
    public static string Legacy(string guess, string target)
    {
        var g = TextElements(guess);
        var t = TextElements(target);
        if (guess == target) return string.Join(" ", g.Select(c => c + "<green>"));
        var claimed = new List<int>();
        var parts = new List<string>();
        for (int i = 0; i < g.Length; i++)
        {
            var c = g[i];
            var ti = IndexOf(t, c, 0);
            while (ti != -1 && claimed.Contains(ti)) ti = IndexOf(t, c, ti + 1);
            string color;
            if (ti == -1) color = "red";
            else if (ti == i) { color = "green"; claimed.Add(ti); }
            else if (ti < g.Length && g[ti] == c) color = "red";
            else { color = "yellow"; claimed.Add(ti); }
            parts.Add($"{c}<{color}>");
        }
        return string.Join(" ", parts);
    }

    /// <summary>Official Wordle: exact matches first, then yellows limited by the target's remaining letter counts.</summary>
    public static string Standard(string guess, string target)
    {
        var g = TextElements(guess);
        var t = TextElements(target);
        var colors = Colors(g, t);
        var sb = new StringBuilder();
        for (int i = 0; i < g.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(g[i]).Append('<').Append(colors[i].ToString().ToLowerInvariant()).Append('>');
        }
        return sb.ToString();
    }

    /// <summary>The official colours of <paramref name="guess"/> against <paramref name="target"/> (same length assumed).</summary>
    public static LetterColor[] Colors(IReadOnlyList<string> guess, IReadOnlyList<string> target)
    {
        var colors = new LetterColor[guess.Count];
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < target.Count; i++)
        {
            if (i < guess.Count && guess[i] == target[i]) colors[i] = LetterColor.Green;
            else remaining[target[i]] = remaining.GetValueOrDefault(target[i]) + 1;
        }
        for (int i = 0; i < guess.Count; i++)
        {
            if (colors[i] == LetterColor.Green && i < target.Count && guess[i] == target[i]) continue;
            if (remaining.GetValueOrDefault(guess[i]) > 0)
            {
                colors[i] = LetterColor.Yellow;
                remaining[guess[i]]--;
            }
            else colors[i] = LetterColor.Red;
        }
        return colors;
    }

    /// <summary>True when every letter of the feedback text is green (clembench's check_guess_status).</summary>
    public static bool AllGreen(string feedback) =>
        feedback.Split(' ').All(part => part.Contains('<') && part[(part.IndexOf('<') + 1)..].Contains("green", StringComparison.Ordinal));

    /// <summary>Python indexes strings by code point; a word is compared letter by letter the same way.</summary>
    internal static string[] TextElements(string s)
    {
        var list = new List<string>(s.Length);
        foreach (var r in s.EnumerateRunes()) list.Add(r.ToString());
        return list.ToArray();
    }

    static int IndexOf(string[] letters, string c, int start)
    {
        for (int i = start; i < letters.Length; i++) if (letters[i] == c) return i;
        return -1;
    }
}
