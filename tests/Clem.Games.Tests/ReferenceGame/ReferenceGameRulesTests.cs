using System.Text.Json.Nodes;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Games.Tests.Grids;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.ReferenceGame;

/// <summary>§3.4: prompts, the remainder rule at play time, the liberal rule at scoring time, outcomes.</summary>
public class ReferenceGameRulesTests
{
    static (Core.Games.GameSpec Spec, JsonObject Experiment, JsonObject Instance) Clembench(int index = 0)
    {
        var spec = GridTestSupport.Spec("referencegame", clembench: true);
        var exp = spec.LoadInstances().Experiments[0];
        return (spec, exp.Parameters, exp.Instances[index]);
    }

    [Fact]
    public async Task TheListenerGetsItsHeaderWithTheSpeakersWholeReply()
    {
        var (spec, exp, inst) = Clembench();
        var speaker = new ScriptedModel("s", "Expression: The top row is filled.\n\n");
        var listener = new ScriptedModel("l", "Answer: First");
        var gm = await GridTestSupport.PlayAsync(spec, exp, inst, speaker, listener);
        Assert.Equal([new Message("system", ""), new Message("user", inst["player_1_prompt_header"]!.GetValue<string>())], speaker.Calls[0]);
        Assert.Equal([new Message("system", ""), new Message("user", inst["player_2_prompt_header"]!.GetValue<string>().Replace("TARGET_EXPRESSION", "Expression: The top row is filled.\n\n"))], listener.Calls[0]);
        var turn = gm.Recorder.Interactions["turns"]![0]!.AsArray();
        Assert.Equal("The top row is filled.", turn[2]!["action"]!["expression"]!.GetValue<string>());
        Assert.Equal("First", turn[5]!["action"]!["answer"]!.GetValue<string>());
        var scores = GridTestSupport.Score(spec, exp, inst, gm.Recorder.Interactions);
        Assert.Equal(100, GridTestSupport.Number(scores, "Main Score"));
        Assert.Equal(22, GridTestSupport.Number(scores, "Generated Expression Length"));
        Assert.Equal(5, GridTestSupport.Number(scores, "Generated Expression Number of Tokens"));
    }

    [Theory]
    [InlineData("Expression: a\nb")]        // a second line: remainder "b"
    [InlineData("The top row. Expression: x")]
    [InlineData("Expression:")]
    public async Task AnInvalidExpressionAbortsBeforeTheListenerIsAsked(string reply)
    {
        var (spec, exp, inst) = Clembench();
        var listener = new ScriptedModel("l");
        var gm = await GridTestSupport.PlayAsync(spec, exp, inst, new ScriptedModel("s", reply), listener);
        Assert.Empty(listener.Calls);
        Assert.Equal(["send message", "get message", "invalid format"], GridTestSupport.EventTypes(gm.Recorder.Interactions));
        var cb = GridTestSupport.Score(spec, exp, inst, gm.Recorder.Interactions);
        Assert.Equal(1, GridTestSupport.Number(cb, "Aborted at Player 1"));
        Assert.Equal(1, GridTestSupport.Number(cb, "Lose")); // clembench: Lose = 1 − Success even when aborted
        Assert.True(double.IsNaN(GridTestSupport.Number(cb, "Main Score")));
        Assert.True(double.IsNaN(GridTestSupport.Number(cb, "Generated Expression Length")));
        var ours = GridTestSupport.Score(GridTestSupport.Spec("referencegame", clembench: false), exp, inst, gm.Recorder.Interactions);
        Assert.Equal(0, GridTestSupport.Number(ours, "Lose"));
        Assert.Equal(1, GridTestSupport.Number(ours, "Aborted"));
    }

