using Clem.Backends.Chat;
using Clem.Core.Models;
using Xunit;

namespace Clem.Backends.Tests;

public class NormalizationTests
{
    [Fact]
    public void DropsAnEmptyLeadingSystemMessageAndMergesSameRoleMessages()
    {
        var messages = new[]
        {
            Message.FromSystem(""),
            Message.FromUser("rules"),
            Message.FromUser("first clue"),
            Message.FromAssistant("GUESS: a"),
            Message.FromUser("wrong"),
        };
        var normalized = MessageNormalizer.Normalize(messages);
        Assert.Equal(new[] { Message.FromUser("rules\n\nfirst clue"), Message.FromAssistant("GUESS: a"), Message.FromUser("wrong") }, normalized);
        Assert.Equal("", messages[0].Content); // the input is not modified
    }

    [Fact]
    public void KeepsANonEmptySystemMessageAndALaterEmptyOne()
    {
        var normalized = MessageNormalizer.Normalize([Message.FromSystem("be brief"), Message.FromUser("hi"), Message.FromSystem(""), Message.FromSystem("x")]);
        Assert.Equal(new[] { Message.FromSystem("be brief"), Message.FromUser("hi"), Message.FromSystem("\n\nx") }, normalized);
    }

    [Theory]
    [InlineData("  GUESS: pear \n", "GUESS: pear")]
    [InlineData("\u001c\u001dCLUE: fruit\u3000", "CLUE: fruit")] // Python's str.strip() also strips U+001C..U+001F
    [InlineData("\u200bX", "\u200bX")] // zero-width space is not whitespace in Python
    public void StripsLikePython(string input, string expected) => Assert.Equal(expected, ResponseText.PyStrip(input));

    [Fact]
    public void LiteralEosIsEscaped_Issue118()
    {
        // Unescaped, "<|eot_id|>" is the pattern "<" | "eot_id" | ">": it would eat every "<", ">" and "eot_id".
        var cull = EosCuller.Literal("<|eot_id|>");
        Assert.Equal("GUESS: a <b> c", cull.Cull("GUESS: a <b> c<|eot_id|>"));
        Assert.Equal("x || y", cull.Cull("x || y<|eot_id|><|eot_id|>"));
    }

    [Fact]
    public void RegexEosFromV2RegistriesIsApplied()
    {
        var cull = EosCuller.Pattern(@"<\|eot_id\|>|</s>", "test");
        Assert.Equal("ANSWER: 3", cull.Cull("ANSWER: 3</s> <|eot_id|>"));
    }

    [Fact]
    public void AnEosPatternThatMatchesNothingButTheEmptyStringIsRejected()
    {
        var e = Assert.Throws<ClemUserException>(() => EosCuller.Pattern("<|eot_id|>", "model 'x'"));
        Assert.Contains("lone", e.Message);
        Assert.Contains("model 'x'", e.Message);
        Assert.Throws<ClemUserException>(() => EosCuller.Pattern("([", "model 'x'"));
    }
}
