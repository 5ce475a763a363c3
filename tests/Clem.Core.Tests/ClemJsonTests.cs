using System.Text.Json.Nodes;
using Clem.Core.Json;
using Xunit;

namespace Clem.Core.Tests;

public class ClemJsonTests
{
    [Fact]
    public void ReadsBareNaNTokensOutsideStrings()
    {
        var node = ClemJson.Parse("{\"a\": NaN, \"b\": [Infinity, -Infinity], \"c\": \"NaN stays text\"}")!;
        Assert.True(double.IsNaN(ClemJson.AsDouble(node["a"])!.Value));
        Assert.Equal(double.PositiveInfinity, ClemJson.AsDouble(node["b"]![0]));
        Assert.Equal(double.NegativeInfinity, ClemJson.AsDouble(node["b"]![1]));
        Assert.Equal("NaN stays text", node["c"]!.GetValue<string>());
    }

    [Fact]
    public void WritesLikePythonJsonDumps()
    {
        var obj = new JsonObject
        {
            ["Aborted"] = 0,
            ["Main Score"] = 100.0,
            ["Ratio"] = 1.0 / 3.0,
            ["Lose"] = double.NaN,
            ["text"] = "caf\u00e9 \"q\"\n",
        };
        Assert.Equal("{\"Aborted\": 0, \"Main Score\": 100.0, \"Ratio\": 0.3333333333333333, \"Lose\": NaN, \"text\": \"caf\\u00e9 \\\"q\\\"\\n\"}",
            ClemJson.Serialize(obj));
    }

    [Fact]
    public void RoundTripsAClembenchScoresFileByteForByte()
    {
        const string text = "{\"turn scores\": {\"0\": {\"Accuracy\": 1, \"Request Count\": 1}}, \"episode scores\": {\"Request Success Ratio\": 1.0, \"Aborted\": 0, \"Main Score\": 33.333333333333336, \"Lose\": NaN}}";
        Assert.Equal(text, ClemJson.Serialize(ClemJson.Parse(text)));
    }

    [Fact]
    public void IndentMatchesPythonIndent2()
    {
        var obj = new JsonObject { ["a"] = new JsonArray(1, 2), ["b"] = new JsonObject() };
        Assert.Equal("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}", ClemJson.Serialize(obj, indent: 2));
    }

    [Fact]
    public void MalformedInputNamesTheFile()
    {
        var e = Assert.Throws<System.Text.Json.JsonException>(() => ClemJson.Parse("{\"a\": ", "ep/scores.json"));
        Assert.Contains("ep/scores.json", e.Message);
    }

    [Theory]
    [InlineData(100.0, "100.0")]
    [InlineData(33.333333333333336, "33.333333333333336")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(123456.789, "123456.789")]
    public void FloatReprMatchesPython(double value, string expected) => Assert.Equal(expected, PyFloat.Repr(value));

    [Theory]
    [InlineData(2.675, 2, 2.67)]    // 2.675 is 2.67499999… in binary: Python rounds down
    [InlineData(0.125, 2, 0.12)]    // exact tie: half to even
    [InlineData(0.375, 2, 0.38)]
    [InlineData(33.33333, 2, 33.33)]
    public void PyRoundIsExactHalfEven(double x, int n, double expected) => Assert.Equal(expected, PyFloat.PyRound(x, n));

    [Theory]
    [InlineData(79.52285714285714, 79.52)]
    [InlineData(35.195, 35.2)] // numpy: rint(3519.4999999999995)?  see test name: checks the scaled double, not decimal text
    public void Round2ScalesThenRoundsHalfEven(double x, double expected) => Assert.Equal(expected, PyFloat.Round2(x));
}

public class ClemJsonSurrogateTests
{
    [Fact]
    public void LoneSurrogatesFromBrokenModelOutputReadBackAsReplacementCharacters()
    {
        // Python's json.dumps writes a lone surrogate as \ud800; System.Text.Json alone would refuse to read it.
        var written = ClemJson.Serialize(new System.Text.Json.Nodes.JsonObject { ["content"] = "a\ud800b \ud83d\ude00 \udc00" });
        Assert.Equal("{\"content\": \"a\\ud800b \\ud83d\\ude00 \\udc00\"}", written);
        var back = ClemJson.Parse(written)!["content"]!.GetValue<string>();
        Assert.Equal("a\ufffdb \ud83d\ude00 \ufffd", back);
    }
}
