using System.Text.Json.Nodes;
using Anthropic;
using Anthropic.Core;
using Clem.Backends.Chat;
using Clem.Backends.Keys;
using Clem.Backends.Registry;
using Clem.Core.Models;
using Microsoft.Extensions.AI;

namespace Clem.Backends.Remote;

/// <summary>
/// <c>anthropic</c>: Anthropic's Messages API through the official SDK. The system prompt goes into the
/// request's top-level "system" field (the API has no system role in "messages"); max_tokens is required
/// by the API and always sent. Key: $ANTHROPIC_API_KEY or key.json "anthropic".
/// </summary>
public sealed class AnthropicBackend : IModelBackend
{
    public string Name => "anthropic";
    public string Description => "Anthropic Messages API (official Anthropic SDK via Microsoft.Extensions.AI)";
    public bool IsRemote => true;

    static Credential Key(BackendContext c) => c.Keys.Find(["anthropic"], ["ANTHROPIC_API_KEY"]);

    public string? KeyStatus(BackendContext context) => Key(context).ToString();
    public string AccessMethod(JsonObject entry) => "api:anthropic";

    public IModel Create(JsonObject entry, GenerationConfig generation, BackendContext context)
    {
        var name = entry["model_name"]!.GetValue<string>();
        var modelId = EntryFields.String(entry, "model_id") ?? name;
        var key = Key(context);
        if (!key.Found) throw new ClemUserException($"model '{name}' (anthropic): no API key: {key.Source}");
        var options = new ClientOptions
        {
            ApiKey = key.Key!,
            HttpClient = CapturingHandler.CreateClient(),
            MaxRetries = 0,
            Timeout = RecordedSpec.Timeout(entry, context) + TimeSpan.FromSeconds(5),
        };
        if (EntryFields.String(entry, "base_url") is { } baseUrl) options = options with { BaseUrl = baseUrl };
        IChatClient client = new AnthropicClient(options).AsIChatClient(modelId, generation.MaxTokens);
        var characteristics = ModelCharacteristics.FromEntry(entry) with { AccessMethod = AccessMethod(entry), Provider = EntryFields.String(entry, "provider") ?? "Anthropic" };
        return new ChatClientModel(RecordedSpec.Build(entry, Name, characteristics), generation, client, new ChatCallOptions
        {
            ModelId = modelId,
            Timeout = RecordedSpec.Timeout(entry, context),
            Eos = RemoteEos.For(entry),
            Redactor = new Redactor(key.Key),
            // The Messages API has no seed parameter.
            Customize = o => o.Seed = null,
        });
    }
}
