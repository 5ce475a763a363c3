using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;
using System.Text.Json.Nodes;
using Clem.Backends.Chat;
using Clem.Backends.Keys;
using Clem.Backends.Registry;
using Clem.Core.Models;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace Clem.Backends.Remote;

/// <summary>Shared construction of OpenAI SDK chat clients: our HTTP capture, no SDK retries (the resolver retries).</summary>
static class OpenAiClients
{
    public static IChatClient Create(string key, string? baseUrl, string modelId, string? organisation)
    {
        var options = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(CapturingHandler.CreateClient()),
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = System.Threading.Timeout.InfiniteTimeSpan,
            OrganizationId = organisation,
        };
        if (baseUrl != null) options.Endpoint = new Uri(baseUrl);
        return new OpenAIClient(new ApiKeyCredential(key), options).GetChatClient(modelId).AsIChatClient();
    }

    /// <summary>
    /// Sends "max_tokens" (what every OpenAI-compatible server and clembench v1.x use) instead of the SDK's
    /// "max_completion_tokens", and adds the registry's "extra_body" fields to the request.
    /// </summary>
    public static Action<ChatOptions> Customize(JsonObject entry, bool legacyMaxTokens)
    {
        var extra = EntryFields.Node(entry, "extra_body") as JsonObject;
        return options =>
        {
            var max = options.MaxOutputTokens;
            if (legacyMaxTokens) options.MaxOutputTokens = null;
            options.RawRepresentationFactory = _ =>
            {
                var raw = new ChatCompletionOptions();
#pragma warning disable SCME0001 // JsonPatch is marked experimental; it is the SDK's way to add body fields.
                if (legacyMaxTokens && max != null) raw.Patch.Set("$.max_tokens"u8, max.Value);
                foreach (var (k, v) in extra ?? [])
                    raw.Patch.Set(Encoding.UTF8.GetBytes("$." + k), Encoding.UTF8.GetBytes(v?.ToJsonString() ?? "null"));
#pragma warning restore SCME0001
                return raw;
            };
        };
    }
}

/// <summary><c>openai</c>: OpenAI's API through the official SDK. Key: $OPENAI_API_KEY or key.json "openai".</summary>
public sealed class OpenAiBackend : IModelBackend
{
    public string Name => "openai";
    public string Description => "OpenAI API (official OpenAI SDK via Microsoft.Extensions.AI)";
    public bool IsRemote => true;

    static Credential Key(BackendContext c) => c.Keys.Find(["openai"], ["OPENAI_API_KEY"]);

    public string? KeyStatus(BackendContext context) => Key(context).ToString();
    public string AccessMethod(JsonObject entry) => "api:openai";

    public IModel Create(JsonObject entry, GenerationConfig generation, BackendContext context)
    {
        var name = entry["model_name"]!.GetValue<string>();
        var modelId = EntryFields.String(entry, "model_id") ?? name;
        var key = Key(context);
        if (!key.Found) throw new ClemUserException($"model '{name}' (openai): no API key: {key.Source}");
        var org = KeyStore.Str(key.Section, "organisation") ?? KeyStore.Str(key.Section, "organization") ?? context.Keys.Env("OPENAI_ORG_ID");
        var client = OpenAiClients.Create(key.Key!, EntryFields.String(entry, "base_url"), modelId, org);
        var characteristics = ModelCharacteristics.FromEntry(entry) with { AccessMethod = AccessMethod(entry), Provider = EntryFields.String(entry, "provider") ?? "OpenAI" };
        var spec = RecordedSpec.Build(entry, Name, characteristics);
        return new ChatClientModel(spec, generation, client, new ChatCallOptions
        {
            ModelId = modelId,
            Timeout = RecordedSpec.Timeout(entry, context),
            Eos = RemoteEos.For(entry),
            Redactor = new Redactor(key.Key),
            Customize = OpenAiClients.Customize(entry, legacyMaxTokens: EntryFields.String(entry, "max_tokens_field") == "max_tokens"),
        });
    }
}

