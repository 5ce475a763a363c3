using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Games.PrivateShared;
using Xunit;

namespace Clem.Games.Tests.PrivateShared;

/// <summary>The game rules on scripted replies, in our game version (built-in folder, our texts and settings).</summary>
public class RuleTests
{
    static readonly string[] Order = ["date", "origin", "destination", "transport", "comfort"];

    static JsonObject Instance()
    {
        var probes = new JsonObject();
        for (int r = 0; r <= 5; r++) probes[r.ToString()] = new JsonObject { ["origin"] = 0, ["destination"] = 0, ["transport"] = 0, ["comfort"] = 0, ["date"] = 0 };
        return new JsonObject
        {
            ["game_id"] = 7,
            ["tag"] = "TRAVEL-AGENT",
            ["slots"] = new JsonObject { ["origin"] = "Lyon", ["destination"] = "Nice", ["transport"] = "Ferry", ["comfort"] = "Economy", ["date"] = "On March 3" },
            ["initial_prompt"] = "You are travelling.",
            ["request_order"] = new JsonArray(Order.Select(s => (JsonNode)s).ToArray()),
            ["requests"] = new JsonObject { ["origin"] = 0, ["destination"] = 0, ["transport"] = 0, ["comfort"] = 0, ["date"] = 0 },
            ["probes"] = probes,
            ["lang"] = "en",
        };
    }

    static async Task<(JsonObject Interactions, JsonArray Requests, JsonObject Scores)> Play(IEnumerable<string> replies)
    {
        var spec = BuiltInGames.Catalog().Get("privateshared");
        Assert.True(spec.IsOwn);
        var model = new ReplayModel("scripted", replies);
        var master = spec.Implementation.CreateGameMaster(new GameContext(spec, new JsonObject { ["name"] = "travel-booking" }, [model], TimeProvider.System));
        master.Setup(Instance());
        await master.PlayAsync();
        Assert.Equal(0, model.Remaining);
        var scorer = spec.Implementation.CreateScorer(new JsonObject(), Instance(), spec.Settings);
        scorer.ComputeScores(ClemJson.Parse(ClemJson.Serialize(master.Recorder.Interactions))!.AsObject());
        return (master.Recorder.Interactions, master.Recorder.Requests, scorer.Scores.EpisodeScores);
    }

    static List<JsonObject> Events(JsonObject interactions) => interactions["turns"]!.AsArray().SelectMany(t => t!.AsArray()).Select(e => e!.AsObject()).ToList();
    static string Type(JsonObject e) => e["action"]!["type"]!.GetValue<string>();
    static string Content(JsonObject e) => e["action"]!["content"]!.GetValue<string>();
    static readonly string[] FiveNo = ["ASIDE: no", "ASIDE: no", "ASIDE: no", "ASIDE: no", "ASIDE: no"];

    [Fact]
    public async Task AContinuationAfterTheAnswerAbortsTheGame()
    {
        var (interactions, _, scores) = await Play([.. FiveNo, "ANSWER: On March 3.\nAnything else?"]);
        var events = Events(interactions);
        Assert.Equal(["parse", "invalid format", "end"], events.TakeLast(3).Select(Type));
        Assert.Equal("NA", Content(events[^3]));
        Assert.Equal("Abort: invalid format in slot filling.", Content(events[^2]));
        Assert.True(interactions["Aborted"]!.GetValue<bool>());
        Assert.Equal(1, interactions["Played Probe Rounds"]!.GetValue<int>());
        Assert.Equal("[5, 1, 0, 0, 0, 0]", ClemJson.Serialize(interactions["Request Count"]));
        Assert.Equal("[0, 1, 0, 0, 0, 0]", ClemJson.Serialize(interactions["Violated Request Count"]));
        Assert.True(double.IsNaN(scores["Main Score"]!.GetValue<double>()));
        Assert.Equal(1, scores["Aborted"]!.GetValue<int>());
        Assert.False(scores.ContainsKey("Middle-Accuracy")); // the middle round was never reached
    }

    [Fact]
    public async Task TrailingNewlinesAreNoContinuation()
    {
        var (interactions, _, _) = await Play([.. FiveNo, "ANSWER: On March 3.\n\n", .. FiveNo, "tag-less reply"]);
        var events = Events(interactions);
        Assert.Contains(events, e => Type(e) == "metadata" && Content(e) == "Slot filled: True");
        Assert.Equal("Abort: invalid format in slot filling.", Content(events[^2]));
    }

