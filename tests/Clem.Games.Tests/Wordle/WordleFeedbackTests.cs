using Clem.Games.Wordle;
using Xunit;

namespace Clem.Games.Tests.Wordle;

public class WordleFeedbackTests
{
    [Fact]
    public void Legacy_feedback_reproduces_the_repeated_letter_quirk_of_clemcore_issue_91()
    {
        // The spec's example: the first 'e' is red because the single pass expects the later green there.
        Assert.Equal("s<green> w<red> e<red> e<green> p<yellow>", GuessFeedback.Legacy("sweep", "spree"));
        Assert.Equal("s<green> w<red> e<yellow> e<green> p<yellow>", GuessFeedback.Standard("sweep", "spree"));
        Assert.Equal(GuessFeedback.Legacy("sweep", "spree"), GuessFeedback.Compute("sweep", "spree", legacy: true));
        Assert.Equal(GuessFeedback.Standard("sweep", "spree"), GuessFeedback.Compute("sweep", "spree", legacy: false));
    }

    [Theory]
    // recorded in runs-e9a80005 (wordle episode 0: target "start")
    [InlineData("apple", "start", "a<yellow> p<red> p<red> l<red> e<red>")]
    [InlineData("board", "start", "b<red> o<red> a<green> r<green> d<red>")]
    [InlineData("other", "their", "o<red> t<yellow> h<yellow> e<yellow> r<green>")]
    [InlineData("queue", "queue", "q<green> u<green> e<green> u<green> e<green>")]
    // v1.x takes the target's first unclaimed copy: an exact match on a later copy shows yellow (official: green)
    [InlineData("crane", "spree", "c<red> r<yellow> a<red> n<red> e<yellow>")]
    public void Legacy_feedback_matches_clembench(string guess, string target, string expected) =>
        Assert.Equal(expected, GuessFeedback.Legacy(guess, target));

    [Theory]
    [InlineData("babes", "abbey", "b<yellow> a<yellow> b<green> e<green> s<red>")]
    [InlineData("eerie", "leave", "e<red> e<green> r<red> i<red> e<green>")]
    [InlineData("crane", "spree", "c<red> r<yellow> a<red> n<red> e<green>")]
    [InlineData("speed", "abide", "s<red> p<red> e<yellow> e<red> d<yellow>")]
    [InlineData("llama", "hello", "l<yellow> l<yellow> a<red> m<red> a<red>")]
    [InlineData("crane", "crane", "c<green> r<green> a<green> n<green> e<green>")]
    public void Standard_feedback_follows_the_official_rules(string guess, string target, string expected) =>
        Assert.Equal(expected, GuessFeedback.Standard(guess, target));

    [Fact]
    public void The_two_rules_differ_only_when_a_word_repeats_a_letter()
    {
        string[] words = ["apple", "start", "sweep", "spree", "crane", "slate", "eerie", "leave", "abbey", "babes", "otter", "tower", "geese", "ledge"];
        var differing = 0;
        foreach (var g in words)
            foreach (var t in words)
            {
                if (GuessFeedback.Legacy(g, t) == GuessFeedback.Standard(g, t)) continue;
                differing++;
                Assert.True(g.Distinct().Count() < g.Length || t.Distinct().Count() < t.Length, $"{g}/{t} differ without a repeated letter");
            }
        Assert.True(differing > 0);
    }

    [Fact]
    public void All_green_detection()
    {
        Assert.True(GuessFeedback.AllGreen("q<green> u<green> e<green> u<green> e<green>"));
        Assert.False(GuessFeedback.AllGreen("q<green> u<green> e<green> u<green> e<yellow>"));
    }
}
