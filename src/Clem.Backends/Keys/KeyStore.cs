using System.Text.Json;
using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Backends.Keys;

/// <summary>A key and where it came from (the source is safe to print; the key is not).</summary>
public sealed record Credential(string? Key, string Source, JsonObject? Section = null)
{
    public bool Found => !string.IsNullOrEmpty(Key);
    public override string ToString() => Source; // never the key
}

/// <summary>
/// API keys from environment variables and a clembench-compatible key.json
/// (<c>{"openai": {"api_key": "…", "organisation": "…"}, "anthropic": {"api_key": "…"}, …}</c>).
/// Lookup order: a key file given with --key-file, then the environment, then key.json in the working
/// directory, then ~/.clemcore/key.json. Keys are handed to SDK clients only; they are never recorded.
/// </summary>
public sealed class KeyStore
{
    public const string FileName = "key.json";

    readonly Func<string, string?> _env;
    readonly JsonObject? _explicit;
    readonly JsonObject? _default;

    KeyStore(Func<string, string?> env, JsonObject? explicitFile, string? explicitPath, JsonObject? defaultFile, string? defaultPath)
    {
        _env = env;
        _explicit = explicitFile;
        ExplicitPath = explicitPath;
        _default = defaultFile;
        DefaultPath = defaultPath;
    }

    public string? ExplicitPath { get; }
    public string? DefaultPath { get; }

    public static KeyStore Empty(Func<string, string?>? env = null) => new(env ?? (_ => null), null, null, null, null);

    public static KeyStore Load(string? keyFile, string? workingDirectory, Func<string, string?> env)
    {
        JsonObject? explicitFile = null;
        string? explicitPath = null;
        if (keyFile != null)
        {
            if (!File.Exists(keyFile)) throw new ClemUserException($"{keyFile}: key file not found");
            explicitPath = Path.GetFullPath(keyFile);
            explicitFile = Read(explicitPath);
        }
        var candidates = new List<string> { Path.Combine(workingDirectory ?? Directory.GetCurrentDirectory(), FileName) };
        if (env("HOME") is { Length: > 0 } home) candidates.Add(Path.Combine(home, ".clemcore", FileName));
        var found = candidates.FirstOrDefault(File.Exists);
        return new KeyStore(env, explicitFile, explicitPath, found != null ? Read(found) : null, found != null ? Path.GetFullPath(found) : null);
    }

    static JsonObject Read(string path)
    {
        try
        {
            return ClemJson.ReadFile(path) as JsonObject ?? throw new ClemUserException($"{path}: a key file must be a JSON object of sections, e.g. {{\"openai\": {{\"api_key\": \"…\"}}}}");
        }
        catch (JsonException e)
        {
            // The parser's message may quote file content (a key): name the position only.
            throw new ClemUserException($"{path}: not valid JSON (line {e.LineNumber + 1})");
        }
    }

    public string? Env(string name) => _env(name) is { Length: > 0 } v ? v : null;

    /// <summary>A key.json section (explicit file first), e.g. "openai".</summary>
    public JsonObject? Section(params string[] names)
    {
        foreach (var file in new[] { _explicit, _default })
            foreach (var name in names)
                if (file?[name] is JsonObject s) return s;
        return null;
    }

    /// <summary>Finds the key for a backend or endpoint: key.json sections (by any of <paramref name="sections"/>), environment variables.</summary>
    public Credential Find(IReadOnlyList<string> sections, IReadOnlyList<string> envVars)
    {
        foreach (var name in sections)
            if (_explicit?[name] is JsonObject s && Str(s, "api_key") is { } k) return new(k, $"{ExplicitPath}:{name}", s);
        foreach (var v in envVars)
            if (Env(v) is { } k) return new(k, $"${v}", Section([.. sections]));
        foreach (var name in sections)
            if (_default?[name] is JsonObject s && Str(s, "api_key") is { } k) return new(k, $"{DefaultPath}:{name}", s);
        return new(null, $"none (set {string.Join(" or ", envVars.Select(v => "$" + v))}{(sections.Count > 0 ? $" or \"{sections[0]}\".api_key in {FileName}" : "")})", Section([.. sections]));
    }

    public static string? Str(JsonObject? o, string key) => o?[key] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
}
