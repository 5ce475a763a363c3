using System.Text.Json.Nodes;
using Clem.Core.Records;
using Xunit;

namespace Clem.Core.Tests;

public class TranscriptTests
{
    [Fact]
    public void ModelOutputIsEscaped()
    {
        var interactions = new JsonObject
        {
            ["players"] = new JsonObject { ["GM"] = "gm", ["Player 1"] = "<b>x</b>" },
            ["turns"] = new JsonArray(new JsonArray(new JsonObject
            {
                ["from"] = "Player 1", ["to"] = "GM", ["timestamp"] = "t",
                ["action"] = new JsonObject { ["type"] = "get message", ["content"] = "<script>alert(1)</script>\nline2" },
            })),
        };
        var html = Transcript.Html(interactions, "exp", "0", "a--b");
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;<br/>line2", html);
        Assert.Contains("class=\"msg a-gm\"", html);
        Assert.DoesNotContain("<b>x</b>", html);
    }
}
