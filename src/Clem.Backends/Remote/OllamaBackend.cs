using System.Text.Json.Nodes;
using Clem.Backends.Chat;
using Clem.Backends.Keys;
using Clem.Backends.Registry;
using Clem.Core.Models;
using OllamaSharp;

namespace Clem.Backends.Remote;

/// <summary>
/// <c>ollama</c>: a local or remote Ollama server (OllamaSharp). URL: registry "base_url", $OLLAMA_HOST,
/// else http://localhost:11434. No key; an optional bearer token ($OLLAMA_API_KEY) for proxies.
/// </summary>
public sealed class OllamaBackend : IModelBackend
{
    public const string DefaultUrl = "http://localhost:11434";

    public string Name => "ollama";
    public string Description => "Ollama server (OllamaSharp); model_id is the Ollama model tag, e.g. llama3.1:8b";
    public bool IsRemote => true;
    public string? KeyStatus(BackendContext context) => context.Keys.Env("OLLAMA_API_KEY") != null ? "$OLLAMA_API_KEY (optional)" : "none needed";
    public string AccessMethod(JsonObject entry) => "ollama";

    public IModel Create(JsonObject entry, GenerationConfig generation, BackendContext context)
    {
        var name = entry["model_name"]!.GetValue<string>();
        var modelId = EntryFields.String(entry, "model_id") ?? name;
        var url = EntryFields.String(entry, "base_url") ?? context.Keys.Env("OLLAMA_HOST") ?? DefaultUrl;
        if (!url.Contains("://", StringComparison.Ordinal)) url = "http://" + url; // OLLAMA_HOST is often "host:port"
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) throw new ClemUserException($"model '{name}' (ollama): '{url}' is not a URL");
        var http = CapturingHandler.CreateClient(uri);
        var token = context.Keys.Env("OLLAMA_API_KEY");
        if (token != null) http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var client = new OllamaApiClient(http, modelId);
        var characteristics = ModelCharacteristics.FromEntry(entry) with { AccessMethod = AccessMethod(entry) };
        return new ChatClientModel(RecordedSpec.Build(entry, Name, characteristics, new JsonObject { ["base_url"] = uri.ToString() }), generation, client, new ChatCallOptions
        {
            ModelId = modelId,
            Timeout = RecordedSpec.Timeout(entry, context, defaultSeconds: 300),
            Eos = RemoteEos.For(entry),
            Redactor = new Redactor(token),
        });
    }
}
