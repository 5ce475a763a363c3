using Clem.Core.Games;
using Clem.Core.Models;

namespace Clem.Games.Wordle;

/// <summary>A parsed reply: the keyword's value (or INVALID_FORMAT) and the explanation.</summary>
public readonly record struct WordleReply(string Value, string Explanation);

/// <summary>Player 1: guesses the word ("guess: …" / "explanation: …").</summary>
public sealed class WordleGuesser(IModel model, WordleConfig config, IReadOnlySet<string> allowedWords, string clue) : Player(model)
{
    WordleSolver? _solver;

    public override string Description => $"Word Guesser ({Model.Spec.Name})";

    /// <summary>clembench's find_guess_explanation for the guesser (a human's last word counts as the guess).</summary>
    public WordleReply Parse(string response)
    {
        if (Model is HumanModel) return new WordleReply(PyStr.Strip(response.Split(' ')[^1]), "");
        return new WordleReply(WordleParsing.FindKeyword(response, config.GuessKeyword), WordleParsing.FindKeyword(response, config.ExplanationKeyword));
    }

    /// <summary>clembench's mock guesser: always the same (valid, five-letter) dummy guess.</summary>
    protected override string MockResponse(IReadOnlyList<Message> messages, int turnIndex) =>
        $"{config.GuessKeyword}: dummy\n{config.ExplanationKeyword}: dummy";

    protected override string ProgrammaticResponse(IReadOnlyList<Message> messages, int turnIndex)
    {
        _solver ??= new WordleSolver(allowedWords, config.UseClue ? clue : null);
        var (guess, why) = _solver.NextGuess(WordleTranscript.ForGuesser(messages, config));
        return $"{config.GuessKeyword}: {guess}\n{config.ExplanationKeyword}: {why}";
    }
}

/// <summary>Player 2 of wordle_withcritic: agrees or disagrees with the guess ("agreement: yes|no").</summary>
public sealed class WordleCritic(IModel model, WordleConfig config, IReadOnlySet<string> allowedWords) : Player(model)
{
    public override string Description => $"Word Guesser Critic ({Model.Spec.Name})";

    /// <summary>clembench's find_guess_explanation for the critic: the agreement must be one of the listed spellings.</summary>
    public WordleReply Parse(string response)
    {
        if (Model is HumanModel) return new WordleReply(PyStr.Strip(response.Split(' ')[^1]), "");
        var agreement = WordleParsing.FindKeyword(response, config.AgreementKeyword);
        if (!config.AgreementWords.Contains(agreement)) agreement = WordleErrors.InvalidFormat;
        return new WordleReply(agreement, WordleParsing.FindKeyword(response, config.ExplanationKeyword));
    }

    /// <summary>clembench's mock critic: always agrees.</summary>
    protected override string MockResponse(IReadOnlyList<Message> messages, int turnIndex) =>
        $"{config.AgreementKeyword}: yes\n{config.ExplanationKeyword}: agree with your guess";

    /// <summary>Agrees exactly when the guess is consistent with all feedback seen so far (and is an allowed word).</summary>
    protected override string ProgrammaticResponse(IReadOnlyList<Message> messages, int turnIndex)
    {
        var t = WordleTranscript.ForCritic(messages, config);
        var guess = t.CurrentGuess ?? "";
        if (!allowedWords.Contains(guess))
            return $"{config.AgreementKeyword}: no\n{config.ExplanationKeyword}: \"{guess}\" is not a word this game accepts";
        foreach (var (word, feedback) in t.Observations)
        {
            if (!WordleSolver.Consistent(word, feedback, guess))
                return $"{config.AgreementKeyword}: no\n{config.ExplanationKeyword}: \"{guess}\" contradicts the feedback for \"{word}\" ({feedback})";
        }
        return $"{config.AgreementKeyword}: yes\n{config.ExplanationKeyword}: \"{guess}\" fits all {t.Observations.Count} feedback line(s) so far";
    }
}
