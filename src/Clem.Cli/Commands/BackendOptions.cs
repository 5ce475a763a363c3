using System.CommandLine;
using Clem.Backends;
using Clem.Backends.Resilience;

namespace Clem.Cli.Commands;

/// <summary>Options that say where models, keys and limits come from (clem run, clem list models/backends).</summary>
sealed class BackendOptions
{
    readonly Option<string[]> _registry = new("--registry") { Description = "model registry file(s), looked up before ./model_registry.json and the packaged registry" };
    readonly Option<string?> _keyFile = new("--key-file") { Description = "key file (clembench key.json format); default: ./key.json, then ~/.clemcore/key.json, after environment variables" };
    readonly Option<double?> _timeout = new("--timeout") { Description = "seconds one remote model call may take (default: registry timeout_s, else 120; 300 for ollama)" };
    readonly Option<int?> _retries = new("--retries") { Description = "retries of a rate-limited, failed or timed-out remote call (default 3; Retry-After is honoured)" };
    readonly Option<int?> _concurrency = new("--max-concurrency") { Description = "calls to one remote model at a time (default: as many as --parallel)" };
    readonly Option<int?> _seed = new("--seed") { Description = "sampling seed, for backends that take one" };

    public void AddTo(Command command, bool withCallLimits = true)
    {
        command.Options.Add(_registry);
        command.Options.Add(_keyFile);
        if (!withCallLimits) return;
        foreach (var o in new Option[] { _timeout, _retries, _concurrency, _seed }) command.Options.Add(o);
    }

    public int? Seed(ParseResult parse) => parse.GetValue(_seed);

    public ModelResolver Resolver(ParseResult parse)
    {
        var retry = RetrySettings.Default;
        if (parse.GetValue(_retries) is { } r) retry = retry with { MaxRetries = Math.Max(0, r) };
        if (parse.GetValue(_concurrency) is { } c) retry = retry with { MaxConcurrency = c };
        return new ModelResolver(new ResolverOptions
        {
            RegistryFiles = parse.GetValue(_registry) ?? [],
            KeyFile = parse.GetValue(_keyFile),
            Timeout = parse.GetValue(_timeout) is { } t ? TimeSpan.FromSeconds(t) : null,
            Retry = retry,
        });
    }
}
