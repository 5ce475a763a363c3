using Clem.Games.Text;
using Xunit;

namespace Clem.Games.Tests.Taboo;

public class PyTextTests
{
    [Fact]
    public void StripUsesPythonsWhitespace()
    {
        Assert.Equal("a b", PyStr.Strip("\x1c\x1f \t a b\u3000\x85"));
        Assert.Equal("\u200ba", PyStr.Strip("\u200ba")); // zero-width space is not whitespace in Python
    }

    [Fact]
    public void SplitVariants()
    {
        Assert.Equal(["a", "", "b\nc"], PyStr.SplitSpace("a  b\nc"));
        Assert.Equal(["a", "b", "c"], PyStr.SplitWhitespace(" a  b\nc\x1e"));
    }

    [Fact]
    public void LowerFollowsPython()
    {
        Assert.Equal("i\u0307stanbul", PyStr.Lower("\u0130stanbul"));
        Assert.Equal("\u03bf\u03b4\u03bf\u03c2 \u03c3", PyStr.Lower("\u039f\u0394\u039f\u03a3 \u03a3"));
        Assert.Equal("\ud800x", PyStr.Lower("\ud800X")); // a lone surrogate survives
    }

    [Fact]
    public void RemovesOnlyAsciiPunctuation() =>
        Assert.Equal("dont  — its ok", PyStr.RemoveAsciiPunctuation("don't -- — it's, (ok)!"));
}
