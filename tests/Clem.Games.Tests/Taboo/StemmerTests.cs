using Clem.Games.Text;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.Taboo;

public class StemmerTests
{
    [Fact]
    public void ReproducesNltk38OnTheWholeSnowballVocabulary()
    {
        var voc = File.ReadAllLines(SharedData.Clembench("snowball/english-voc.txt"));
        var expected = File.ReadAllLines(SharedData.Clembench("snowball/english-output-nltk-3.8.txt"));
        Assert.Equal(voc.Length, expected.Length);
        var wrong = Enumerable.Range(0, voc.Length).Where(i => NltkEnglishStemmer.Stem(voc[i]) != expected[i]).ToList();
        Assert.True(wrong.Count == 0,
            $"{wrong.Count} of {voc.Length} differ, e.g. " + string.Join(", ", wrong.Take(10).Select(i => $"{voc[i]}: ours {NltkEnglishStemmer.Stem(voc[i])}, NLTK {expected[i]}")));
    }

    [Fact]
    public void DiffersFromTodaysSnowballWhereNltkDoes()
    {
        // The 57 words where NLTK 3.8 and current Snowball disagree: we must side with NLTK on each.
        var voc = File.ReadAllLines(SharedData.Clembench("snowball/english-voc.txt"));
        var nltk = File.ReadAllLines(SharedData.Clembench("snowball/english-output-nltk-3.8.txt"));
        var current = File.ReadAllLines(SharedData.Clembench("snowball/english-output.txt"));
        var disputed = Enumerable.Range(0, voc.Length).Where(i => nltk[i] != current[i]).ToList();
        Assert.Equal(57, disputed.Count);
        Assert.All(disputed, i => Assert.Equal(nltk[i], NltkEnglishStemmer.Stem(voc[i])));
    }

    [Theory]
    [InlineData("Responsibility", "respons")]   // NLTK lowercases first
    [InlineData("IS", "is")]                   // two letters or fewer: unchanged (after lowercasing)
    [InlineData("ad", "ad")]
    [InlineData("world\u2019s", "world")]      // typographic apostrophe treated as '
    [InlineData("", "")]
    [InlineData("\U0001F600y", "\U0001F600y")] // two code points (three UTF-16 units): unchanged, as in Python
    public void AppliesNltksStepsAroundTheAlgorithm(string word, string stem) => Assert.Equal(stem, NltkEnglishStemmer.Stem(word));
}
