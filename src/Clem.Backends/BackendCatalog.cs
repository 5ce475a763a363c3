using Clem.Backends.LlamaCpp;
using Clem.Backends.Remote;

namespace Clem.Backends;

/// <summary>The backends Clem.NET has, by registry name and alias.</summary>
public static class BackendCatalog
{
    public static IReadOnlyList<IModelBackend> All { get; } =
    [
        new OpenAiBackend(), new OpenAiCompatibleBackend(), new AnthropicBackend(), new OllamaBackend(),
        new LlamaCppBackend(), new ProgrammaticBackend(), new HumanBackend(), new ReplayBackend(),
    ];

    /// <summary>clembench backends that Clem.NET does not implement, with what to use instead.</summary>
    public static IReadOnlyDictionary<string, string> Unsupported { get; } = new Dictionary<string, string>
    {
        ["huggingface_local"] = "transformers does not run in .NET: use a GGUF of the model with the llamacpp backend, or serve it with vLLM (openai_compatible, endpoint vllm)",
        ["huggingface_multimodal"] = "multimodal transformers models are not supported",
        ["cohere"] = "use Cohere's OpenAI-compatible API: backend openai_compatible with base_url https://api.cohere.ai/compatibility/v1",
        ["alephalpha"] = "no Aleph Alpha SDK in .NET here",
        ["slurk"] = "slurk (human evaluation server) is not supported",
        ["azure"] = "use backend openai_compatible with the Azure OpenAI base URL",
    };

    public static IModelBackend Get(string name, string modelName)
    {
        var backend = All.FirstOrDefault(b => b.Name == name) ?? All.FirstOrDefault(b => b.Aliases.Contains(name));
        if (backend != null) return backend;
        if (Unsupported.TryGetValue(name, out var why)) throw new ClemUserException($"model '{modelName}': backend '{name}' is not supported by Clem.NET: {why}");
        throw new ClemUserException($"model '{modelName}': unknown backend '{name}' (known: {string.Join(", ", All.Select(b => b.Name))})");
    }
}
