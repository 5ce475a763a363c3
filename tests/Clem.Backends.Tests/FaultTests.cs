using Clem.Backends.Resilience;
using Clem.Backends.Tests.Servers;
using Clem.Core.Models;
using Xunit;

namespace Clem.Backends.Tests;

/// <summary>Fault injection against a local server: every failure is classified.</summary>
public class FaultTests
{
    static async Task<ModelException> Fail(FakeProviders server, string backendEntry, string modelId, TimeSpan? timeout = null)
    {
        var model = RemoteBackendTests.Resolver(server.Url, timeout: timeout).Get($$"""{"model_name": "{{backendEntry}}", "model_id": "{{modelId}}"}""", GenerationConfig.Default);
        return await Assert.ThrowsAsync<ModelException>(() => model.GenerateAsync([Message.FromUser("hi")]));
    }

    [Theory]
    [InlineData("compat")]
    [InlineData("claude")]
    [InlineData("olla")]
    public async Task RateLimitIsClassifiedWithRetryAfter(string entry)
    {
        await using var server = await FakeProviders.StartAsync();
        var e = await Fail(server, entry, "rate-limit-always");
        Assert.Equal(ModelErrorKind.RateLimit, e.Kind);
        Assert.Equal(TimeSpan.FromSeconds(1), e.RetryAfter);
        Assert.Contains("HTTP 429", e.Message);
    }

    [Theory]
    [InlineData("compat")]
    [InlineData("claude")]
    public async Task ServerErrorsAreClassified(string entry)
    {
        await using var server = await FakeProviders.StartAsync();
        Assert.Equal(ModelErrorKind.ServerError, (await Fail(server, entry, "server-error")).Kind);
    }

    [Theory]
    [InlineData("compat")]
    [InlineData("claude")]
    [InlineData("olla")]
    public async Task AHangPastTheTimeoutIsATimeout(string entry)
    {
        await using var server = await FakeProviders.StartAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var e = await Fail(server, entry, "hang", TimeSpan.FromMilliseconds(500));
        Assert.Equal(ModelErrorKind.Timeout, e.Kind);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0.4, 10);
    }

    [Theory]
    [InlineData("compat")]
    [InlineData("claude")]
    [InlineData("olla")]
    public async Task MalformedJsonIsClassified(string entry)
    {
        await using var server = await FakeProviders.StartAsync();
        Assert.Equal(ModelErrorKind.MalformedResponse, (await Fail(server, entry, "malformed")).Kind);
    }

    [Fact]
    public async Task AuthenticationFailuresAreClassifiedWithoutRepeatingTheKey()
    {
        await using var server = await FakeProviders.StartAsync();
        var e = await Fail(server, "compat", "auth");
        Assert.Equal(ModelErrorKind.Authentication, e.Kind);
        Assert.Contains("Incorrect API key provided: ***", e.Message);
        Assert.DoesNotContain(RemoteBackendTests.Key, e.ToString());
    }

    [Fact]
    public async Task ContextOverflowAndContentFiltersAreClassified()
    {
        await using var server = await FakeProviders.StartAsync();
        Assert.Equal(ModelErrorKind.ContextExceeded, (await Fail(server, "compat", "context")).Kind);
        Assert.Equal(ModelErrorKind.Refused, (await Fail(server, "compat", "filter")).Kind);
    }

    [Fact]
    public async Task AnUnreachableServerIsUnavailable()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now
        var model = RemoteBackendTests.Resolver($"http://127.0.0.1:{port}").Get("compat", GenerationConfig.Default);
        var e = await Assert.ThrowsAsync<ModelException>(() => model.GenerateAsync([Message.FromUser("hi")]));
        Assert.Equal(ModelErrorKind.Unavailable, e.Kind);
    }

    [Fact]
    public async Task RetriesHonourRetryAfterAndSucceed()
    {
        await using var server = await FakeProviders.StartAsync();
        var retry = new RetrySettings { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(10) };
        var model = RemoteBackendTests.Resolver(server.Url, retry).Get("""{"model_name": "compat", "model_id": "rate-limit"}""", GenerationConfig.Default);
        Assert.IsType<ResilientModel>(model);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var reply = await model.GenerateAsync([Message.FromUser("hi")]);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.95), $"waited {watch.Elapsed} instead of Retry-After: 1");
        Assert.Equal("ANSWER: hi", reply.Text);
        Assert.Equal(2, server.Attempts("rate-limit"));
        Assert.Equal(2, reply.RawResponse["clem_net"]!["attempts"]!.GetValue<int>());
    }

    [Fact]
    public async Task RetriesRunOutOnPersistentFailuresAndDoNotRetryAuthentication()
    {
        await using var server = await FakeProviders.StartAsync();
        var retry = new RetrySettings { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(10) };
        var failing = RemoteBackendTests.Resolver(server.Url, retry).Get("""{"model_name": "compat", "model_id": "server-error"}""", GenerationConfig.Default);
        Assert.Equal(ModelErrorKind.ServerError, (await Assert.ThrowsAsync<ModelException>(() => failing.GenerateAsync([Message.FromUser("hi")]))).Kind);
        Assert.Equal(3, server.Attempts("server-error"));
        var auth = RemoteBackendTests.Resolver(server.Url, retry).Get("""{"model_name": "compat", "model_id": "auth"}""", GenerationConfig.Default);
        await Assert.ThrowsAsync<ModelException>(() => auth.GenerateAsync([Message.FromUser("hi")]));
        Assert.Equal(1, server.Attempts("auth"));
    }

    [Fact]
    public async Task ConcurrencyPerModelIsLimited()
    {
        var inner = new SlowModel();
        var model = new ResilientModel(inner, new RetrySettings { MaxConcurrency = 2 });
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => model.GenerateAsync([Message.FromUser("x")])));
        Assert.Equal(2, inner.MaxSeen);
    }

    sealed class SlowModel : IModel
    {
        int _running;
        public int MaxSeen;
        public ModelSpec Spec { get; } = new("slow-" + Guid.NewGuid().ToString("N"), "test");
        public GenerationConfig Generation => GenerationConfig.Default;
        public async Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default)
        {
            var now = Interlocked.Increment(ref _running);
            lock (this) MaxSeen = Math.Max(MaxSeen, now);
            await Task.Delay(50, cancellationToken);
            Interlocked.Decrement(ref _running);
            return new ModelResponse(new System.Text.Json.Nodes.JsonArray(), new System.Text.Json.Nodes.JsonObject(), "ok");
        }
    }
}
