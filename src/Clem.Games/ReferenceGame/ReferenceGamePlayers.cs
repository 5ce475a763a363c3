using System.Text;
using Clem.Core.Games;
using Clem.Core.Models;
using Clem.Games.Grids;

namespace Clem.Games.ReferenceGame;

/// <summary>Player 1: sees the target and two distractors, writes a referring expression.</summary>
public sealed class Speaker(IModel model) : Player(model)
{
    /// <summary>clembench's mock expression (says nothing useful).</summary>
    protected override string MockResponse(IReadOnlyList<Message> messages, int turnIndex) =>
        "Expression: The one that looks like the target.";

    /// <summary>Reference strategy: the last three grids of the prompt are target, distractor, distractor;
    /// name the cells that tell the target apart (<see cref="ReferringExpressions.Describe"/>).</summary>
    protected override string ProgrammaticResponse(IReadOnlyList<Message> messages, int turnIndex)
    {
        var grids = CellGrid.FindAll(messages[^1].Content, 5);
        if (grids.Count < 3) return MockResponse(messages, turnIndex);
        return "Expression: " + ReferringExpressions.Describe(grids[^3], [grids[^2], grids[^1]]);
    }
}

/// <summary>Player 2: sees three grids and the expression, answers first, second or third.</summary>
public sealed class Listener(IModel model) : Player(model)
{
    static readonly string[] Names = ["first", "second", "third"];

    /// <summary>clembench's mock picks a grid at random; ours picks by a hash of the prompt, so runs repeat exactly.</summary>
    protected override string MockResponse(IReadOnlyList<Message> messages, int turnIndex)
    {
        uint h = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(messages[^1].Content)) h = (h ^ b) * 16777619;
        return "Answer: " + Names[h % 3];
    }

    /// <summary>Reference strategy: the grid that satisfies the expression's cell clauses
    /// (<see cref="ReferringExpressions.Resolve"/>) among the last three grids of the prompt.</summary>
    protected override string ProgrammaticResponse(IReadOnlyList<Message> messages, int turnIndex)
    {
        var prompt = messages[^1].Content;
        var grids = CellGrid.FindAll(prompt, 5);
        if (grids.Count < 3) return MockResponse(messages, turnIndex);
        return "Answer: " + Names[ReferringExpressions.Resolve(prompt, [grids[^3], grids[^2], grids[^1]])];
    }
}
