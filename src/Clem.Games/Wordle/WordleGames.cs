using System.Text.Json.Nodes;
using Clem.Core.Games;

namespace Clem.Games.Wordle;

/// <summary>
/// The wordle family (clembench v1.6): one game master for all three; the experiment's use_clue/use_critic
/// choose the variant, the game name chooses the v1.6 scoring rule (speed table for classic wordle only).
/// </summary>
public abstract class WordleGameBase : Game
{
    public override GameMaster CreateGameMaster(GameContext context) => new WordleGameMaster(context);
    public override GameScorer CreateScorer(JsonObject experiment, JsonObject instance, JsonObject settings) => new WordleScorer(Name, experiment, instance, settings);
    public override JsonObject DefaultSettings => WordleSettings.Default;
    public override JsonObject ClembenchSettings => WordleSettings.Clembench;
    public override InstanceGenerator? Generator => new WordleInstanceGenerator(this);

    /// <summary>Whether this variant gives the guesser a clue / a critic.</summary>
    public abstract bool UseClue { get; }
    public abstract bool UseCritic { get; }
}

public sealed class WordleGame : WordleGameBase
{
    public override string Name => "wordle";
    public override int PlayerCount => 1;
    public override string Description => "Wordle: guess a five-letter word in six attempts from letter feedback.";
    public override bool UseClue => false;
    public override bool UseCritic => false;
}

public sealed class WordleWithClueGame : WordleGameBase
{
    public override string Name => "wordle_withclue";
    public override int PlayerCount => 1;
    public override string Description => "Wordle with a crossword-style clue for the target word.";
    public override bool UseClue => true;
    public override bool UseCritic => false;
}

public sealed class WordleWithCriticGame : WordleGameBase
{
    public override string Name => "wordle_withcritic";
    public override int PlayerCount => 2;
    public override string Description => "Wordle with a clue and a critic who agrees or disagrees with each guess.";
    public override bool UseClue => true;
    public override bool UseCritic => true;
}
