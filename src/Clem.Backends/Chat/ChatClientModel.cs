using System.Diagnostics;
using System.Text.Json.Nodes;
using Clem.Backends.Keys;
using Clem.Core.Models;
using Microsoft.Extensions.AI;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Clem.Backends.Chat;

/// <summary>How a remote model is called, beyond the generation config.</summary>
public sealed record ChatCallOptions
{
    /// <summary>The provider's model id (registry "model_id").</summary>
    public required string ModelId { get; init; }

    /// <summary>One call's deadline; a call past it fails as <see cref="ModelErrorKind.Timeout"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    public EosCuller? Eos { get; init; }
    public Redactor Redactor { get; init; } = Redactor.None;

    /// <summary>Provider-specific adjustments of the options (e.g. the max-tokens field name).</summary>
    public Action<ChatOptions>? Customize { get; init; }

    /// <summary>Extra facts for the clem_net block of each raw response (e.g. the endpoint name).</summary>
    public JsonObject? RecordExtras { get; init; }
}

/// <summary>
/// A model behind any Microsoft.Extensions.AI <see cref="IChatClient"/> (OpenAI, OpenAI-compatible servers,
/// Anthropic, Ollama …). Applies clembench's message normalisation, the typed generation config and the
/// reply post-processing, records the exact request and the provider's raw response for requests.json, and
/// classifies failures.
/// </summary>
public sealed class ChatClientModel(ModelSpec spec, GenerationConfig generation, IChatClient client, ChatCallOptions options) : IModel, IDisposable
{
    public ModelSpec Spec { get; } = spec;
    public GenerationConfig Generation { get; } = generation;
    public ChatCallOptions Options { get; } = options;

    public async Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default)
    {
        var normalized = MessageNormalizer.Normalize(messages);
        var chatOptions = new ChatOptions
        {
            ModelId = Options.ModelId,
            Temperature = (float)Generation.Temperature,
            MaxOutputTokens = Generation.MaxTokens,
            Seed = Generation.Seed,
        };
        Options.Customize?.Invoke(chatOptions);
        var chat = normalized.Select(m => new AiChatMessage(new ChatRole(m.Role), m.Content)).ToList();
        var who = $"{Spec.Backend} model '{Options.ModelId}'";

        using var exchange = HttpExchange.Begin();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Options.Timeout);
        var watch = Stopwatch.StartNew();
        ChatResponse response;
        try
        {
            response = await client.GetResponseAsync(chat, chatOptions, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            throw ErrorClassifier.Classify(e, exchange, who, deadline.IsCancellationRequested, Options.Timeout, Options.Redactor);
        }
        var elapsed = watch.Elapsed;

        if (response.FinishReason == ChatFinishReason.ContentFilter)
            throw new ModelException(ModelErrorKind.Refused, $"{who}: the reply was withheld by the provider's content filter");
        // A reply that quotes the key (a misbehaving proxy) must not carry it into the records either.
        var text = ResponseText.PyStrip(Options.Redactor.Redact(response.Text ?? ""));
        if (Options.Eos != null) text = Options.Eos.Cull(text);

        var prompt = Options.Redactor.Redact(exchange.RequestJson) ?? FallbackPrompt(normalized, chatOptions);
        var raw = Options.Redactor.Redact(exchange.ResponseJson) switch
        {
            JsonObject o => o,
            JsonArray a => new JsonObject { ["responses"] = a },
            _ => FallbackRaw(response),
        };
        raw["clem_net"] = CallRecord(response, elapsed, exchange);
        return new ModelResponse(prompt, raw, text);
    }

    JsonObject CallRecord(ChatResponse response, TimeSpan elapsed, HttpExchange exchange)
    {
        var record = new JsonObject
        {
            ["backend"] = Spec.Backend,
            ["model_id"] = Options.ModelId,
            ["response_model"] = response.ModelId,
            ["duration_s"] = Math.Round(elapsed.TotalSeconds, 6),
            ["usage"] = new JsonObject
            {
                ["input_tokens"] = response.Usage?.InputTokenCount,
                ["output_tokens"] = response.Usage?.OutputTokenCount,
                ["total_tokens"] = response.Usage?.TotalTokenCount,
            },
            ["finish_reason"] = response.FinishReason?.Value,
            ["http_status"] = exchange.Status,
        };
        if (Options.RecordExtras != null)
            foreach (var (k, v) in Options.RecordExtras) record[k] = v?.DeepClone();
        return record;
    }

    /// <summary>When the request body was not seen (a non-HTTP client): the normalised messages and generation parameters.</summary>
    JsonObject FallbackPrompt(IReadOnlyList<Message> normalized, ChatOptions chatOptions) => new()
    {
        ["model"] = chatOptions.ModelId,
        ["messages"] = Message.ToJson(normalized),
        ["temperature"] = Generation.Temperature,
        ["max_tokens"] = Generation.MaxTokens,
        ["seed"] = Generation.Seed,
    };

    /// <summary>A faithful structured record when the provider's JSON was not seen.</summary>
    static JsonObject FallbackRaw(ChatResponse response) => new()
    {
        ["id"] = response.ResponseId,
        ["model"] = response.ModelId,
        ["created"] = response.CreatedAt?.ToUnixTimeSeconds(),
        ["choices"] = new JsonArray(new JsonObject
        {
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = response.Text },
            ["finish_reason"] = response.FinishReason?.Value,
        }),
    };

    public void Dispose() => client.Dispose();
}
