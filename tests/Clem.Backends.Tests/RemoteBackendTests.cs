using System.Text.Json.Nodes;
using Clem.Backends.Resilience;
using Clem.Backends.Tests.Servers;
using Clem.Backends.Tests.Support;
using Clem.Core.Models;
using Xunit;

namespace Clem.Backends.Tests;

/// <summary>The remote backends against fake provider endpoints on 127.0.0.1.</summary>
public class RemoteBackendTests
{
    internal const string Key = "sk-fake-test-key-7c1e9b2d4f";

    internal static string Registry(string url) => $$$"""
        [
          {"model_name": "compat", "backend": "openai_compatible", "model_config": {"endpoint": "local", "base_url": "{{{url}}}/v1"}},
          {"model_name": "oa", "backend": "openai", "model_config": {"base_url": "{{{url}}}/v1"}},
          {"model_name": "claude", "backend": "anthropic", "model_config": {"base_url": "{{{url}}}"}},
          {"model_name": "olla", "backend": "ollama", "model_config": {"base_url": "{{{url}}}"}}
        ]
        """;

    internal static ModelResolver Resolver(string url, RetrySettings? retry = null, TimeSpan? timeout = null) =>
        new(TestResolver.Options(Registry(url), new() { ["LOCAL_API_KEY"] = Key, ["OPENAI_API_KEY"] = Key, ["ANTHROPIC_API_KEY"] = Key })
            with { Retry = retry ?? new RetrySettings { MaxRetries = 0 }, Timeout = timeout });

    static readonly Message[] Conversation =
    [
        Message.FromSystem("You play a game."),
        Message.FromUser("Rules."),
        Message.FromUser("First clue."),
        Message.FromAssistant("GUESS: apple"),
        Message.FromUser("Try again"),
    ];

    [Fact]
    public async Task OpenAiCompatibleSendsNormalisedMessagesAndRecordsTheExchange()
    {
        await using var server = await FakeProviders.StartAsync();
        var model = Resolver(server.Url).Get("compat", new GenerationConfig(Temperature: 0, MaxTokens: 77, Seed: 5));
        var reply = await model.GenerateAsync(Conversation);
        Assert.Equal("ANSWER: Try again", reply.Text); // stripped

        var (_, body, auth, _) = server.Requests.Single();
        Assert.Equal($"Bearer {Key}", auth);
        var sent = JsonNode.Parse(body)!;
        Assert.Equal(77, sent["max_tokens"]!.GetValue<int>()); // what every compatible server understands
        Assert.Null(sent["max_completion_tokens"]);
        Assert.Equal(0, sent["temperature"]!.GetValue<double>());
        Assert.Equal(5, sent["seed"]!.GetValue<int>());
        var messages = sent["messages"]!.AsArray();
        Assert.Equal(4, messages.Count);
        Assert.Equal("Rules.\n\nFirst clue.", messages[1]!["content"]!.GetValue<string>());

        // requests.json gets exactly what was sent and the provider's JSON, plus our call record.
        Assert.True(JsonNode.DeepEquals(sent, reply.Prompt));
        Assert.Equal("chatcmpl-fake", reply.RawResponse["id"]!.GetValue<string>());
        var record = reply.RawResponse["clem_net"]!;
        Assert.Equal("openai_compatible", record["backend"]!.GetValue<string>());
        Assert.Equal("compat", record["model_id"]!.GetValue<string>());
        Assert.Equal("local", record["endpoint"]!.GetValue<string>());
        Assert.Equal(11, record["usage"]!["input_tokens"]!.GetValue<long>());
        Assert.Equal(5, record["usage"]!["output_tokens"]!.GetValue<long>());
        Assert.True(record["duration_s"]!.GetValue<double>() > 0);
        Assert.Equal(200, record["http_status"]!.GetValue<int>());
    }

    [Fact]
    public async Task OpenAiUsesTheSdksMaxCompletionTokens()
    {
        await using var server = await FakeProviders.StartAsync();
        var reply = await Resolver(server.Url).Get("oa", new GenerationConfig(MaxTokens: 42)).GenerateAsync(Conversation);
        Assert.Equal("ANSWER: Try again", reply.Text);
        var sent = JsonNode.Parse(server.Requests.Single().Body)!;
        Assert.Equal(42, sent["max_completion_tokens"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnthropicGetsTheSystemPromptAsTheApiRequires()
    {
        await using var server = await FakeProviders.StartAsync();
        var reply = await Resolver(server.Url).Get("claude", new GenerationConfig(MaxTokens: 33, Seed: 3)).GenerateAsync(Conversation);
        Assert.Equal("ANSWER: Try again", reply.Text);
        var (path, body, auth, apiKey) = server.Requests.Single();
        Assert.Equal("/v1/messages", path);
        Assert.True(apiKey == Key || auth == $"Bearer {Key}", "the key is sent (x-api-key or bearer, as the SDK chooses)");
        var sent = JsonNode.Parse(body)!;
        Assert.Equal(33, sent["max_tokens"]!.GetValue<int>());
        var system = sent["system"]!;
        Assert.Contains("You play a game.", system is JsonValue v ? v.GetValue<string>() : system.ToJsonString());
        var roles = sent["messages"]!.AsArray().Select(m => m!["role"]!.GetValue<string>()).ToList();
        Assert.Equal(["user", "assistant", "user"], roles);
        Assert.Equal("msg_fake", reply.RawResponse["id"]!.GetValue<string>());
        Assert.Equal(12, reply.RawResponse["clem_net"]!["usage"]!["input_tokens"]!.GetValue<long>());
    }

    [Fact]
    public async Task OllamaWorksThroughOllamaSharp()
    {
        await using var server = await FakeProviders.StartAsync();
        var reply = await Resolver(server.Url).Get("olla", new GenerationConfig(MaxTokens: 20, Seed: 9)).GenerateAsync(Conversation);
        Assert.Equal("ANSWER: Try again", reply.Text);
        var sent = JsonNode.Parse(server.Requests.Single().Body)!;
        Assert.Equal("olla", sent["model"]!.GetValue<string>());
        Assert.Equal(20, sent["options"]!["num_predict"]!.GetValue<int>());
        Assert.Equal(9, sent["options"]!["seed"]!.GetValue<int>());
        Assert.Equal("ollama", reply.RawResponse["clem_net"]!["backend"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegistryEosCullingAndExtraBodyAreApplied()
    {
        await using var server = await FakeProviders.StartAsync();
        var resolver = Resolver(server.Url);
        var model = resolver.Get("""{"model_name": "compat", "model_config": {"eos_to_cull": "again$", "extra_body": {"top_k": 1, "chat_template_kwargs": {"enable_thinking": false}}}}""", GenerationConfig.Default);
        var reply = await model.GenerateAsync([Message.FromUser("Try again")]);
        Assert.Equal("ANSWER: Try", reply.Text);
        var sent = JsonNode.Parse(server.Requests.Single().Body)!;
        Assert.Equal(1, sent["top_k"]!.GetValue<int>());
        Assert.False(sent["chat_template_kwargs"]!["enable_thinking"]!.GetValue<bool>());
    }
}
