using Clem.Core.Games;
using Clem.Core.Models;
using Clem.Games.Text;

namespace Clem.Games.Taboo;

/// <summary>What the describer knows and the guesser must not: the target, the taboo words and the clue rules.</summary>
public sealed record TabooSecret(string Target, IReadOnlyList<string> Related, StopwordList Stopwords, TabooSettings Settings);

/// <summary>Player 1: describes the target word without its taboo words. The class name is part of the records.</summary>
public sealed class WordDescriber(IModel model, TabooSecret secret) : Player(model)
{
    ProgrammaticDescriber? _programmatic;

    /// <summary>clembench's mock describer: the same rule-following clue every turn.</summary>
    protected override string MockResponse(IReadOnlyList<Message> messages, int turnIndex) =>
        "CLUE: This is a difficult word to describe.";

    protected override string ProgrammaticResponse(IReadOnlyList<Message> messages, int turnIndex) =>
        (_programmatic ??= new ProgrammaticDescriber(secret, TabooLexicon.BuiltIn)).Clue(messages);
}

/// <summary>Player 2: guesses the target word from the clues.</summary>
public sealed class WordGuesser(IModel model) : Player(model)
{
    ProgrammaticGuesser? _programmatic;

    /// <summary>clembench's mock guesser: always the same (wrong) guess.</summary>
    protected override string MockResponse(IReadOnlyList<Message> messages, int turnIndex) => "GUESS: Pear";

    protected override string ProgrammaticResponse(IReadOnlyList<Message> messages, int turnIndex) =>
        (_programmatic ??= new ProgrammaticGuesser(TabooLexicon.BuiltIn)).Guess(messages);
}
