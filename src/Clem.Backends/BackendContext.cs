using Clem.Backends.HuggingFace;
using Clem.Backends.Keys;

namespace Clem.Backends;

/// <summary>What backends need besides the registry entry: keys, the environment, caches, call limits.</summary>
public sealed class BackendContext
{
    public required KeyStore Keys { get; init; }
    public Func<string, string?> Env { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Hugging Face downloads (endpoint, token, cache folder).</summary>
    public required HfOptions HuggingFace { get; init; }

    /// <summary>Overrides the per-call timeout of remote backends (registry "timeout_s", default 120 s).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Where progress of slow steps (downloads, model loading) is reported; null = quiet.</summary>
    public TextWriter? Progress { get; init; }
}
