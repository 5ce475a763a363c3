using Clem.Core.Models;

namespace Clem.Games.Wordle;

/// <summary>
/// What a programmatic player can read from its own message history: the feedback lines so far (each one
/// spells its guess: "s&lt;green&gt; t&lt;red&gt; …"), words the game master rejected, and the critic's verdict.
/// </summary>
public sealed class WordleTranscript
{
    public List<(string Word, string Feedback)> Observations { get; } = [];
    public HashSet<string> Rejected { get; } = new(StringComparer.Ordinal);
    /// <summary>The guesser's last guess and what the critic said about it (null = no verdict pending).</summary>
    public string? LastGuess { get; private set; }
    public bool? CriticAgrees { get; private set; }
    /// <summary>For the critic: the guess it is asked about.</summary>
    public string? CurrentGuess { get; private set; }

    const string FeedbackTag = "guess_feedback: ";

    public static WordleTranscript ForGuesser(IReadOnlyList<Message> messages, WordleConfig config)
    {
        var t = new WordleTranscript();
        var firstUser = true;
        for (int i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            if (m.Role == Message.Assistant)
            {
                var g = WordleParsing.FindKeyword(m.Content, config.GuessKeyword);
                t.LastGuess = g;
                t.CriticAgrees = null;
                continue;
            }
            if (m.Role != Message.User) continue;
            if (firstUser) { firstUser = false; continue; } // the rules, with an example feedback line
            var gotFeedback = t.ReadFeedback(m.Content);
            var agreement = WordleParsing.FindKeyword(m.Content, "guess_agreement");
            if (agreement != WordleErrors.InvalidFormat) t.CriticAgrees = !agreement.Equals("no", StringComparison.OrdinalIgnoreCase);
            else if (!gotFeedback && t.LastGuess != null) t.Rejected.Add(t.LastGuess); // a re-prompt: the guess was refused
        }
        return t;
    }

    public static WordleTranscript ForCritic(IReadOnlyList<Message> messages, WordleConfig config)
    {
        var t = new WordleTranscript();
        var first = true;
        foreach (var m in messages)
        {
            if (m.Role != Message.User) continue;
            var text = m.Content;
            if (first)
            {
                // the instructions come first and contain an example "guess:"; the request is the last clue: block
                var at = text.LastIndexOf("clue:", StringComparison.Ordinal);
                text = at >= 0 ? text[at..] : text;
                first = false;
            }
            t.ReadFeedback(text);
            var g = WordleParsing.FindKeyword(text, config.GuessKeyword);
            if (g != WordleErrors.InvalidFormat) t.CurrentGuess = g;
        }
        return t;
    }

    bool ReadFeedback(string text)
    {
        var found = false;
        for (var at = text.IndexOf(FeedbackTag, StringComparison.Ordinal); at >= 0; at = text.IndexOf(FeedbackTag, at + 1, StringComparison.Ordinal))
        {
            var end = text.IndexOf('\n', at);
            var line = text[(at + FeedbackTag.Length)..(end < 0 ? text.Length : end)].Trim();
            var word = string.Concat(line.Split(' ').Select(p => p.Split('<')[0]));
            if (word.Length == 0) continue;
            found = true;
            if (!Observations.Contains((word, line))) Observations.Add((word, line));
        }
        return found;
    }
}
