using System.Text.Json.Nodes;
using Clem.Games.Text;
using Xunit;

namespace Clem.Games.Tests.Text;

/// <summary>
/// PyRegex against Python 3.11's own answers: each case (pattern, IGNORECASE?, input, re.match result) was produced by
/// running make_pyregex_cases.py with CPython 3.11.7. Covers the v1.6 imagegame/referencegame patterns and the
/// places where .NET and Python differ (whitespace set, IGNORECASE of ı/İ/ſ/K, $ and \Z, {,n}, group numbering).
/// </summary>
public class PyRegexTests
{
    const string Cases = """
["^instruction: [^\n]+$", 1, "Instruction: Put a B in row 1", {"value": "Instruction: Put a B in row 1"}]
["^instruction: [^\n]+$", 1, "instruction: x\n", {"value": "instruction: x"}]
["^instruction: [^\n]+$", 1, "Instruction: x\n\n", null]
["^instruction: [^\n]+$", 1, "Instruction:  x", {"value": "Instruction:  x"}]
["^instruction: [^\n]+$", 1, "Instruction:x", null]
["^instruction: [^\n]+$", 1, "INSTRUCTION: x\ny", null]
["^instruction: [^\n]+$", 1, " Instruction: x", null]
["^instruction: [^\n]+$", 1, "\u0130nstruction: x", {"value": "\u0130nstruction: x"}]
["^instruction: [^\n]+$", 1, "\u0131nstruction: x", {"value": "\u0131nstruction: x"}]
["^instruction: [^\n]+$", 0, "Instruction: x", null]
["^\\s*instruction\\s*:\\s*done\\s*$", 1, "Instruction: DONE", {"value": "Instruction: DONE"}]
["^\\s*instruction\\s*:\\s*done\\s*$", 1, "  instruction :\tdone \n", {"value": "  instruction :\tdone \n"}]
["^\\s*instruction\\s*:\\s*done\\s*$", 1, "DONE", null]
["^\\s*instruction\\s*:\\s*done\\s*$", 1, "Instruction: DONE.", null]
["^\\s*instruction\\s*:\\s*done\\s*$", 1, "Instruction:\u001cDONE", {"value": "Instruction:\u001cDONE"}]
["^\\s*instruction\\s*:\\s*done\\s*$", 1, "Instruction: DONE\n\nThanks", null]
["^\n*([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n*$", 0, "\u25a2 \u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B", {"value": "\u25a2 \u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B"}]
["^\n*([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n*$", 0, "\n\n\u25a2 \u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B\n", {"value": "\n\n\u25a2 \u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B\n"}]
["^\n*([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n*$", 0, "\u25a2 \u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B ", null]
["^\n*([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n*$", 0, "\u25a2 \u25a2 \u25a2 \u25a2 b\n\u25a2 \u25a2 \u25a2 b \u25a2\n\u25a2 \u25a2 b \u25a2 \u25a2\n\u25a2 b \u25a2 \u25a2 \u25a2\nb b b b b", null]
["^\n*([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n*$", 0, "\u25a2\t\u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B", {"value": "\u25a2\t\u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B"}]
["^\n*([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n*$", 0, "\u25a2\n\u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B", {"value": "\u25a2\n\u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B"}]
["^\n*([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n*$", 0, "\u25a2\u001f\u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B", {"value": "\u25a2\u001f\u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B"}]
["^\n*([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n*$", 0, "\u25a2 \u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B\n\n\n", {"value": "\u25a2 \u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B\n\n\n"}]
["^\n*([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n*$", 0, "Here:\n\u25a2 \u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B", null]
["^\n*([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n([A-Z\u25a2]\\s){4}[A-Z\u25a2]\n*$", 0, "\u25a2\u00a0\u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B", {"value": "\u25a2\u00a0\u25a2 \u25a2 \u25a2 B\n\u25a2 \u25a2 \u25a2 B \u25a2\n\u25a2 \u25a2 B \u25a2 \u25a2\n\u25a2 B \u25a2 \u25a2 \u25a2\nB B B B B"}]
["^expression:\\s(?P<content>.+)\n*(?P<remainder>.*)", 1, "Expression: The top row.", {"value": "Expression: The top row.", "groups": {"content": "The top row.", "remainder": ""}}]
["^expression:\\s(?P<content>.+)\n*(?P<remainder>.*)", 1, "Expression: a\nb", {"value": "Expression: a\nb", "groups": {"content": "a", "remainder": "b"}}]
["^expression:\\s(?P<content>.+)\n*(?P<remainder>.*)", 1, "Expression: a\n\n", {"value": "Expression: a\n\n", "groups": {"content": "a", "remainder": ""}}]
["^expression:\\s(?P<content>.+)\n*(?P<remainder>.*)", 1, "EXPRESSION:\nfoo", {"value": "EXPRESSION:\nfoo", "groups": {"content": "foo", "remainder": ""}}]
["^expression:\\s(?P<content>.+)\n*(?P<remainder>.*)", 1, "Expression:foo", null]
["^expression:\\s(?P<content>.+)\n*(?P<remainder>.*)", 1, "Expression: a\n\nb\nc", {"value": "Expression: a\n\nb", "groups": {"content": "a", "remainder": "b"}}]
["^answer:\\s(?P<content>first|second|third|1|2|3|1st|2nd|3rd)\n*(?P<remainder>.*)", 1, "Answer: First", {"value": "Answer: First", "groups": {"content": "First", "remainder": ""}}]
["^answer:\\s(?P<content>first|second|third|1|2|3|1st|2nd|3rd)\n*(?P<remainder>.*)", 1, "Answer: 1st", {"value": "Answer: 1st", "groups": {"content": "1", "remainder": "st"}}]
["^answer:\\s(?P<content>first|second|third|1|2|3|1st|2nd|3rd)\n*(?P<remainder>.*)", 1, "answer: third.", {"value": "answer: third.", "groups": {"content": "third", "remainder": "."}}]
["^answer:\\s(?P<content>first|second|third|1|2|3|1st|2nd|3rd)\n*(?P<remainder>.*)", 1, "Answer: Second grid", {"value": "Answer: Second grid", "groups": {"content": "Second", "remainder": " grid"}}]
["^answer:\\s(?P<content>first|second|third|1|2|3|1st|2nd|3rd)\n*(?P<remainder>.*)", 1, "Answer: f\u0131rst", {"value": "Answer: f\u0131rst", "groups": {"content": "f\u0131rst", "remainder": ""}}]
["^answer:\\s(?P<content>first|second|third|1|2|3|1st|2nd|3rd)\n*(?P<remainder>.*)", 1, "Answer: SECOND\n", {"value": "Answer: SECOND\n", "groups": {"content": "SECOND", "remainder": ""}}]
["^answer:\\s(?P<content>first|second|third|1|2|3|1st|2nd|3rd)\n*(?P<remainder>.*)", 1, "Answer: \u017fecond", {"value": "Answer: \u017fecond", "groups": {"content": "\u017fecond", "remainder": ""}}]
["^answer:\\s(?P<content>first|second|third|1|2|3|1st|2nd|3rd)\n*(?P<remainder>.*)", 1, "Answer:  first", null]
["(a)(?P<x>b)(c)", 0, "abc", {"value": "abc", "groups": {"1": "a", "2": "b", "3": "c", "x": "b"}}]
["a{,2}b", 0, "aab", {"value": "aab"}]
["a{2", 0, "a{2", {"value": "a{2"}]
["x\\Z", 0, "x\n", null]
["x$", 0, "x\n", {"value": "x"}]
["\\bfoo\\b", 0, "foo_bar", null]
["[^a-c]+", 1, "XYZb", {"value": "XYZ"}]
["[\\S\\s]+", 0, "a\nb", {"value": "a\nb"}]
["[a\\D]+", 0, "ab1", {"value": "ab"}]
["[^a\\D]+", 0, "12a", {"value": "12"}]
["\\w+", 0, "\u00e9_1\u00b2x-y", {"value": "\u00e9_1\u00b2x"}]
["(?i)ABC", 0, "abc", {"value": "abc"}]
["(?P<q>a)(?P=q)", 0, "aa", {"value": "aa", "groups": {"q": "a"}}]
["[K]", 1, "\u212a", {"value": "\u212a"}]
["\\x41\\u00e9", 1, "a\u00c9", {"value": "a\u00c9"}]
["(a)?b", 0, "b", {"value": "b", "groups": {"1": null}}]
["a.c", 0, "a\nc", null]
["(?s)a.c", 0, "a\nc", {"value": "a\nc"}]
""";

