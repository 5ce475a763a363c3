using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Clem.Core.Json;
using Clem.Core.Models;

namespace Clem.Backends.Caching;

/// <summary>How a run uses the response cache.</summary>
public enum CacheMode
{
    /// <summary>Answer from the cache when possible, store new replies.</summary>
    ReadWrite,
    /// <summary>Answer only from the cache; a miss is an infrastructure error (re-score or re-play without paying).</summary>
    Offline,
    /// <summary>Always call the model and overwrite what is cached.</summary>
    Refresh,
}

/// <summary>Where cached replies live. Keyed by everything that determines a reply: model entry, generation config, messages.</summary>
public interface IResponseCache
{
    ModelResponse? Get(string key);
    void Put(string key, ModelResponse response);
}

/// <summary>
/// A folder of JSON files, one per reply (<c>&lt;dir&gt;/&lt;2 hex&gt;/&lt;sha256&gt;.json</c>), written atomically so
/// that parallel episodes and interrupted runs never leave a half-written entry.
/// </summary>
public sealed class DiskResponseCache(string directory) : IResponseCache
{
    public string Directory { get; } = Path.GetFullPath(directory);

    string PathOf(string key) => Path.Combine(Directory, key[..2], key + ".json");

    public ModelResponse? Get(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return null;
        JsonObject entry;
        try { entry = ClemJson.ReadObject(path); }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException)
        {
            throw new ClemUserException($"{path}: unreadable response-cache entry ({e.Message}); delete it to re-query the model", e);
        }
        return new ModelResponse(entry["prompt"]!.DeepClone(), entry["raw_response"]!.DeepClone().AsObject(), entry["text"]!.GetValue<string>());
    }

    public void Put(string key, ModelResponse response) =>
        ClemJson.WriteFile(PathOf(key), new JsonObject
        {
            ["key"] = key,
            ["prompt"] = response.Prompt.DeepClone(),
            ["raw_response"] = response.RawResponse.DeepClone(),
            ["text"] = response.Text,
        });
}

/// <summary>
/// Decorates a model with a response cache. Only deterministic requests are cached (temperature 0, or a
/// seed): with sampling and no seed, a cached reply would hide the variance the user asked for.
/// Replies served from the cache say so in the raw response ("clem_cache"), which requests.json keeps.
/// </summary>
public sealed class CachingModel(IModel inner, IResponseCache cache, CacheMode mode) : IModel
{
    public ModelSpec Spec => inner.Spec;
    public GenerationConfig Generation => inner.Generation;
    public IModel Inner => inner;

    public bool IsCacheable => Generation.Temperature == 0 || Generation.Seed != null;

    public async Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default)
    {
        if (!IsCacheable) return await inner.GenerateAsync(messages, cancellationToken).ConfigureAwait(false);
        var key = Key(Spec, Generation, messages);
        if (mode != CacheMode.Refresh && cache.Get(key) is { } hit)
        {
            var raw = hit.RawResponse.DeepClone().AsObject();
            raw["clem_cache"] = new JsonObject { ["hit"] = true, ["key"] = key };
            return hit with { RawResponse = raw };
        }
        if (mode == CacheMode.Offline)
            throw new ModelException(ModelErrorKind.Unavailable, $"offline response cache has no reply for {Spec.Name} (key {key[..12]}…)");
        var response = await inner.GenerateAsync(messages, cancellationToken).ConfigureAwait(false);
        cache.Put(key, response);
        return response;
    }

    /// <summary>SHA-256 over the model entry (without where it was looked up), the generation config and the messages.</summary>
    public static string Key(ModelSpec spec, GenerationConfig generation, IReadOnlyList<Message> messages)
    {
        var entry = spec.Entry.DeepClone().AsObject();
        entry.Remove("lookup_source");
        var doc = new JsonObject
        {
            ["model"] = entry,
            ["generation"] = new JsonObject { ["temperature"] = generation.Temperature, ["max_tokens"] = generation.MaxTokens, ["seed"] = generation.Seed },
            ["messages"] = Message.ToJson(messages),
        };
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(ClemJson.Serialize(doc)));
        return Convert.ToHexStringLower(bytes);
    }
}
