using System.Text.Json;
using System.Text.Json.Nodes;
using Clem.Backends.HuggingFace;
using Clem.Backends.Keys;
using Clem.Backends.Registry;
using Clem.Backends.Resilience;
using Clem.Core.Json;
using Clem.Core.Models;

namespace Clem.Backends;

/// <summary>What a resolver reads: registry files, the key file, the environment, and call limits.</summary>
public sealed record ResolverOptions
{
    /// <summary>--registry files, looked up before model_registry.json in the working directory and the packaged registry.</summary>
    public IReadOnlyList<string> RegistryFiles { get; init; } = [];
    public string? KeyFile { get; init; }
    public string? WorkingDirectory { get; init; }
    public Func<string, string?> Env { get; init; } = Environment.GetEnvironmentVariable;
    public bool IncludePackagedRegistry { get; init; } = true;

    /// <summary>Retries and concurrency for remote backends (registry max_retries / max_concurrency override per model).</summary>
    public RetrySettings Retry { get; init; } = RetrySettings.Default;
    public TimeSpan? Timeout { get; init; }
    public TextWriter? Progress { get; init; } = Console.Error;

    /// <summary>Overrides the Hugging Face settings taken from the environment (tests use a local server).</summary>
    public HfOptions? HuggingFace { get; init; }

    public static ResolverOptions Default { get; } = new();
}

/// <summary>
/// Turns a -m argument into a model, as clemcore does: "mock"/"programmatic" and "human" are model-free;
/// a path to a .gguf file runs it with llamacpp; anything else — a name or a JSON model spec such as
/// <c>{"model_name": "x", "backend": "openai_compatible", "model_id": "…"}</c> — is unified with the registry
/// entries in order, and the first entry that unifies wins. A JSON spec that names a backend works without
/// an entry.
/// </summary>
public sealed class ModelResolver
{
    public ModelResolver(ResolverOptions? options = null)
    {
        Options = options ?? ResolverOptions.Default;
        Registry = ModelRegistry.Load(Options.RegistryFiles, Options.WorkingDirectory, Options.IncludePackagedRegistry);
        Context = new BackendContext
        {
            Keys = KeyStore.Load(Options.KeyFile, Options.WorkingDirectory, Options.Env),
            Env = Options.Env,
            HuggingFace = Options.HuggingFace ?? HfOptions.FromEnvironment(Options.Env),
            Timeout = Options.Timeout,
            Progress = Options.Progress,
        };
    }

    public ResolverOptions Options { get; }
    public ModelRegistry Registry { get; }
    public BackendContext Context { get; }

    /// <summary>Resolves with the default options (registry in the working directory and the packaged one, keys from env/key.json).</summary>
    public static IModel Resolve(string name, GenerationConfig generation) => new ModelResolver().Get(name, generation);

    public IModel Get(string argument, GenerationConfig generation)
    {
        var entry = Unify(argument);
        var name = entry["model_name"]!.GetValue<string>();
        var backend = BackendCatalog.Get(entry["backend"]!.GetValue<string>(), name);
        var model = backend.Create(entry, generation, Context);
        if (!backend.IsRemote) return model;
        var retry = Options.Retry with
        {
            MaxRetries = (int?)EntryFields.Number(entry, "max_retries") ?? Options.Retry.MaxRetries,
            MaxConcurrency = (int?)EntryFields.Number(entry, "max_concurrency") ?? Options.Retry.MaxConcurrency,
        };
        return new ResilientModel(model, retry);
    }

    /// <summary>The registry entry (unified with the argument's spec) that a -m argument stands for.</summary>
    public JsonObject Unify(string argument)
    {
        var spec = ParseSpec(argument);
        var name = spec["model_name"]?.GetValue<string>() ?? "";
        if (spec["backend"] == null)
        {
            if (ProgrammaticBackend.MockNames.Contains(name) || name == ProgrammaticBackend.ProgrammaticName) spec["backend"] = "programmatic";
            else if (HumanBackend.Names.Contains(name)) spec["backend"] = "human";
        }
        if (spec["backend"]?.GetValue<string>() is "programmatic" or "human") return spec;
        var unified = Registry.Unify(spec);
        if (unified != null) return unified;
        if (spec["backend"] != null) return spec;
        var similar = Registry.Entries.Select(e => e["model_name"]!.GetValue<string>())
            .Where(n => n.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(n, StringComparison.OrdinalIgnoreCase)).Distinct().Take(5).ToList();
        throw new ClemUserException($"no model registry entry unifies with {ClemJson.Serialize(spec)} (registries: {string.Join(", ", Registry.Sources.DefaultIfEmpty("none"))})" +
                                    (similar.Count > 0 ? $"; similar names: {string.Join(", ", similar)}" : "; see `clem list models`"));
    }

    /// <summary>A name, a path to a .gguf file, or a JSON spec (clembench also accepted single quotes).</summary>
    public static JsonObject ParseSpec(string argument)
    {
        var text = argument.Trim();
        if (text.Length == 0) throw new ClemUserException("empty model name (-m)");
        if (text.StartsWith('{'))
        {
            JsonNode? node;
            try { node = JsonNode.Parse(text); }
            catch (JsonException)
            {
                try { node = JsonNode.Parse(text.Replace('\'', '"')); }
                catch (JsonException e) { throw new ClemUserException($"-m {argument}: not a valid JSON model spec ({e.Message})"); }
            }
            if (node is not JsonObject spec || spec["model_name"] is not JsonValue v || !v.TryGetValue<string>(out _))
                throw new ClemUserException($"-m {argument}: a JSON model spec needs a \"model_name\" string");
            return spec;
        }
        if (text.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(text)) throw new ClemUserException($"-m {argument}: GGUF file not found");
            return new JsonObject
            {
                ["model_name"] = Path.GetFileNameWithoutExtension(text),
                ["backend"] = "llamacpp",
                ["model_config"] = new JsonObject { ["model_path"] = Path.GetFullPath(text) },
            };
        }
        return new JsonObject { ["model_name"] = text };
    }
}
