using System.Text;
using System.Text.Json.Nodes;
using Clem.Backends.LlamaCpp;
using LLama;
using LLama.Common;
using LLama.Sampling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Clem.Backends.Tests.Servers;

/// <summary>
/// A real OpenAI-compatible chat endpoint on 127.0.0.1 backed by LLamaSharp and the stories260K GGUF: a stand-in
/// for a llama.cpp server or vLLM. It decodes with LLamaSharp's own StatelessExecutor (not our llamacpp backend),
/// so tests of the openai_compatible backend do not depend on the in-process backend.
/// </summary>
public sealed class StoriesEndpoint : IAsyncDisposable
{
    readonly LocalServer _server;
    readonly LLamaWeights _weights;
    readonly ModelParams _params;
    readonly SemaphoreSlim _gate = new(1, 1);
    readonly List<(string Body, string? Authorization)> _requests = [];

    StoriesEndpoint(LocalServer server, LLamaWeights weights, ModelParams p) => (_server, _weights, _params) = (server, weights, p);

    public string BaseUrl => _server.Url + "/v1";
    public IReadOnlyList<(string Body, string? Authorization)> Requests { get { lock (_requests) return _requests.ToList(); } }
    public int CompletionTokens { get; private set; }
    public double GenerationSeconds { get; private set; }

    public static async Task<StoriesEndpoint> StartAsync(string modelPath)
    {
        LlamaNative.EnsureLoaded();
        var p = new ModelParams(modelPath) { ContextSize = 2048, GpuLayerCount = 0, Threads = LlamaSettings.DefaultThreads };
        var weights = LLamaWeights.LoadFromFile(p);
        StoriesEndpoint? self = null;
        var server = await LocalServer.StartAsync(app => app.MapPost("/v1/chat/completions", (HttpContext c) => self!.Complete(c)));
        self = new StoriesEndpoint(server, weights, p);
        return self;
    }

    async Task Complete(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        lock (_requests) _requests.Add((body, context.Request.Headers.Authorization.FirstOrDefault()));
        var request = JsonNode.Parse(body)!.AsObject();
        var prompt = new StringBuilder();
        foreach (var m in request["messages"]!.AsArray())
            prompt.Append(m!["role"]!.GetValue<string>()).Append(": ").Append(m["content"]!.GetValue<string>()).Append('\n');
        prompt.Append("assistant:");
        var max = request["max_tokens"]?.GetValue<int>() ?? request["max_completion_tokens"]?.GetValue<int>() ?? 100;
        var temperature = request["temperature"]?.GetValue<float>() ?? 0f;

        await _gate.WaitAsync();
        string text;
        int promptTokens, completionTokens;
        try
        {
            var executor = new StatelessExecutor(_weights, _params);
            var inference = new InferenceParams
            {
                MaxTokens = max,
                SamplingPipeline = temperature <= 0 ? new GreedySamplingPipeline() : new DefaultSamplingPipeline { Temperature = temperature, Seed = 1 },
            };
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var sb = new StringBuilder();
            await foreach (var piece in executor.InferAsync(prompt.ToString(), inference)) sb.Append(piece);
            text = sb.ToString();
            promptTokens = _weights.Tokenize(prompt.ToString(), true, false, Encoding.UTF8).Length;
            completionTokens = _weights.Tokenize(text, false, false, Encoding.UTF8).Length;
            GenerationSeconds += watch.Elapsed.TotalSeconds;
            CompletionTokens += completionTokens;
        }
        finally { _gate.Release(); }

        var response = new JsonObject
        {
            ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N")[..12],
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = request["model"]?.GetValue<string>(),
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
                ["finish_reason"] = completionTokens >= max ? "length" : "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _weights.Dispose();
    }
}
