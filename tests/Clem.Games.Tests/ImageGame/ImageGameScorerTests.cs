using System.Text.Json.Nodes;
using Clem.Core.Json;
using Clem.Games.ImageGame;
using Clem.Games.Tests.Grids;
using Xunit;

namespace Clem.Games.Tests.ImageGame;

/// <summary>The §3.3 scorer: Python's arithmetic and types, and clembench's accidents versus our version.</summary>
public class ImageGameScorerTests
{
    const string Target = "▢ ▢ ▢ ▢ B\n▢ ▢ ▢ B ▢\n▢ ▢ B ▢ ▢\n▢ B ▢ ▢ ▢\nB B B B B\n";
    const string EmptyGrid = "▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢";

    // Expected values computed with clembench's evaluate() under CPython 3.11.
    [Theory]
    [InlineData("▢ ▢ ▢ ▢ B\n▢ ▢ ▢ B ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ A\nB B ▢ ▢ ▢", "[80.0, 44.0, 57.0]")]
    [InlineData("B ▢ ▢ ▢ B\n▢ ▢ ▢ B ▢\n▢ ▢ B ▢ ▢\n▢ B ▢ ▢ ▢\nB B ▢ ▢ ▢", "[86.0, 67.0, 75.0]")]
    [InlineData("A ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢", "[0.0, 0.0, 0]")]   // f1 = 0 stays a Python int
    [InlineData("▢ ▢ ▢ ▢ B\n▢ ▢ ▢ B ▢\n▢ ▢ B ▢ ▢\n▢ B ▢ ▢ ▢", "[0.0, 0.0, 0.0]")]                // size mismatch
    [InlineData("▢ ▢ ▢ ▢ b\n▢ ▢ ▢ b ▢\n▢ ▢ b ▢ ▢\n▢ b ▢ ▢ ▢\nb b b b b\n", "[100.0, 100.0, 100.0]")] // case-insensitive
    public void ClembenchEvaluationMatchesPython(string drawn, string expected)
    {
        var s = GridEvaluation.Clembench(Target, drawn);
        Assert.Equal(expected, ClemJson.Serialize(new JsonArray(s.Precision.ToJson(), s.Recall.ToJson(), s.F1.ToJson())));
    }

    [Fact]
    public void ClembenchEvaluationRaisesWherePythonRaises()
    {
        Assert.Throws<GridEvaluationException>(() => GridEvaluation.Clembench(Target, EmptyGrid)); // ZeroDivisionError
        Assert.Throws<GridEvaluationException>(() => GridEvaluation.Clembench(Target, "▢ ▢ ▢ ▢ B\n▢\t▢ ▢ B ▢\n▢ ▢ B ▢ ▢\n▢ B ▢ ▢ ▢\nB B B B B")); // IndexError
        Assert.Equal(5, GridEvaluation.ClembenchChangedCells(EmptyGrid, "▢ ▢ ▢ ▢ B\n▢ ▢ ▢ B ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ A\nB B ▢ ▢ ▢"));
    }

    /// <summary>Interactions of a played episode: one (instruction, grid) pair per turn, then DONE.</summary>
    static JsonObject Interactions(params (string Instruction, string Grid)[] turns)
    {
        var list = new JsonArray();
        JsonObject Ev(string from, string to, string type, string content) => new() { ["from"] = from, ["to"] = to, ["action"] = new JsonObject { ["type"] = type, ["content"] = content } };
        foreach (var (instruction, grid) in turns)
            list.Add(new JsonArray(Ev("GM", "Player 1", "send message", "q"), Ev("Player 1", "GM", "get message", instruction), Ev("GM", "GM", "parse", instruction),
                Ev("GM", "Player 2", "send message", instruction), Ev("Player 2", "GM", "get message", grid), Ev("GM", "GM", "parse", grid)));
        list.Add(new JsonArray(Ev("GM", "Player 1", "send message", "q"), Ev("Player 1", "GM", "get message", "Instruction: DONE")));
        return new JsonObject { ["players"] = new JsonObject(), ["turns"] = list };
    }

    static JsonObject Score(bool clembench, JsonObject interactions)
    {
        var spec = GridTestSupport.Spec("imagegame", clembench);
        var (exp, inst) = GridTestSupport.FirstInstance(spec);
        inst = inst.DeepClone().AsObject();
        inst["target_grid"] = Target;
        var scorer = spec.Implementation.CreateScorer(exp, inst, spec.Settings);
        scorer.ComputeScores(interactions);
        return scorer.Scores.ToJson();
    }

