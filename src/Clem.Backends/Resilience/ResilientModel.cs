using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Clem.Core.Models;
using Polly;
using Polly.Retry;

namespace Clem.Backends.Resilience;

/// <summary>How remote calls are retried and limited.</summary>
public sealed record RetrySettings
{
    /// <summary>Retries after the first attempt (clembench v1.x: 3 tries in all).</summary>
    public int MaxRetries { get; init; } = 3;
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest single wait, also for a server's Retry-After.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Calls to one model at the same time; null = as many as the runner starts.</summary>
    public int? MaxConcurrency { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public static RetrySettings Default { get; } = new();

    /// <summary>Failures worth another try: the service may recover. Authentication, context, refusal won't.</summary>
    public static bool IsTransient(ModelErrorKind kind) =>
        kind is ModelErrorKind.RateLimit or ModelErrorKind.ServerError or ModelErrorKind.Timeout or ModelErrorKind.Unavailable;
}

/// <summary>
/// Retries transient model failures (rate limits honouring Retry-After, server errors, timeouts) with
/// exponential backoff and limits concurrent calls per model. A decorator: any <see cref="IModel"/> can be wrapped.
/// When retries run out, the last classified <see cref="ModelException"/> reaches the runner, which records
/// the episode as an infrastructure error.
/// </summary>
public sealed class ResilientModel : IModel
{
    static readonly ConcurrentDictionary<string, SemaphoreSlim> Limits = new(StringComparer.Ordinal);
    readonly IModel _inner;
    readonly ResiliencePipeline _pipeline;
    readonly SemaphoreSlim? _limit;

    public ResilientModel(IModel inner, RetrySettings settings)
    {
        _inner = inner;
        Settings = settings;
        if (settings.MaxConcurrency is { } n and > 0)
            _limit = Limits.GetOrAdd($"{inner.Spec.Backend}/{inner.Spec.Name}/{n}", _ => new SemaphoreSlim(n, n));
        var builder = new ResiliencePipelineBuilder { TimeProvider = settings.Clock };
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
                ShouldHandle = new PredicateBuilder().Handle<ModelException>(e => RetrySettings.IsTransient(e.Kind)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    args.Outcome.Exception is ModelException { RetryAfter: { } wait } ? (wait < settings.MaxDelay ? wait : settings.MaxDelay) : null),
            });
        }
        _pipeline = builder.Build();
    }

    public RetrySettings Settings { get; }
    public IModel Inner => _inner;
    public ModelSpec Spec => _inner.Spec;
    public GenerationConfig Generation => _inner.Generation;

    public async Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default)
    {
        if (_limit != null) await _limit.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var attempts = 0;
            var response = await _pipeline.ExecuteAsync(async ct =>
            {
                attempts++;
                return await _inner.GenerateAsync(messages, ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            if (response.RawResponse["clem_net"] is JsonObject record) record["attempts"] = attempts;
            return response;
        }
        finally
        {
            _limit?.Release();
        }
    }
}
