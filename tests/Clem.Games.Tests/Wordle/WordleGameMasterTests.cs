using Clem.Games.Wordle;
using Xunit;
using static Clem.Games.Tests.Wordle.ScriptedWordle;

namespace Clem.Games.Tests.Wordle;

/// <summary>The v1.6 loop with scripted replies: retry budgets, reconstructed turns, re-prompt texts, critic flow, scoring.</summary>
public class WordleGameMasterTests
{
    static readonly WordleGame Classic = new();
    static readonly WordleWithClueGame WithClue = new();
    static readonly WordleWithCriticGame WithCritic = new();

    [Fact]
    public async Task Format_letter_and_length_errors_share_one_budget_of_two_retries()
    {
        var r = await PlayAsync(Classic, WordleSettings.Clembench, "start",
            ["guess: cranes\nexplanation: a", "guess: ab1de\nexplanation: b", "no keyword at all", G("start")]);
        Assert.Equal("ABORTED", r.Status);
        Assert.Equal(3, r.Data["guesser_req_count"]!.GetValue<int>());
        Assert.Equal(2, r.Data["guesser retry count"]!.GetValue<int>());
        Assert.Equal(1, r.Models[0].Remaining); // the fourth reply was never asked for
        Assert.Equal("INVALID_FORMAT", r.Events.Single(e => e["action"]!["type"]!.GetValue<string>() == "invalid format")["action"]!["original_content"]!.GetValue<string>());
        Assert.Equal("NaN", r.Episode("Main Score"));
        Assert.Equal("3", r.Episode("Violated Request Count"));
        Assert.Equal(new[]
        {
            "the word should have exactly 5 letters. Please try again",
            "the word should contain only alphabets. Please try again",
        }, r.Sent("Player 1").Skip(1));
    }

    [Fact]
    public async Task A_valid_guess_resets_the_format_budget()
    {
        var r = await PlayAsync(Classic, WordleSettings.Clembench, "start",
            [G("cranes"), G("cranes"), G("apple"), G("cranes"), G("cranes"), G("start")]);
        Assert.Equal("WIN", r.Status);
        Assert.Equal("100", r.Episode("Main Score")); // two valid guesses: speed table, an int
        Assert.Equal("0.33", r.Episode("Request Success Ratio"));
    }

    [Fact]
    public async Task Unknown_words_have_their_own_budget_of_five_retries_and_count_as_parsed()
    {
        var r = await PlayAsync(Classic, WordleSettings.Clembench, "start", Enumerable.Repeat(G("zzzzz"), 7));
        Assert.Equal("ABORTED", r.Status);
        Assert.Equal(6, r.Data["guesser_req_count"]!.GetValue<int>());
        Assert.Equal(1, r.Models[0].Remaining);
        Assert.Equal("6", r.Episode("Parsed Request Count"));
        Assert.Equal("0", r.Episode("Violated Request Count"));
        Assert.All(r.Sent("Player 1").Skip(1), s => Assert.Equal("your guess is not a valid word for this game. Please try again", s));

        var ok = await PlayAsync(Classic, WordleSettings.Clembench, "start", [.. Enumerable.Repeat(G("zzzzz"), 5), G("start")]);
        Assert.Equal("WIN", ok.Status);
    }