    const string Good = "▢ ▢ ▢ ▢ B\n▢ ▢ ▢ B ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ A\nB B ▢ ▢ ▢";

    [Fact]
    public void AnEmptyDrawing_ClembenchKeepsThePreviousScores_OursScoresZero()
    {
        var interactions = Interactions(("Instruction: a", Good), ("Instruction: clear all", EmptyGrid));
        var cb = Score(true, interactions);
        Assert.Equal("57.0", ClemJson.Serialize(cb["episode scores"]!["Main Score"]));
        Assert.Equal("57.0", ClemJson.Serialize(cb["turn scores"]!["1"]!["F1"]));
        Assert.Equal(5, cb["turn scores"]!["1"]!["Changed Cell Count"]!.GetValue<int>()); // the flip count still works
        var ours = Score(false, interactions);
        Assert.Equal(0, ClemJson.AsDouble(ours["episode scores"]!["Main Score"]));
        Assert.Equal(1, ours["episode scores"]!["Lose"]!.GetValue<int>());
    }

    [Fact]
    public void ATabBetweenCells_ClembenchKeepsThePreviousScores_OursReadsCellsByPosition()
    {
        var tabbed = Target.TrimEnd('\n').Replace("▢ ▢ ▢ B ▢", "▢\t▢ ▢ B ▢");
        var interactions = Interactions(("Instruction: a", Good), ("Instruction: b", tabbed));
        var cb = Score(true, interactions);
        Assert.Equal("57.0", ClemJson.Serialize(cb["episode scores"]!["F1"]));
        Assert.Equal(0, cb["turn scores"]!["1"]!["Changed Cell Count"]!.GetValue<int>()); // IndexError swallowed
        var ours = Score(false, interactions);
        Assert.Equal("100.0", ClemJson.Serialize(ours["episode scores"]!["F1"]));
        Assert.Equal(1, ours["episode scores"]!["Success"]!.GetValue<int>());
        Assert.Equal(6, ours["turn scores"]!["1"]!["Changed Cell Count"]!.GetValue<int>());
    }

    [Fact]
    public void InstructionLength_ClembenchRemovesOnlyTheExactTag()
    {
        var interactions = Interactions(("instruction: Put a B", Good));
        Assert.Equal(20, Score(true, interactions)["turn scores"]!["0"]!["Generated Expression Length"]!.GetValue<int>()); // "instruction: Put a B"
        Assert.Equal(4, Score(true, interactions)["turn scores"]!["0"]!["Generated Expression Number of Tokens"]!.GetValue<int>());
        Assert.Equal(7, Score(false, interactions)["turn scores"]!["0"]!["Generated Expression Length"]!.GetValue<int>()); // "Put a B"
        Assert.Equal(7, Score(true, Interactions(("Instruction: Put a B", Good)))["turn scores"]!["0"]!["Generated Expression Length"]!.GetValue<int>());
    }

    [Fact]
    public void TheFinalDoneRequest_ClembenchLeavesItUncounted_OursCountsIt()
    {
        var interactions = Interactions(("Instruction: a", Good));
        var cb = Score(true, interactions)["episode scores"]!;
        Assert.Equal(2, cb["Request Count"]!.GetValue<int>());
        var ours = Score(false, interactions)["episode scores"]!;
        Assert.Equal(3, ours["Request Count"]!.GetValue<int>());
        Assert.Equal(3, ours["Parsed Request Count"]!.GetValue<int>());
        Assert.Equal(1.0, ours["Request Success Ratio"]!.GetValue<double>());
    }

    [Fact]
    public void SuccessNeedsF1OfAtLeast99AndUsesTheLastGrid()
    {
        var interactions = Interactions(("Instruction: a", Target), ("Instruction: b", Good));
        var s = Score(true, interactions)["episode scores"]!;
        Assert.Equal("57.0", ClemJson.Serialize(s["Main Score"]));
        Assert.Equal(0, s["Success"]!.GetValue<int>());
        Assert.Equal(1, s["Lose"]!.GetValue<int>());
        Assert.Equal(1, Score(true, Interactions(("Instruction: a", Good), ("Instruction: b", Target)))["episode scores"]!["Success"]!.GetValue<int>());
    }
}