    public static TheoryData<int> CaseIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Cases.Split('\n').Length; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void MatchesLikePython(int index)
    {
        var c = JsonNode.Parse(Cases.Split('\n')[index])!.AsArray();
        var pattern = c[0]!.GetValue<string>();
        var ignoreCase = c[1]!.GetValue<int>() == 1;
        var input = c[2]!.GetValue<string>();
        var expected = c[3] as JsonObject;
        var m = PyRegex.Get(pattern, ignoreCase).Match(input);
        var what = $"re.match({pattern}, {input}, I={ignoreCase}) → .NET '{PyRegex.Get(pattern, ignoreCase).Translated}'";
        if (expected == null) { Assert.True(m == null, what + " should not match"); return; }
        Assert.True(m != null, what + " should match");
        Assert.Equal(expected["value"]!.GetValue<string>(), m!.Value);
        if (expected["groups"] is JsonObject groups)
            foreach (var (name, value) in groups)
                Assert.Equal(value?.GetValue<string>(), int.TryParse(name, out var n) ? m.Group(n) : m.Group(name));
    }

    [Fact]
    public void RejectsWhatItCannotTranslate()
    {
        Assert.Throws<ArgumentException>(() => new PyRegex(@"a\q"));
        Assert.Throws<ArgumentException>(() => new PyRegex(@"a*+"));
        Assert.Throws<ArgumentException>(() => new PyRegex(@"(a"));
        Assert.Throws<ArgumentException>(() => new PyRegex(@"\N{DIGIT ONE}"));
    }

    [Fact]
    public void UnknownGroupNameThrowsLikePython()
    {
        var m = PyRegex.Get("(?P<a>x)").Match("x")!;
        Assert.Throws<ArgumentException>(() => m.Group("remainder"));
        Assert.False(PyRegex.Get("(?P<a>x)").HasGroup("remainder"));
    }
}
