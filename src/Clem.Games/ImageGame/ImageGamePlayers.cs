using Clem.Core.Games;
using Clem.Core.Models;
using Clem.Games.Grids;

namespace Clem.Games.ImageGame;

/// <summary>Player 1: sees the target grid and gives one instruction per turn.</summary>
public sealed class InstructionGiver(IModel model) : Player(model)
{
    /// <summary>clembench's mock: the same instruction every turn (never "DONE", so the game runs to the turn limit).</summary>
    protected override string MockResponse(IReadOnlyList<Message> messages, int turnIndex) => "Instruction: Put X in all cells";

    /// <summary>
    /// Reference strategy: reads the target (the last grid printed in the first prompt), describes it with
    /// <see cref="DrawingInstructions.Plan"/>, one step per turn, then says DONE.
    /// </summary>
    protected override string ProgrammaticResponse(IReadOnlyList<Message> messages, int turnIndex)
    {
        var first = messages.First(m => m.Role == Message.User).Content;
        var grids = CellGrid.FindAll(first, CellGrid.PrintedSize(first) ?? 5);
        if (grids.Count == 0) return "Instruction: DONE";
        var plan = DrawingInstructions.Plan(grids[^1]);
        int done = messages.Count(m => m.Role == Message.Assistant);
        return done < plan.Count ? "Instruction: " + plan[done] : "Instruction: DONE";
    }
}

/// <summary>Player 2: redraws the whole grid after each instruction.</summary>
public sealed class InstructionFollower(IModel model) : Player(model)
{
    /// <summary>clembench's mock: always the same (wrong) grid.</summary>
    protected override string MockResponse(IReadOnlyList<Message> messages, int turnIndex) =>
        "▢ P O T ▢\n▢ S ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ D A M ▢";

    /// <summary>
    /// Reference strategy: starts from an empty grid and applies every instruction received so far (the last line of
    /// the first message, then each later message) with <see cref="DrawingInstructions.Apply"/>.
    /// </summary>
    protected override string ProgrammaticResponse(IReadOnlyList<Message> messages, int turnIndex)
    {
        var header = messages.First(m => m.Role == Message.User).Content;
        var grid = new CellGrid(CellGrid.PrintedSize(header) ?? 5);
        bool first = true;
        foreach (var m in messages.Where(m => m.Role == Message.User))
        {
            var instruction = first ? m.Content.TrimEnd('\n').Split('\n')[^1] : m.Content;
            first = false;
            grid = DrawingInstructions.Apply(grid, instruction);
        }
        return grid.ToString();
    }
}
