using System.Text.Json.Nodes;
using Clem.Core.Models;
using Clem.Games.Tests.Grids;
using Xunit;

namespace Clem.Games.Tests.ImageGame;

/// <summary>The v1.6 loop on clembench's data: prompt assembly, parsing rules, turn limit, outcomes.</summary>
public class ImageGameMasterTests
{
    const string Grid = "▢ ▢ ▢ ▢ B\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢";

    static (Core.Games.GameSpec Spec, JsonObject Experiment, JsonObject Instance) Clembench()
    {
        var spec = GridTestSupport.Spec("imagegame", clembench: true);
        var (exp, inst) = GridTestSupport.FirstInstance(spec, "compact_grids");
        return (spec, exp, inst);
    }

    [Fact]
    public async Task PromptsAreHeaderGridQuestionThenQuestionAndTheFirstInstructionFollowsTheFollowerHeader()
    {
        var (spec, exp, inst) = Clembench();
        var giver = new ScriptedModel("g", "Instruction: Put a B in row 1, column 5", "  instruction :\tDONE \n");
        var follower = new ScriptedModel("f", Grid);
        var gm = await GridTestSupport.PlayAsync(spec, exp, inst, giver, follower);

        var header = inst["player_1_prompt_header"]!.GetValue<string>();
        var question = inst["player_1_question"]!.GetValue<string>();
        Assert.Equal([new Message("system", ""), new Message("user", header + "\n" + inst["target_grid"]!.GetValue<string>() + "\n" + question + "\n")], giver.Calls[0]);
        Assert.Equal(4, giver.Calls[1].Count);
        Assert.Equal(new Message("assistant", "Instruction: Put a B in row 1, column 5"), giver.Calls[1][2]);
        Assert.Equal(new Message("user", question), giver.Calls[1][3]);
        Assert.Equal([new Message("system", ""), new Message("user", inst["player_2_prompt_header"]!.GetValue<string>() + "\nInstruction: Put a B in row 1, column 5")], follower.Calls[0]);

        // turn 0: send, get, parse, send, get, parse; turn 1: send, get (DONE matched case-insensitively, with blanks)
        Assert.Equal(["send message", "get message", "parse", "send message", "get message", "parse", "send message", "get message"],
            GridTestSupport.EventTypes(gm.Recorder.Interactions));
        var players = gm.Recorder.Interactions["players"]!.AsObject();
        Assert.Equal("g", players["Player_1"]!.GetValue<string>()); // clembench's legacy map
        var scores = GridTestSupport.Score(spec, exp, inst, gm.Recorder.Interactions);
        Assert.Equal(0, GridTestSupport.Number(scores, "Aborted"));
        Assert.Equal(1, GridTestSupport.Number(scores, "Average Changed Cell Count"));
    }

    [Theory]
    [InlineData("Instruction: Put a B in row 1, column 5\n", true)]   // $ admits one final newline; the first line is passed on
    [InlineData("Instruction: Put a B\nin row 1", false)]             // two lines
    [InlineData("Instruction:Put a B in row 1", false)]               // exactly one space after the colon
    [InlineData("Sure! Instruction: Put a B", false)]                 // anchored at the start
    [InlineData("INSTRUCTION: put a b in row 1", true)]                // IGNORECASE
    [InlineData("DONE", false)]                                       // the tag is required, also for DONE
    public async Task InstructionFormat(string reply, bool valid)
    {
        var (spec, exp, inst) = Clembench();
        var gm = await GridTestSupport.PlayAsync(spec, exp, inst, new ScriptedModel("g", reply, "Instruction: DONE"), new ScriptedModel("f", Grid));
        var turn0 = gm.Recorder.Interactions["turns"]![0]!.AsArray();
        Assert.Equal(valid ? "parse" : "invalid format", turn0[2]!["action"]!["type"]!.GetValue<string>());
        if (valid) Assert.Equal(reply.Split('\n')[0], turn0[2]!["action"]!["content"]!.GetValue<string>());
        var scores = GridTestSupport.Score(spec, exp, inst, gm.Recorder.Interactions);
        Assert.Equal(valid ? 0 : 1, GridTestSupport.Number(scores, "Aborted"));
        Assert.Equal(valid, !double.IsNaN(GridTestSupport.Number(scores, "Main Score")));
    }

