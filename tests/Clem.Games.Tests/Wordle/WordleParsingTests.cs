using Clem.Games.Wordle;
using Xunit;

namespace Clem.Games.Tests.Wordle;

public class WordleParsingTests
{
    static readonly HashSet<string> Allowed = new(["apple", "crane", "start"], StringComparer.Ordinal);

    [Theory]
    [InlineData("guess: apple\nexplanation: fruit", "apple")]
    [InlineData("guess:Apple\nexplanation: fruit", "Apple")]           // no lowercasing
    [InlineData("I think guess:  crane  \nexplanation: x", "crane")]  // first occurrence, stripped
    [InlineData("guess: crane", "crane")]                              // value on the last line
    [InlineData("guess: crane\nguess: start", "crane")]               // first occurrence wins
    [InlineData("Guess: crane", "INVALID_FORMAT")]                     // case-sensitive keyword
    [InlineData("guess_feedback: c<green>", "INVALID_FORMAT")]         // "guess_feedback:" is not "guess:"
    [InlineData("guess: \u001ccrane\u001f", "crane")]                 // Python strip() removes U+001C..U+001F
    public void Guess_extraction(string response, string expected) =>
        Assert.Equal(expected, WordleParsing.FindKeyword(response, "guess"));

    [Theory]
    [InlineData("INVALID_FORMAT", "INVALID_FORMAT")]
    [InlineData("ab1de", "INVALID_WORD")]              // letters are checked before the length
    [InlineData("ab1", "INVALID_WORD")]
    [InlineData("", "INVALID_WORD")]                   // "".isalpha() is False
    [InlineData("cranes", "INVALID_WORD_LENGTH")]
    [InlineData("résumé", "INVALID_WORD_LENGTH")]     // Unicode letters are letters (isalpha)
    [InlineData("Apple", "NOT_VALID_ENGLISH_WORD")]    // case matters for the list
    [InlineData("zzzzz", "NOT_VALID_ENGLISH_WORD")]
    [InlineData("apple", null)]
    public void Validation_order(string guess, string? expected) =>
        Assert.Equal(expected, WordleParsing.CheckGuess(guess, 5, Allowed));

    [Fact]
    public void Length_counts_code_points_like_python()
    {
        // five letters outside the BMP are five code points (ten UTF-16 units)
        var word = string.Concat(Enumerable.Repeat("\U0001D4D0", 5));
        Assert.Equal("NOT_VALID_ENGLISH_WORD", WordleParsing.CheckGuess(word, 5, Allowed));
    }
}
