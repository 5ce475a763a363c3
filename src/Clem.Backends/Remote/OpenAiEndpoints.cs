using System.Text.Json.Nodes;
using Clem.Backends.Keys;
using Clem.Backends.Registry;

namespace Clem.Backends.Remote;

/// <summary>A named OpenAI-compatible server: base URL plus where its key comes from.</summary>
public sealed record OpenAiEndpoint(string Name, string? DefaultBaseUrl, IReadOnlyList<string> KeyEnvVars, IReadOnlyList<string> KeySections, bool Local = false)
{
    /// <summary>"groq" → GROQ; the prefix of the endpoint's _API_KEY / _BASE_URL variables.</summary>
    public string EnvPrefix => new(Name.ToUpperInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
}

/// <summary>
/// The endpoints the openai_compatible backend knows by name (clemcore issue 248: one backend, many base URLs).
/// Any other name works too when its base URL is given (registry "base_url", $NAME_BASE_URL or
/// "base_url" in the key.json section of that name).
/// </summary>
public static class OpenAiEndpoints
{
    public const string Default = "openai_compatible";

    public static IReadOnlyList<OpenAiEndpoint> Known { get; } =
    [
        new(Default, null, ["OPENAI_COMPATIBLE_API_KEY"], [Default, "generic_openai_compatible"]),
        new("groq", "https://api.groq.com/openai/v1", ["GROQ_API_KEY"], ["groq"]),
        new("together", "https://api.together.xyz/v1", ["TOGETHER_API_KEY"], ["together"]),
        new("openrouter", "https://openrouter.ai/api/v1", ["OPENROUTER_API_KEY"], ["openrouter"]),
        new("mistral", "https://api.mistral.ai/v1", ["MISTRAL_API_KEY"], ["mistral"]),
        new("gemini", "https://generativelanguage.googleapis.com/v1beta/openai/", ["GEMINI_API_KEY", "GOOGLE_API_KEY"], ["gemini", "google"]),
        new("vllm", "http://localhost:8000/v1", ["VLLM_API_KEY"], ["vllm"], Local: true),
        new("llamacpp_server", "http://localhost:8080/v1", ["LLAMACPP_SERVER_API_KEY"], ["llamacpp_server"], Local: true),
        new("lmstudio", "http://localhost:1234/v1", ["LMSTUDIO_API_KEY"], ["lmstudio"], Local: true),
    ];

    /// <summary>clembench backends that are OpenAI-compatible APIs today, mapped to their endpoint.</summary>
    public static IReadOnlyDictionary<string, string> BackendAliases { get; } = new Dictionary<string, string>
    {
        ["generic_openai_compatible"] = Default,
        ["mistral"] = "mistral",
        ["google"] = "gemini",
        ["openrouter"] = "openrouter",
        ["vllm"] = "vllm",
    };

    public static OpenAiEndpoint Get(string name) =>
        Known.FirstOrDefault(e => e.Name == name) ?? new OpenAiEndpoint(name, null, [], [name]);

    /// <summary>The endpoint an entry uses: model_config.endpoint, else its backend alias, else the default.</summary>
    public static OpenAiEndpoint For(JsonObject entry)
    {
        var name = EntryFields.String(entry, "endpoint");
        if (name == null && entry["backend"]?.GetValue<string>() is { } backend) BackendAliases.TryGetValue(backend, out name);
        var endpoint = Get(name ?? Default);
        var keyEnv = EntryFields.String(entry, "api_key_env");
        var envVars = keyEnv != null ? [keyEnv] : endpoint.KeyEnvVars.Append($"{endpoint.EnvPrefix}_API_KEY").Distinct().ToList();
        return endpoint with { KeyEnvVars = envVars };
    }

    /// <summary>The base URL: registry, then $NAME_BASE_URL, then key.json, then the built-in default.</summary>
    public static string BaseUrl(OpenAiEndpoint endpoint, JsonObject entry, KeyStore keys, string modelName)
    {
        var url = EntryFields.String(entry, "base_url")
                  ?? keys.Env($"{endpoint.EnvPrefix}_BASE_URL")
                  ?? KeyStore.Str(keys.Section([.. endpoint.KeySections]), "base_url")
                  ?? endpoint.DefaultBaseUrl;
        if (url == null)
            throw new ClemUserException($"model '{modelName}': OpenAI-compatible endpoint '{endpoint.Name}' has no base URL: set \"base_url\" in its model_config, ${endpoint.EnvPrefix}_BASE_URL, or \"base_url\" in the \"{endpoint.KeySections[0]}\" section of key.json");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ClemUserException($"model '{modelName}': endpoint '{endpoint.Name}' base URL '{url}' is not an http(s) URL");
        return url;
    }

    public static bool IsLoopback(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.IsLoopback || u.Host == "localhost");
}
