using Clem.Games.Taboo;
using Clem.Games.Text;
using Xunit;

namespace Clem.Games.Tests.Taboo;

public class ClueCheckTests
{
    static readonly string[] Related = ["transport", "cross", "traverse"];

    static List<ClueError> Check(string clue, string target = "transit", string[]? related = null, bool strict = false) =>
        TabooRules.CheckClue(clue, target, related ?? Related, RecordedEpisodes.UseNltkStopwords(), strict).Errors;

    [Fact]
    public void StemOfTheTargetIsAViolation()
    {
        var errors = Check("CLUE: The state of doing a transition from A to B");
        Assert.Equal([new ClueError(0, "Target word 'transit' (stem=transit) is similar to clue word 'transition' (stem=transit)")], errors);
    }

    [Fact]
    public void StemOfARelatedWordIsAViolation()
    {
        var errors = Check("CLUE: Usually local transportation especially of people by public conveyance.");
        Assert.Equal([new ClueError(1, "Related word 'transport' (stem=transport) is similar to clue word 'transportation' (stem=transport)")], errors);
    }

    [Fact]
    public void SubstringsAndStopwordsAreNoViolation()
    {
        // clembench issue #9: "without" once matched "it"; and taboo words that are stopwords are ignored.
        Assert.Empty(Check("CLUE: A term that refers to the act of completing a task without professional help", "diy", ["do", "it", "yourself"]));
        Assert.Empty(Check("CLUE: Conveyance of persons or things from one place to another."));
    }

    [Fact]
    public void NormalisesTheClueLikeClembench()
    {
        var (clue, _) = TabooRules.CheckClue("CLUE:  A Duty, or task (CLUE: again)! ", "x", [], StopwordList.ClemNet, false);
        Assert.Equal("a duty or task  again", clue);
    }

    [Fact]
    public void ClembenchSplitsOnSingleSpacesOnlyOurVersionOnAnySeparator()
    {
        // A taboo word after a newline or inside a hyphenated compound escapes clembench's check (kept for parity).
        Assert.Empty(Check("CLUE: some\ntransportation"));
        Assert.Empty(Check("CLUE: a cross-country trip"));
        Assert.Single(Check("CLUE: some\ntransportation", strict: true));
        Assert.Single(Check("CLUE: a cross-country trip", strict: true));
    }

    [Fact]
    public void GuessNormalisation()
    {
        Assert.Equal("responsibility", TabooRules.NormaliseGuess("GUESS:  Responsibility."));
        Assert.Equal("lease\nexplanation it is rented", TabooRules.NormaliseGuess("GUESS: Lease\nExplanation: it is rented"));
    }

    [Fact]
    public void NltkListIsTheOneClembenchUsedAndOursIsShipped()
    {
        var nltk = RecordedEpisodes.UseNltkStopwords();
        Assert.Equal(179, nltk.Words.Count);
        Assert.True(nltk.IsNltkV16);
        Assert.True(StopwordList.ClemNet.Contains("the"));
        Assert.False(StopwordList.ClemNet.IsNltkV16);
        Assert.DoesNotContain(StopwordList.ClemNet.Words, w => w.Contains('\''));
    }
}
