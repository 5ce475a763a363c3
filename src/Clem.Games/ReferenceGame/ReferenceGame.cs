using System.Text.Json.Nodes;
using Clem.Core.Games;

namespace Clem.Games.ReferenceGame;

/// <summary>
/// The reference game (clembench "referencegame"): a speaker sees a target grid and two distractors and writes a
/// referring expression; a listener sees the three grids in another order plus the expression and names the target
/// (first/second/third). One turn; Main Score 100 for a correct choice.
/// </summary>
public sealed class ReferenceGame : Game
{
    public const string GameName = "referencegame";

    /// <summary>clembench logs {"Player_1": model, "Player_2": model}. Off: {"Player 1": "Speaker, model", …}.</summary>
    public const string LegacyPlayersMap = "legacy_players_map";

    /// <summary>clembench's game master rejects an answer with anything after its first line ("Answer: first."),
    /// but its scorer (changed 2024-05 and applied retroactively) re-matches such an answer without that rule and
    /// counts it as parsed and possibly correct. Off: the scorer accepts what the game master accepted.</summary>
    public const string RescoreInvalidAnswersLiberally = "rescore_invalid_answers_liberally";

    /// <summary>clembench logs Lose = 1 − Success even for aborted episodes (then Aborted = Lose = 1). Off: Lose = 0
    /// when aborted, as the metric contract says.</summary>
    public const string LoseWhenAborted = "lose_when_aborted";

    public override string Name => GameName;
    public override int PlayerCount => 2;
    public override string Description => "Reference game: one player describes a target grid among three, the other picks it.";

    public override JsonObject DefaultSettings => new()
    {
        [LegacyPlayersMap] = false,
        [RescoreInvalidAnswersLiberally] = false,
        [LoseWhenAborted] = false,
    };

    public override JsonObject ClembenchSettings => new()
    {
        [LegacyPlayersMap] = true,
        [RescoreInvalidAnswersLiberally] = true,
        [LoseWhenAborted] = true,
    };

    public override GameMaster CreateGameMaster(GameContext context) => new ReferenceGameMaster(context);

    public override GameScorer CreateScorer(JsonObject experiment, JsonObject instance, JsonObject settings) =>
        new ReferenceGameScorer(experiment, instance, settings);

    public override InstanceGenerator? Generator => new ReferenceGameInstanceGenerator();
}
