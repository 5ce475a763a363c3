using System.Text.Json.Nodes;
using Clem.Core.Games;

namespace Clem.Games.Taboo;

/// <summary>
/// Taboo (clembench v1.6): a describer explains a target word without its taboo words, a guesser has
/// max_turns tries. Main Score = 100 / turns needed; a taboo word in a clue is a loss (score 0), a reply
/// without its CLUE:/GUESS: prefix aborts the episode.
/// </summary>
public sealed class TabooGame : Game
{
    public override string Name => "taboo";
    public override int PlayerCount => 2;
    public override string Description => "Taboo game between two agents where one has to describe a word for the other to guess.";

    public override GameMaster CreateGameMaster(GameContext context) => new TabooGameMaster(context);

    public override GameScorer CreateScorer(JsonObject experiment, JsonObject instance, JsonObject settings) =>
        new TabooScorer(Name, experiment, instance, TabooSettings.FromJson(settings));

    public override JsonObject DefaultSettings => TabooSettings.Default.ToJson();
    public override JsonObject ClembenchSettings => TabooSettings.Clembench.ToJson();
    public override InstanceGenerator? Generator => new TabooInstanceGenerator();
}
