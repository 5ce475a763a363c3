using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Models;
using Clem.Core.Records;
using Clem.Games.Taboo;
using Xunit;

namespace Clem.Games.Tests.Taboo;

public class TabooGameTests
{
    static readonly JsonObject Experiment = new()
    {
        ["name"] = "test",
        ["max_turns"] = 3,
        ["describer_initial_prompt"] = "Describe $TARGET_WORD$ in $N$ turns without:\n$REL_WORD$",
        ["guesser_initial_prompt"] = "Guess in $N$ turns.",
    };

    static readonly JsonObject Instance = new()
    {
        ["game_id"] = 0,
        ["target_word"] = "output",
        ["related_word"] = new JsonArray("product", "yield", "result"),
    };

    sealed record Played(List<JsonObject> Events, Scores Scores, TabooGameMaster Master);

    static async Task<Played> Play(TabooSettings settings, string[] clues, string[] guesses)
    {
        RecordedEpisodes.UseNltkStopwords();
        var game = new TabooGame();
        var spec = new GameSpec(game, Path.GetTempPath(), new JsonObject { ["game_name"] = "taboo" }, settings.ToJson(), isOwn: settings != TabooSettings.Clembench);
        var models = new IModel[] { new ReplayModel("d", clues), new ReplayModel("g", guesses) };
        var master = (TabooGameMaster)game.CreateGameMaster(new GameContext(spec, Experiment, models, TimeProvider.System));
        master.Setup(Instance.DeepClone().AsObject());
        await master.PlayAsync();
        var events = master.Recorder.Interactions["turns"]!.AsArray().SelectMany(t => t!.AsArray()).Select(e => e!.AsObject()).ToList();
        var scorer = game.CreateScorer(Experiment, Instance, settings.ToJson());
        scorer.ComputeScores(master.Recorder.Interactions);
        return new Played(events, scorer.Scores, master);
    }

    static List<string> Types(Played p) => p.Events.Select(e => e["action"]!["type"]!.GetValue<string>()).ToList();
    static string Content(JsonObject e) => e["action"]!["content"]!.GetValue<string>();

    [Fact]
    public async Task ThreeWrongGuessesLoseAfterMaxTurns()
    {
        var p = await Play(TabooSettings.Clembench, ["CLUE: made by a machine", "CLUE: what comes out", "CLUE: what comes out"], ["GUESS: Pear", "GUESS: pear", "GUESS: Apple!"]);
        Assert.Equal("max turns reached", Types(p)[^1]);
        Assert.Equal("3", Content(p.Events[^1]));
        Assert.Equal(3, p.Master.Recorder.Interactions["turns"]!.AsArray().Count);
        Assert.Equal(1, p.Scores.Episode(Metrics.Lose));
        Assert.Equal(0, p.Scores.Episode(Metrics.MainScore));
        Assert.Equal(3, p.Scores.Episode(Metrics.RequestCount));    // clembench: one per turn
        Assert.Equal(0, p.Scores.Episode("Repetition-Guesser"));    // clembench: never counted
        Assert.Equal(0, p.Scores.Episode("Repetition-Describer"));

        var ours = await Play(TabooSettings.Default, ["CLUE: made by a machine", "CLUE: what comes out", "CLUE: what comes out"], ["GUESS: Pear", "GUESS: pear", "GUESS: Apple!"]);
        Assert.Equal(6, ours.Scores.Episode(Metrics.RequestCount)); // ours: one per call
        Assert.Equal(1, ours.Scores.Episode("Repetition-Guesser"));  // "pear" twice
        Assert.Equal(1, ours.Scores.Episode("Repetition-Describer"));
    }

    [Fact]
    public async Task FirstClueIsMergedIntoTheGuessersPromptLaterMessagesAreForwardedVerbatim()
    {
        var p = await Play(TabooSettings.Clembench, ["CLUE: made by a machine.", "CLUE: what comes out"], ["GUESS: Pear", "GUESS: Output."]);
        var sends = p.Events.Where(e => e["action"]!["type"]!.GetValue<string>() == "send message").ToList();
        Assert.Equal("Describe output in 3 turns without:\n- product\n- yield\n- result", Content(sends[0]));
        Assert.Equal("Guess in 3 turns.\n\nCLUE: made by a machine.", Content(sends[1]));
        Assert.Equal("GUESS: Pear", Content(sends[2]));
        Assert.Equal("CLUE: what comes out", Content(sends[3]));
        Assert.Equal(["valid response", "valid guess", "correct guess"], Types(p)[^3..]);
        Assert.Equal("output", Content(p.Events[^2]));
        Assert.Equal(50.0, p.Scores.Episode(Metrics.MainScore));
        Assert.Equal(1, p.Scores.Episode(Metrics.Success));
        Assert.Equal(4, p.Master.History(p.Master.Players[0]).Count); // prompt, clue, "GUESS: Pear", clue (a correct guess is not forwarded)
        Assert.Equal(4, p.Master.History(p.Master.Players[1]).Count);
    }

    [Fact]
    public async Task ATabooWordInTheClueIsALossNotAnAbort()
    {
        var p = await Play(TabooSettings.Clembench, ["CLUE: The end result of a process."], []);
        Assert.Equal(["send message", "get message", "valid response", "invalid clue"], Types(p));
        Assert.Equal("Related word 'result' (stem=result) is similar to clue word 'result' (stem=result)", Content(p.Events[^1]));
        Assert.Equal(0, p.Scores.Episode(Metrics.Aborted));
        Assert.Equal(1, p.Scores.Episode(Metrics.Lose));
        Assert.Equal(0, p.Scores.Episode(Metrics.MainScore));
    }

    [Theory]
    [InlineData(" GUESS: output")] // leading space
    [InlineData("Guess: output")]  // case
    [InlineData("output")]
    public async Task AGuessWithoutItsExactPrefixAborts(string guess)
    {
        var p = await Play(TabooSettings.Clembench, ["CLUE: made by a machine"], [guess]);
        Assert.Equal("invalid format", Types(p)[^1]);
        Assert.Equal("abort game", Content(p.Events[^1]));
        Assert.Equal(1, p.Scores.Episode(Metrics.Aborted));
        Assert.Equal(0, p.Scores.Episode(Metrics.Lose));
        Assert.True(double.IsNaN(p.Scores.Episode(Metrics.MainScore)!.Value));
        Assert.Equal(0.0, p.Scores.Episode(Metrics.RequestSuccess)); // clembench: the one (turn) request violated
    }

    [Fact]
    public async Task ClueWithoutPrefixAbortsBeforeTheGuesserIsAsked()
    {
        var p = await Play(TabooSettings.Default, ["It is made by a machine"], []);
        Assert.Equal(["send message", "get message", "invalid format"], Types(p));
        Assert.Equal(1, p.Scores.Episode(Metrics.RequestCount));
        Assert.Equal(1, p.Scores.Episode(Metrics.RequestCountViolated));
    }

    [Fact]
    public async Task OurVersionCatchesATabooWordAfterANewline()
    {
        var clembench = await Play(TabooSettings.Clembench, ["CLUE: the end\nresult"], ["GUESS: output"]);
        Assert.Equal(1, clembench.Scores.Episode(Metrics.Success));
        var ours = await Play(TabooSettings.Default, ["CLUE: the end\nresult"], []);
        Assert.Equal("invalid clue", Types(ours)[^1]);
    }
}
