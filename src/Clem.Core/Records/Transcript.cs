using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Core.Records;

/// <summary>
/// An episode's interactions as a readable HTML page (clembench's transcript.html): one bubble per event,
/// game master on the middle track, Player 1 left, Player 2 right. Everything shown is HTML-escaped:
/// model output is untrusted.
/// </summary>
public static class Transcript
{
    public const string FileName = "transcript.html";

    public static string Html(JsonObject interactions, string experiment, string gameId, string pair)
    {
        var sb = new StringBuilder();
        var title = $"Interaction Transcript for {experiment}, episode {gameId} with {pair}.";
        sb.Append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        sb.Append("<h2>").Append(E(title)).Append("</h2>\n");
        if (interactions["players"] is JsonObject players)
        {
            sb.Append("<p class=\"players\">");
            foreach (var (k, v) in players) sb.Append("<b>").Append(E(k)).Append("</b>: ").Append(E(Text(v))).Append("<br/>");
            sb.Append("</p>\n");
        }
        sb.Append("<div class=\"chat\">\n");
        var turns = interactions["turns"]?.AsArray() ?? [];
        for (int t = 0; t < turns.Count; t++)
        {
            sb.Append("<div class=\"turn\">turn ").Append(t).Append("</div>\n");
            foreach (var ev in turns[t]?.AsArray() ?? [])
            {
                if (ev is not JsonObject e) continue;
                var from = Text(e["from"]);
                var to = Text(e["to"]);
                var type = Text(e["action"]?["type"]);
                var cls = Class(from, to);
                var speaker = cls == "gm-gm" ? $"Game Master: {type}" : $"{from} to {to}";
                sb.Append("<div speaker=\"").Append(E(speaker)).Append("\" class=\"msg ").Append(cls).Append("\" title=\"").Append(E(type)).Append("\">\n  <p>")
                  .Append(E(Text(e["action"]?["content"])).Replace("\n", "<br/>")).Append("</p>\n</div>\n");
            }
        }
        sb.Append("</div>\n</body>\n</html>\n");
        return sb.ToString();
    }

    static string Class(string from, string to) => (from, to) switch
    {
        ("GM", "Player 1") => "gm-a",
        ("GM", "Player 2") => "gm-b",
        ("Player 1", "GM") => "a-gm",
        ("Player 2", "GM") => "b-gm",
        _ => "gm-gm",
    };

    static string Text(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n == null ? "" : ClemJson.Serialize(n, ensureAscii: false);

    static string E(string s) => WebUtility.HtmlEncode(s);

    const string Css = """
        body { font-family: sans-serif; max-width: 60em; margin: 1em auto; }
        .chat { display: flex; flex-direction: column; gap: 0.4em; }
        .turn { color: #777; font-size: 0.8em; text-align: center; border-top: 1px solid #ddd; margin-top: 0.6em; }
        .msg { border-radius: 0.6em; padding: 0.2em 0.8em; max-width: 70%; white-space: normal; word-wrap: break-word; }
        .msg::before { content: attr(speaker); font-size: 0.75em; color: #555; display: block; }
        .gm-a { background: #e3ecf7; align-self: flex-start; }
        .a-gm { background: #d5f0d8; align-self: flex-start; margin-left: 2em; }
        .gm-b { background: #e3ecf7; align-self: flex-end; }
        .b-gm { background: #f7e3d5; align-self: flex-end; margin-right: 2em; }
        .gm-gm { background: #eeeeee; align-self: center; font-size: 0.85em; }
        .players { font-size: 0.9em; }

        """;
}
