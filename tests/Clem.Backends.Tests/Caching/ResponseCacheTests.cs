using System.Text.Json.Nodes;
using Clem.Backends.Caching;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Running;
using Clem.Games;
using Clem.Testing;
using Xunit;

namespace Clem.Backends.Tests.Caching;

public class ResponseCacheTests
{
    sealed class CountingModel(double temperature = 0, int? seed = null) : IModel
    {
        public int Calls;
        public ModelSpec Spec { get; } = new("counting", "test", new JsonObject { ["lookup_source"] = "/somewhere/model_registry.json" });
        public GenerationConfig Generation { get; } = new(temperature, 100, seed);

        public Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default)
        {
            var n = Interlocked.Increment(ref Calls);
            var name = messages[^1].Content.Split('\n')[^1];
            var text = $"GREETING: hello {name} #{n}";
            return Task.FromResult(new ModelResponse(Message.ToJson(messages), new JsonObject { ["id"] = n }, text));
        }
    }

    static readonly IReadOnlyList<Message> Hello = [Message.FromUser("say hi\nAda")];

    [Fact]
    public async Task ASecondIdenticalRequestIsServedFromDiskAndMarked()
    {
        var inner = new CountingModel();
        var cache = new DiskResponseCache(SharedData.TempDir());
        var model = new CachingModel(inner, cache, CacheMode.ReadWrite);
        var first = await model.GenerateAsync(Hello);
        var second = await new CachingModel(inner, new DiskResponseCache(cache.Directory), CacheMode.ReadWrite).GenerateAsync(Hello);
        Assert.Equal(1, inner.Calls);
        Assert.Equal(first.Text, second.Text);
        Assert.Null(first.RawResponse["clem_cache"]);
        Assert.True(second.RawResponse["clem_cache"]!["hit"]!.GetValue<bool>());
        await model.GenerateAsync([Message.FromUser("say hi\nBo")]);
        Assert.Equal(2, inner.Calls); // other messages, other key
    }

    [Fact]
    public void TheKeyDependsOnGenerationAndMessagesButNotOnWhereTheEntryWasFound()
    {
        var a = new ModelSpec("m", "openai", new JsonObject { ["lookup_source"] = "packaged" });
        var b = new ModelSpec("m", "openai", new JsonObject { ["lookup_source"] = "./model_registry.json" });
        var g = GenerationConfig.Default;
        Assert.Equal(CachingModel.Key(a, g, Hello), CachingModel.Key(b, g, Hello));
        Assert.NotEqual(CachingModel.Key(a, g, Hello), CachingModel.Key(a, g with { MaxTokens = 300 }, Hello));
        Assert.NotEqual(CachingModel.Key(a, g, Hello), CachingModel.Key(a, g, [Message.FromUser("say hi\nAdb")]));
        Assert.NotEqual(CachingModel.Key(a, g, Hello), CachingModel.Key(new ModelSpec("m", "openai", new JsonObject { ["model_id"] = "other" }), g, Hello));
    }

    [Fact]
    public async Task OfflineModeTurnsAMissIntoAnInfrastructureError()
    {
        var inner = new CountingModel();
        var model = new CachingModel(inner, new DiskResponseCache(SharedData.TempDir()), CacheMode.Offline);
        var e = await Assert.ThrowsAsync<ModelException>(() => model.GenerateAsync(Hello));
        Assert.Equal(ModelErrorKind.Unavailable, e.Kind);
        Assert.Equal(0, inner.Calls);
    }

    [Fact]
    public async Task SamplingWithoutASeedIsNeverCached()
    {
        var inner = new CountingModel(temperature: 0.7);
        var model = new CachingModel(inner, new DiskResponseCache(SharedData.TempDir()), CacheMode.ReadWrite);
        await model.GenerateAsync(Hello);
        await model.GenerateAsync(Hello);
        Assert.Equal(2, inner.Calls);
        var seeded = new CountingModel(temperature: 0.7, seed: 1);
        var cachedSeeded = new CachingModel(seeded, new DiskResponseCache(SharedData.TempDir()), CacheMode.ReadWrite);
        await cachedSeeded.GenerateAsync(Hello);
        await cachedSeeded.GenerateAsync(Hello);
        Assert.Equal(1, seeded.Calls);
    }

    [Fact]
    public async Task ARunReplayedFromTheCacheRecordsTheSameGameAndNeedsNoModel()
    {
        var spec = BuiltInGames.Catalog().Get("hellogame");
        var cacheDir = SharedData.TempDir();
        var inner = new CountingModel();
        var first = SharedData.TempDir();
        await BenchmarkRunner.RunAsync(spec, [new CachingModel(inner, new DiskResponseCache(cacheDir), CacheMode.ReadWrite)], new RunOptions { ResultsDir = first, Parallel = 2 });
        Assert.Equal(3, inner.Calls);

        var offline = new CountingModel();
        var second = SharedData.TempDir();
        var summary = await BenchmarkRunner.RunAsync(spec, [new CachingModel(offline, new DiskResponseCache(cacheDir), CacheMode.Offline)], new RunOptions { ResultsDir = second });
        Assert.Equal(0, offline.Calls);
        Assert.Equal(3, summary.Count(EpisodeStatus.Completed));
        foreach (var scores in Directory.GetFiles(first, "scores.json", SearchOption.AllDirectories))
            Assert.Equal(File.ReadAllText(scores), File.ReadAllText(scores.Replace(first, second)));
        var requests = ClemJson.ReadFile(Directory.GetFiles(second, "requests.json", SearchOption.AllDirectories)[0])!.AsArray();
        Assert.True(requests[0]!["raw_response_obj"]!["clem_cache"]!["hit"]!.GetValue<bool>());

        // An empty cache offline: every episode is an infrastructure error, not a model failure.
        var empty = await BenchmarkRunner.RunAsync(spec, [new CachingModel(new CountingModel(), new DiskResponseCache(SharedData.TempDir()), CacheMode.Offline)], new RunOptions { ResultsDir = SharedData.TempDir() });
        Assert.Equal(3, empty.Count(EpisodeStatus.InfrastructureError));
    }
}