    /// <summary>
    /// Answers the game master rejects (something after the choice) but clembench's scorer re-matches without the
    /// remainder rule: parsed and, if right, a success. Instance 0 of line_grids_rows has its target first.
    /// </summary>
    [Theory]
    [InlineData("Answer: first.", 1)]
    [InlineData("Answer: First grid", 1)]
    [InlineData("Answer: 1st", 1)]          // v1.6 pattern lists "1" before "1st": content "1", remainder "st"
    [InlineData("Answer: second\nBecause the top row…", 0)]
    public async Task PlayTimeRemainderRuleVersusLiberalScoring(string answer, int clembenchSuccess)
    {
        var (spec, exp, inst) = Clembench();
        var gm = await GridTestSupport.PlayAsync(spec, exp, inst, new ScriptedModel("s", "Expression: top row"), new ScriptedModel("l", answer));
        Assert.Equal("invalid format", GridTestSupport.EventTypes(gm.Recorder.Interactions)[5]);
        var cb = GridTestSupport.Score(spec, exp, inst, gm.Recorder.Interactions);
        Assert.Equal(0, GridTestSupport.Number(cb, "Aborted"));
        Assert.Equal(0, GridTestSupport.Number(cb, "Aborted at Player 2"));
        Assert.Equal(clembenchSuccess, GridTestSupport.Number(cb, "Success"));
        Assert.Equal(100 * clembenchSuccess, GridTestSupport.Number(cb, "Main Score"));

        var ours = GridTestSupport.Score(GridTestSupport.Spec("referencegame", clembench: false), exp, inst, gm.Recorder.Interactions);
        Assert.Equal(1, GridTestSupport.Number(ours, "Aborted at Player 2"));
        Assert.True(double.IsNaN(GridTestSupport.Number(ours, "Main Score")));
        Assert.Equal(0, GridTestSupport.Number(ours, "Lose"));
    }

    [Theory]
    [InlineData("Answer: 1st", "parse", 100)]   // our pattern lists 1st before 1
    [InlineData("answer: FIRST", "parse", 100)]
    [InlineData("Answer: third", "parse", 0)]
    [InlineData("Answer: first.", "invalid format", double.NaN)]
    public async Task OurInstancesParseOrdinalsAndKeepOneRuleForPlayAndScoring(string answer, string type, double main)
    {
        var spec = GridTestSupport.Spec("referencegame", clembench: false);
        var file = spec.LoadInstances();
        var exp = file.Experiments[0];
        var inst = exp.Instances.First(i => i["target_grid_name"]![0]!.GetValue<string>() == "first");
        var gm = await GridTestSupport.PlayAsync(spec, exp.Parameters, inst, new ScriptedModel("s", "Expression: x"), new ScriptedModel("l", answer));
        Assert.Equal(type, GridTestSupport.EventTypes(gm.Recorder.Interactions)[5]);
        Assert.Equal(main, GridTestSupport.Number(GridTestSupport.Score(spec, exp.Parameters, inst, gm.Recorder.Interactions), "Main Score"));
    }

    [Fact]
    public void OlderInstanceFiles_StringTargetNamesScoreLikePythonsIn_UnnamedGroupsAreRejectedClearly()
    {
        var (spec, _, _) = Clembench();
        var old = ClemJson.ReadObject(SharedData.Clembench(Path.Combine("clemcore-138c7aab", "games", "referencegame", "in", "instances.json")));
        var inst = old["experiments"]![0]!["game_instances"]![0]!.AsObject(); // target_grid_name "first"
        JsonObject Ev(string type, JsonObject extra) { extra["type"] = type; return new JsonObject { ["from"] = "GM", ["to"] = "GM", ["action"] = extra }; }
        var interactions = new JsonObject
        {
            ["turns"] = new JsonArray(new JsonArray(Ev("send message", new() { ["content"] = "p" }), Ev("get message", new() { ["content"] = "Expression: x" }),
                Ev("parse", new() { ["content"] = "Expression: x", ["expression"] = "x" }), Ev("send message", new() { ["content"] = "p" }),
                Ev("get message", new() { ["content"] = "Answer: First" }), Ev("parse", new() { ["content"] = "Answer: First", ["answer"] = "First" }))),
        };
        Assert.Equal(100, GridTestSupport.Number(GridTestSupport.Score(spec, new JsonObject(), inst, interactions), "Main Score"));

        var v15 = ClemJson.ReadObject(Path.Combine(RecordedEpisodes.ClembenchGames, "referencegame", "in", "instances_v1.5.json"));
        var e = Assert.Throws<ClemUserException>(() => GridTestSupport.Score(spec, new JsonObject(), v15["experiments"]![0]!["game_instances"]![0]!.AsObject(), interactions));
        Assert.Contains("remainder", e.Message);
    }
}
