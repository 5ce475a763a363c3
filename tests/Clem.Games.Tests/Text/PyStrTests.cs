using Clem.Games.Text;
using Xunit;

namespace Clem.Games.Tests.Text;

/// <summary>Expected values are CPython 3.11's.</summary>
public class PyStrTests
{
    [Theory]
    [InlineData("\u001c a b \u001f\n", "a b")] // '\x1c a b \x1f\n'.strip() == 'a b'; .NET Trim keeps \x1c
    [InlineData("\u00a0x\u3000", "x")]
    [InlineData("   ", "")]
    public void StripUsesPythonWhitespace(string s, string expected) => Assert.Equal(expected, PyStr.Strip(s));

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("a\U0001F600b", 3)] // len('a😀b') == 3
    [InlineData("", 0)]
    public void LenCountsCodePoints(string s, int expected) => Assert.Equal(expected, PyStr.Len(s));

    [Theory]
    [InlineData("FIRST", "first")]
    [InlineData("f\u0130rst", "fi\u0307rst")] // 'fİrst'.lower() == 'fi̇rst' (so it is not 'first')
    [InlineData("\u0391\u03a3", "\u03b1\u03c2")] // 'ΑΣ'.lower() == 'ας' (final sigma)
    [InlineData("\u03a3\u0391", "\u03c3\u03b1")]
    [InlineData("\u212a", "k")] // Kelvin sign
    public void LowerIsFullMapping(string s, string expected) => Assert.Equal(expected, PyStr.Lower(s));

    [Fact]
    public void SplitWithoutArgumentsDropsEmptyParts() =>
        Assert.Equal(["a", "b", "c"], PyStr.SplitWhitespace("  a\tb\u001c\nc  "));
}
