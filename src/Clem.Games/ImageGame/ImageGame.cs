using System.Text.Json.Nodes;
using Clem.Core.Games;

namespace Clem.Games.ImageGame;

/// <summary>
/// The drawing game (clembench "imagegame"): an instruction giver sees a 5×5 target grid and describes it step by
/// step; an instruction follower redraws the whole grid after each step. Quality = F1 of the last drawn grid.
/// </summary>
public sealed class ImageGame : Game
{
    public const string GameName = "imagegame";

    /// <summary>clembench logs the players map as {"Player_1": model, "Player_2": model} (underscore keys, no role).
    /// Off: {"Player 1": "InstructionGiver, model", …} like the other games.</summary>
    public const string LegacyPlayersMap = "legacy_players_map";

    /// <summary>clembench's evaluation splits the drawn grid on single spaces and swallows any exception (an all-empty
    /// grid divides by zero, a tab between cells indexes past a row): the previous turn's precision/recall/F1 (or 0)
    /// stay, and the changed-cell count becomes 0. Off: the 25 cells are read by position and an empty drawing
    /// scores 0.</summary>
    public const string EvaluationErrorsKeepPreviousScores = "evaluation_errors_keep_previous_scores";

    /// <summary>clembench's scorer divides by the number of drawn turns, so "DONE" in the very first turn raises
    /// ZeroDivisionError and the episode gets no scores.json. Off: such an episode is scored as played and lost
    /// (nothing drawn: precision, recall, F1 0).</summary>
    public const string DoneInFirstTurnFailsScoring = "done_in_first_turn_fails_scoring";

    /// <summary>clembench measures instruction length after <c>replace('Instruction:', '')</c>: case-sensitive and
    /// anywhere in the line, so "instruction: …" keeps its tag. Off: the leading tag is removed whatever its case.</summary>
    public const string InstructionLengthRemovesExactTag = "instruction_length_removes_exact_tag";

    /// <summary>clembench's scorer stops at the giver's "DONE" before counting it, so the request that ended the game is
    /// missing from Request Count and Parsed Request Count. Off: it is counted (as parsed) in the episode totals.</summary>
    public const string DoneReplyNotCounted = "done_reply_not_counted";

    public override string Name => GameName;
    public override int PlayerCount => 2;
    public override string Description => "Drawing game: one player describes a 5×5 letter grid step by step, the other draws it.";

    public override JsonObject DefaultSettings => new()
    {
        [LegacyPlayersMap] = false,
        [EvaluationErrorsKeepPreviousScores] = false,
        [DoneInFirstTurnFailsScoring] = false,
        [InstructionLengthRemovesExactTag] = false,
        [DoneReplyNotCounted] = false,
    };

    public override JsonObject ClembenchSettings => new()
    {
        [LegacyPlayersMap] = true,
        [EvaluationErrorsKeepPreviousScores] = true,
        [DoneInFirstTurnFailsScoring] = true,
        [InstructionLengthRemovesExactTag] = true,
        [DoneReplyNotCounted] = true,
    };

    public override GameMaster CreateGameMaster(GameContext context) => new ImageGameMaster(context);

    public override GameScorer CreateScorer(JsonObject experiment, JsonObject instance, JsonObject settings) =>
        new ImageGameScorer(experiment, instance, settings);

    public override InstanceGenerator? Generator => new ImageGameInstanceGenerator();
}