/// <summary>
/// <c>openai_compatible</c>: any OpenAI-compatible server, by named endpoint (vLLM, llama.cpp server, LM Studio,
/// Together, Groq, OpenRouter, Mistral's and Gemini's compatible APIs …). Also serves clembench entries whose
/// backend is mistral, google, openrouter or vllm.
/// </summary>
public sealed class OpenAiCompatibleBackend : IModelBackend
{
    public string Name => "openai_compatible";
    public IReadOnlyList<string> Aliases => OpenAiEndpoints.BackendAliases.Keys.ToList();
    public string Description => "OpenAI-compatible servers by named endpoint: " + string.Join(", ", OpenAiEndpoints.Known.Select(e => e.Name));
    public bool IsRemote => true;

    public string? KeyStatus(BackendContext context) =>
        string.Join("\n" + new string(' ', 24), OpenAiEndpoints.Known.Where(e => !e.Local)
            .Select(e => $"{e.Name}: {context.Keys.Find([.. e.KeySections], e.KeyEnvVars.Append($"{e.EnvPrefix}_API_KEY").Distinct().ToList())}"));

    public string AccessMethod(JsonObject entry) => $"openai_compatible:{OpenAiEndpoints.For(entry).Name}";

    public IModel Create(JsonObject entry, GenerationConfig generation, BackendContext context)
    {
        var name = entry["model_name"]!.GetValue<string>();
        var modelId = EntryFields.String(entry, "model_id") ?? name;
        var endpoint = OpenAiEndpoints.For(entry);
        var baseUrl = OpenAiEndpoints.BaseUrl(endpoint, entry, context.Keys, name);
        var key = context.Keys.Find([.. endpoint.KeySections], endpoint.KeyEnvVars);
        var keyless = endpoint.Local || OpenAiEndpoints.IsLoopback(baseUrl) || EntryFields.Bool(entry, "requires_api_key") == false;
        if (!key.Found && !keyless) throw new ClemUserException($"model '{name}' (openai_compatible, endpoint '{endpoint.Name}'): no API key: {key.Source}");
        var client = OpenAiClients.Create(key.Key ?? "none", baseUrl, modelId, null);
        var characteristics = ModelCharacteristics.FromEntry(entry) with { AccessMethod = AccessMethod(entry) };
        var spec = RecordedSpec.Build(entry, Name, characteristics, new JsonObject { ["endpoint"] = endpoint.Name, ["base_url"] = baseUrl });
        return new ChatClientModel(spec, generation, client, new ChatCallOptions
        {
            ModelId = modelId,
            Timeout = RecordedSpec.Timeout(entry, context),
            Eos = RemoteEos.For(entry),
            Redactor = new Redactor(key.Key),
            Customize = OpenAiClients.Customize(entry, legacyMaxTokens: EntryFields.String(entry, "max_tokens_field") != "max_completion_tokens"),
            RecordExtras = new JsonObject { ["endpoint"] = endpoint.Name },
        });
    }
}

/// <summary>EOS culling from a registry entry: v2 "model_config.eos_to_cull" is a regex, v1 top-level "eos_to_cull" a literal.</summary>
static class RemoteEos
{
    public static EosCuller? For(JsonObject entry)
    {
        var name = entry["model_name"]?.GetValue<string>() ?? "?";
        if (EntryFields.Config(entry)?["eos_to_cull"] is JsonValue p && p.TryGetValue<string>(out var pattern) && pattern.Length > 0)
            return EosCuller.Pattern(pattern, $"model '{name}'");
        if (entry["eos_to_cull"] is JsonValue l && l.TryGetValue<string>(out var literal) && literal.Length > 0)
            return EosCuller.Literal(literal);
        return null;
    }
}

/// <summary>EOS culling rules shared with the local backend.</summary>
public static class RemoteEosAccess
{
    public static EosCuller? For(JsonObject entry) => RemoteEos.For(entry);
}