    [Theory]
    [InlineData(Grid, true)]
    [InlineData("\n\n" + Grid + "\n\n", true)]
    [InlineData("▢ ▢ ▢ ▢ b\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢", false)] // case-sensitive
    [InlineData("Here is the grid:\n" + Grid, false)]
    [InlineData("▢ ▢ ▢ ▢ B\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢", false)]                       // 4 rows
    [InlineData("▢ ▢ ▢ ▢ B\n▢\t▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢\n▢ ▢ ▢ ▢ ▢", true)]            // \s admits a tab
    public async Task GridFormat(string reply, bool valid)
    {
        var (spec, exp, inst) = Clembench();
        var gm = await GridTestSupport.PlayAsync(spec, exp, inst, new ScriptedModel("g", "Instruction: Put a B in row 1, column 5", "Instruction: DONE"), new ScriptedModel("f", reply));
        var types = GridTestSupport.EventTypes(gm.Recorder.Interactions);
        Assert.Equal(valid ? "parse" : "invalid format", types[5]);
        Assert.Equal(valid ? 8 : 6, types.Count);
    }

    [Fact]
    public async Task TheGameStopsAfterGridDimensionSquaredTurns()
    {
        var (spec, exp, inst) = Clembench();
        var gm = await GridTestSupport.PlayAsync(spec, exp, inst, new ProgrammaticModel(ProgrammaticKind.Mock), new ProgrammaticModel(ProgrammaticKind.Mock));
        Assert.Equal(25, gm.Recorder.Interactions["turns"]!.AsArray().Count);
        var scores = GridTestSupport.Score(spec, exp, inst, gm.Recorder.Interactions);
        Assert.Equal(50, GridTestSupport.Number(scores, "Request Count"));
        Assert.Equal(0, GridTestSupport.Number(scores, "Aborted"));
        Assert.Equal(1, GridTestSupport.Number(scores, "Lose"));
    }

    [Fact]
    public async Task DoneInTheFirstTurn_ClembenchGivesNoScores_OurVersionScoresALoss()
    {
        var (spec, exp, inst) = Clembench();
        var gm = await GridTestSupport.PlayAsync(spec, exp, inst, new ScriptedModel("g", "Instruction: DONE"), new ScriptedModel("f"));
        Assert.Equal(["send message", "get message"], GridTestSupport.EventTypes(gm.Recorder.Interactions));
        var e = Assert.Throws<InvalidOperationException>(() => GridTestSupport.Score(spec, exp, inst, gm.Recorder.Interactions));
        Assert.Contains("ZeroDivisionError", e.Message);

        var ours = GridTestSupport.Spec("imagegame", clembench: false);
        var scores = GridTestSupport.Score(ours, exp, inst, gm.Recorder.Interactions);
        Assert.Equal(0, GridTestSupport.Number(scores, "Aborted"));
        Assert.Equal(1, GridTestSupport.Number(scores, "Lose"));
        Assert.Equal(0, GridTestSupport.Number(scores, "Main Score"));
        Assert.Equal(0, GridTestSupport.Number(scores, "Average Generated Instruction Length"));
    }

    [Fact]
    public async Task OurVersionNamesRolesInThePlayersMap()
    {
        var spec = GridTestSupport.Spec("imagegame", clembench: false);
        var (exp, inst) = GridTestSupport.FirstInstance(spec);
        var gm = await GridTestSupport.PlayAsync(spec, exp, inst, new ScriptedModel("g", "Instruction: DONE"), new ScriptedModel("f"));
        var players = gm.Recorder.Interactions["players"]!.AsObject();
        Assert.Equal("InstructionGiver, g", players["Player 1"]!.GetValue<string>());
        Assert.Equal("InstructionFollower, f", players["Player 2"]!.GetValue<string>());
    }
}