    [Fact]
    public async Task An_unknown_word_resets_the_format_budget()
    {
        var r = await PlayAsync(Classic, WordleSettings.Clembench, "start",
            [G("cranes"), G("cranes"), G("zzzzz"), G("cranes"), G("cranes"), G("start")]);
        Assert.Equal("WIN", r.Status);
        Assert.Equal(6, r.Data["guesser_req_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Six_valid_guesses_end_the_game_as_a_loss()
    {
        var r = await PlayAsync(Classic, WordleSettings.Clembench, "start", Enumerable.Repeat(G("apple"), 7));
        Assert.Equal("LOSS", r.Status);
        Assert.Equal(1, r.Models[0].Remaining);
        Assert.Equal("0", r.Episode("Main Score"));
        Assert.Equal("1", r.Episode("repeats guess"));
        Assert.Equal("5", r.Episode("total guess repetitions"));
    }

    [Theory]
    [InlineData(1, "100", "100.0")]
    [InlineData(3, "100", "33.33")]
    [InlineData(4, "50", "25.0")]
    [InlineData(5, "30", "20.0")]
    [InlineData(6, "20", "16.67")]
    public async Task A_win_scores_by_the_v16_speed_table_for_classic_wordle_and_100_over_n_for_the_clue_variant(int n, string classic, string withClue)
    {
        string[] replies = [.. Enumerable.Repeat(G("apple"), n - 1), G("start")];
        var c = await PlayAsync(Classic, WordleSettings.Clembench, "start", replies);
        var w = await PlayAsync(WithClue, WordleSettings.Clembench, "start", replies);
        Assert.Equal(("WIN", classic), (c.Status, c.Episode("Main Score")));
        Assert.Equal(("WIN", withClue), (w.Status, w.Episode("Main Score")));
    }

    [Fact]
    public async Task The_game_master_writes_the_assistant_turns_and_the_feedback()
    {
        var r = await PlayAsync(WithClue, WordleSettings.Clembench, "start",
            ["Sure!\nguess: Apple\nexplanation: red fruit\nmore text", "guess:apple\nexplanation:again", G("start")]);
        Assert.Equal([("user", "SYS\n\nRULES\nclue:embark\n")], r.Request(0));
        Assert.Equal(
        [
            ("user", "SYS\n\nRULES\nclue:embark\n"),
            ("assistant", "guess:Apple\nexplanation:red fruit\n"),
            ("user", "your guess is not a valid word for this game. Please try again"),
            ("assistant", "guess:apple\nexplanation:again\n"),
            ("user", "guess_feedback: a<yellow> p<red> p<red> l<red> e<red>"),
        ], r.Request(2));
        Assert.Contains("attempts: 1\ntarget_word = start\ntarget_word_clue = embark\nguess: apple\nguess_feedback: a<yellow> p<red> p<red> l<red> e<red>", r.MetadataContents);
        Assert.Contains("Guesser Error: NOT_VALID_ENGLISH_WORD while parsing Player 1's (model: m1) response", r.MetadataContents);
    }

    [Fact]
    public async Task The_critic_gives_one_opinion_per_guess_and_the_guesser_may_change_its_guess()
    {
        var r = await PlayAsync(WithCritic, WordleSettings.Clembench, "start",
            [G("board"), G("board", "keep"), G("crane"), G("start", "changed")],
            [A("yes", "fits"), A("no", "no")]);
        Assert.Equal("WIN", r.Status);
        Assert.Equal(2, r.Data["critic_req_count"]!.GetValue<int>());
        Assert.Equal("[[\"board\", \"board\", \"yes\"], [\"crane\", \"start\", \"no\"]]", Clem.Core.Json.ClemJson.Serialize(r.Data["critic_guesses_change"]));
        Assert.Equal(
        [
            "clue:embark\nguess_agreement:yes\nagreement_explanation:fits\n",
            "guess_feedback: b<red> o<red> a<green> r<green> d<red>",
            "clue:embark\nguess_agreement:no\nagreement_explanation:no\n",
        ], r.Sent("Player 1").Skip(1));
        // the critic's second request: its first turn, an empty user turn, then the new guess with the last feedback
        Assert.Equal(
        [
            ("user", "CRITIC RULES\nclue:embark\nguess:board\nexplanation:x\n"),
            ("user", ""),
            ("user", "clue:embark\nguess:crane\nexplanation:x\nguess_feedback: b<red> o<red> a<green> r<green> d<red>"),
        ], r.Request(4));
        Assert.Equal("50.0", r.Episode("Main Score"));
        Assert.Equal("1.0", r.Episode("Repetition-Guesser-On-Critic-Agreement"));
        Assert.Equal("1.0", r.Episode("Non-Repetition-Guesser-On-Critic-Disagreement"));
    }

    [Fact]
    public async Task Clembench_asks_a_failing_critic_again_and_again_ours_aborts_after_two_retries()
    {
        string[] guesser = [G("start"), G("start")];
        string[] critic = [A("maybe"), A("maybe"), A("maybe"), A("maybe"), A("yes")];

        var clembench = await PlayAsync(WithCritic, WordleSettings.Clembench, "start", guesser, critic);
        Assert.Equal("WIN", clembench.Status);
        Assert.Equal(5, clembench.Data["critic_req_count"]!.GetValue<int>());
        Assert.Equal(4, clembench.Sent("Player 2").Count(s => s == "Provide your response only in this format:\nagreement:yes or no\nexplanation:details\nPlease try again"));

        var ours = await PlayAsync(WithCritic, WordleSettings.Default, "start", guesser, critic);
        Assert.Equal("ABORTED", ours.Status);
        Assert.Equal(3, ours.Data["critic_req_count"]!.GetValue<int>());
        Assert.Contains(ours.Events, e => e["from"]!.GetValue<string>() == "Player 2" && e["action"]!["type"]!.GetValue<string>() == "error");
        Assert.Equal(2, ours.Models[1].Remaining);
        Assert.Equal("NaN", ours.Episode("Main Score"));
    }

    [Fact]
    public async Task Clembench_mode_stops_a_critic_that_never_complies_with_an_error_instead_of_hanging()
    {
        var critic = Enumerable.Repeat(A("maybe"), WordleGameMaster.UnboundedCriticSafetyLimit + 5);
        await Assert.ThrowsAsync<InvalidOperationException>(() => PlayAsync(WithCritic, WordleSettings.Clembench, "start", [G("start")], critic));
    }

    [Fact]
    public async Task Agreement_case_matters_only_under_clembench_settings()
    {
        string[] guesser = [G("board"), G("board"), G("start"), G("start")];
        var clembench = await PlayAsync(WithCritic, WordleSettings.Clembench, "start", guesser, [A("No"), A("yes")]);
        var ours = await PlayAsync(WithCritic, WordleSettings.Default, "start", guesser, [A("No"), A("yes")]);
        Assert.Contains("Critic agrees with the Guesser -- Sharing the critic's explanation with the guesser", clembench.MetadataContents);
        Assert.DoesNotContain("Critic disagrees with the Guesser -- Sharing the critic's explanation with the guesser", clembench.MetadataContents);
        Assert.Contains("Critic disagrees with the Guesser -- Sharing the critic's explanation with the guesser", ours.MetadataContents);
        // the scorer: clembench counts "No" with the disagreements only because it is not "yes" — and so does ours
        Assert.Equal("1.0", clembench.Episode("Repetition-Guesser-On-Critic-Disagreement"));
        Assert.Equal("1.0", ours.Episode("Repetition-Guesser-On-Critic-Disagreement"));
    }

    [Fact]
    public async Task The_scorer_counts_an_upper_case_yes_as_agreement_only_under_our_settings()
    {
        string[] guesser = [G("start"), G("start")];
        var clembench = await PlayAsync(WithCritic, WordleSettings.Clembench, "start", guesser, [A("YES")]);
        var ours = await PlayAsync(WithCritic, WordleSettings.Default, "start", guesser, [A("YES")]);
        Assert.Equal("0", clembench.Episode("Repetition-Guesser-On-Critic-Agreement"));
        Assert.Equal("1.0", clembench.Episode("Repetition-Guesser-On-Critic-Disagreement"));
        Assert.Equal("1.0", ours.Episode("Repetition-Guesser-On-Critic-Agreement"));
        Assert.Equal("0", ours.Episode("Repetition-Guesser-On-Critic-Disagreement"));
    }

    [Fact]
    public async Task Feedback_rule_follows_the_setting()
    {
        var clembench = await PlayAsync(Classic, WordleSettings.Clembench, "spree", [G("sweep"), G("spree")]);
        var ours = await PlayAsync(Classic, WordleSettings.Default, "spree", [G("sweep"), G("spree")]);
        Assert.Equal("s<green> w<red> e<red> e<green> p<yellow>", clembench.Data["turns_guess_feedback"]![0]![1]!.GetValue<string>());
        Assert.Equal("s<green> w<red> e<yellow> e<green> p<yellow>", ours.Data["turns_guess_feedback"]![0]![1]!.GetValue<string>());
    }
}