    [Fact]
    public async Task AProbeGetsFiveTriesThenTheGameAborts()
    {
        string[] bad = ["ANSWER: no", "ASIDE: maybe", "aside: yes", "ASIDE: yes\nbecause I said so", "Yes."];
        var (interactions, requests, scores) = await Play(bad);
        var events = Events(interactions);
        var questions = events.Where(e => Type(e) == "probe question").Select(Content).ToList();
        Assert.Equal(5, questions.Count);
        // our version: no double space on the first try; later tries put the suffix after the tag
        Assert.StartsWith("ME: Does the travel agent know", questions[0]);
        Assert.StartsWith("ME: Please read my question again. Does the travel agent know", questions[1]);
        Assert.StartsWith("ME: Please take a moment before you reply. Does", questions[4]);
        Assert.Contains(events, e => Type(e) == "metadata" && Content(e) == "Answer for ORIGIN invalid after max attempts.");
        Assert.Contains(events, e => Type(e) == "check" && Content(e) == "Answer is incorrect.");
        Assert.Equal("Abort: invalid format in probing.", Content(events[^2]));
        var round0 = interactions["probes"]![0]!.AsArray();
        Assert.Equal(5, round0.Count);
        Assert.Equal(2, round0[0]!["value"]!.GetValue<int>()); // INVALID_LABEL
        Assert.Equal(6, round0[0]!["tries"]!.GetValue<int>());
        Assert.Equal(["target", "question", "gt"], round0[1]!.AsObject().Select(p => p.Key)); // never asked
        Assert.Equal(0, interactions["Played Probe Rounds"]!.GetValue<int>());
        // every try saw the same history plus only its own question: probes never enter the history
        Assert.All(requests, r => Assert.Equal(3, r!["manipulated_prompt_obj"]!.AsArray().Count));
        Assert.Equal(0, scores["Success"]!.GetValue<int>());
        Assert.Equal(0, scores["Lose"]!.GetValue<int>());
    }

    [Fact]
    public async Task FilledIffTheValueOccursAndAnticipatedSlotsMoveTheGroundTruth()
    {
        // turn 0 asks for the date ("On March 3"): "March 3" does not fill it, but "Lyon" gives away the origin (asked at turn 1)
        var replies = new List<string>(FiveNo) { "ANSWER: March 3, leaving from LYON." };
        replies.AddRange(["ASIDE: yes", "ASIDE: no", "ASIDE: no", "ASIDE: no", "ASIDE: Yes."]); // round 1: origin, destination, transport, comfort, date
        string[] answers = ["ANSWER: Lyon", "ANSWER: nice", "ANSWER: By ferry", "ANSWER: economy"];
        for (int round = 2; round <= 5; round++)
        {
            // known: origin and date since turn 0, destination/transport/comfort after their turns 2/3/4
            string YesIf(bool b) => b ? "ASIDE: yes" : "ASIDE: no";
            replies.AddRange([answers[round - 2], "ASIDE: yes", YesIf(round > 2), YesIf(round > 3), YesIf(round > 4), "ASIDE: yes"]);
        }
        var (interactions, requests, scores) = await Play(replies);
        var events = Events(interactions);
        Assert.Equal("Slot filled: False", Content(events.First(e => Type(e) == "metadata" && Content(e).StartsWith("Slot filled", StringComparison.Ordinal))));
        Assert.Contains(events, e => Type(e) == "metadata" && Content(e) == "Value for ORIGIN anticipated; ground truth turn updated from 1 to 0.");
        Assert.Equal("""{"date": 0, "origin": 0, "destination": 2, "transport": 3, "comfort": 4}""", ClemJson.Serialize(interactions["realised_slots"]));
        var round1 = interactions["probes"]![1]!.AsArray();
        Assert.Equal([1, 0, 0, 0, 1], round1.Select(p => p!["gt"]!.GetValue<int>())); // origin and date known after turn 0
        Assert.Equal("[false, true, true, true, true]", ClemJson.Serialize(interactions["Filled Slots"]));
        Assert.False(interactions["Aborted"]!.GetValue<bool>());
        Assert.Equal(6, interactions["Played Probe Rounds"]!.GetValue<int>());
        // our version sends the request with its coda, and keeps it so in the history
        var sent = requests[5]!["manipulated_prompt_obj"]!.AsArray();
        Assert.Equal("TRAVEL-AGENT: When would you like to leave? Reply to this question only, in one short sentence.", sent[^1]!["content"]!.GetValue<string>());
        Assert.Equal(sent[^1]!["content"]!.GetValue<string>(), requests[6]!["manipulated_prompt_obj"]![2]!["content"]!.GetValue<string>());
        Assert.Equal(0.8, scores["Slot-Filling-Accuracy"]!.GetValue<double>());
        Assert.Equal(1.0, scores["Accuracy"]!.GetValue<double>()); // every probe answered as the ground truth says
        Assert.Equal(100 * (2 * 0.8 * 1.0 / 1.8), scores["Main Score"]!.GetValue<double>());
        Assert.Equal(0, scores["Success"]!.GetValue<int>()); // success needs every slot filled
        Assert.Equal(1, scores["Lose"]!.GetValue<int>());
    }

    [Fact]
    public void MainScoreKeepsPythonTypes()
    {
        Assert.Equal("0", ClemJson.Serialize(PrivateSharedScorer.BenchScore(0.0, 0.0)));
        Assert.Equal("0.0", ClemJson.Serialize(PrivateSharedScorer.BenchScore(0.8, 0.0)));
        Assert.Equal("NaN", ClemJson.Serialize(PrivateSharedScorer.BenchScore(double.NaN, 0.5)));
        Assert.Equal("64.0", ClemJson.Serialize(PrivateSharedScorer.BenchScore(0.8, 0.5333333333333333)));
    }

    [Fact]
    public async Task AnInstanceWithoutSlotsIsAClearError()
    {
        var spec = BuiltInGames.Catalog().Get("privateshared");
        var master = spec.Implementation.CreateGameMaster(new GameContext(spec, new JsonObject { ["name"] = "travel-booking" }, [new ReplayModel("x", [])], TimeProvider.System));
        var instance = Instance();
        instance.Remove("slots");
        var e = Assert.Throws<ClemUserException>(() => master.Setup(instance));
        Assert.Contains("\"slots\" is missing", e.Message);
        await Task.CompletedTask;
    }
}
