using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Clem.Backends.Tests.Servers;

/// <summary>
/// Fake OpenAI (/v1/chat/completions), Anthropic (/v1/messages) and Ollama (/api/chat) endpoints on 127.0.0.1,
/// whose behaviour is chosen by the requested model id: "ok", "rate-limit" (429 + Retry-After: 1, then ok on the
/// next try), "rate-limit-always", "server-error" (500), "hang" (never answers), "malformed" (200, not JSON),
/// "auth" (401 echoing the key), "context" (400 context_length_exceeded), "filter" (finish_reason content_filter),
/// "echo-key" (200 whose text contains the key it received). "ok" replies "ANSWER: <last user message>".
/// </summary>
public sealed class FakeProviders : IAsyncDisposable
{
    readonly LocalServer _server;
    public ConcurrentQueue<(string Path, string Body, string? Authorization, string? ApiKeyHeader)> Requests { get; } = new();
    readonly ConcurrentDictionary<string, int> _attempts = new();

    FakeProviders(LocalServer server) => _server = server;

    public string Url => _server.Url;
    public int Attempts(string model) => _attempts.GetValueOrDefault(model);

    public static async Task<FakeProviders> StartAsync()
    {
        FakeProviders? self = null;
        var server = await LocalServer.StartAsync(app =>
        {
            app.MapPost("/v1/chat/completions", (HttpContext c) => self!.Handle(c, Flavor.OpenAi));
            app.MapPost("/v1/messages", (HttpContext c) => self!.Handle(c, Flavor.Anthropic));
            app.MapPost("/api/chat", (HttpContext c) => self!.Handle(c, Flavor.Ollama));
        });
        self = new FakeProviders(server);
        return self;
    }

    enum Flavor { OpenAi, Anthropic, Ollama }

    async Task Handle(HttpContext c, Flavor flavor)
    {
        var body = await new StreamReader(c.Request.Body).ReadToEndAsync();
        var auth = c.Request.Headers.Authorization.FirstOrDefault();
        var apiKey = c.Request.Headers["x-api-key"].FirstOrDefault();
        if (Environment.GetEnvironmentVariable("FAKE_DEBUG") == "1") Console.Error.WriteLine(string.Join("; ", c.Request.Headers.Select(h => h.Key + "=" + h.Value)));
        Requests.Enqueue((c.Request.Path, body, auth, apiKey));
        var request = JsonNode.Parse(body)!.AsObject();
        var model = request["model"]?.GetValue<string>() ?? "";
        var attempt = _attempts.AddOrUpdate(model, 1, (_, n) => n + 1);
        var key = apiKey ?? auth?.Replace("Bearer ", "");
        var lastUser = request["messages"]!.AsArray().LastOrDefault(m => m!["role"]!.GetValue<string>() == "user")?["content"] switch
        {
            JsonValue v => v.GetValue<string>(),
            JsonArray parts => string.Concat(parts.Select(p => p!["text"]?.GetValue<string>())),
            _ => "",
        };

        switch (model)
        {
            case "rate-limit" when attempt == 1:
            case "rate-limit-always":
                c.Response.StatusCode = 429;
                c.Response.Headers["Retry-After"] = "1";
                await c.Response.WriteAsJsonAsync(new { error = new { message = "Rate limit reached for requests", type = "requests", code = "rate_limit_exceeded" } });
                return;
            case "server-error":
                c.Response.StatusCode = 500;
                await c.Response.WriteAsJsonAsync(new { error = new { message = "The server had an error while processing your request", type = "server_error" } });
                return;
            case "hang":
                try { await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted); } catch (OperationCanceledException) { }
                return;
            case "malformed":
                c.Response.ContentType = "application/json";
                await c.Response.WriteAsync("{\"id\": \"x\", \"choices\": [ this is not json");
                return;
            case "auth":
                c.Response.StatusCode = 401;
                await c.Response.WriteAsJsonAsync(new { error = new { message = $"Incorrect API key provided: {key}", type = "invalid_request_error", code = "invalid_api_key" } });
                return;
            case "context":
                c.Response.StatusCode = 400;
                await c.Response.WriteAsJsonAsync(new { error = new { message = "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens.", type = "invalid_request_error", code = "context_length_exceeded" } });
                return;
        }

        var text = model switch
        {
            "echo-key" => $"ANSWER: your key is {key}",
            _ => $"  ANSWER: {lastUser}  ",
        };
        var finish = model == "filter" ? "content_filter" : "stop";
        c.Response.ContentType = "application/json";
        var payload = flavor switch
        {
            Flavor.OpenAi => new JsonObject
            {
                ["id"] = "chatcmpl-fake", ["object"] = "chat.completion", ["created"] = 1700000000, ["model"] = model,
                ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text }, ["finish_reason"] = finish }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 11, ["completion_tokens"] = 5, ["total_tokens"] = 16 },
            },
            Flavor.Anthropic => new JsonObject
            {
                ["id"] = "msg_fake", ["type"] = "message", ["role"] = "assistant", ["model"] = model,
                ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
                ["stop_reason"] = model == "filter" ? "refusal" : "end_turn", ["stop_sequence"] = null,
                ["usage"] = new JsonObject { ["input_tokens"] = 12, ["output_tokens"] = 6 },
            },
            _ => new JsonObject
            {
                ["model"] = model, ["created_at"] = "2024-01-01T00:00:00Z",
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
                ["done"] = true, ["done_reason"] = "stop", ["prompt_eval_count"] = 13, ["eval_count"] = 7,
            },
        };
        await c.Response.WriteAsync(payload.ToJsonString());
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
