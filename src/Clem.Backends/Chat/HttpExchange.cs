using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clem.Backends.Chat;

/// <summary>
/// What went over the wire during one model call: the request body actually sent, the status, the
/// Retry-After advice and the provider's raw response body. Filled by <see cref="CapturingHandler"/>
/// for the call that is running in the current async flow, so every SDK is recorded the same way.
/// Headers are never kept (they carry the key).
/// </summary>
public sealed class HttpExchange : IDisposable
{
    static readonly AsyncLocal<HttpExchange?> CurrentSlot = new();
    readonly HttpExchange? _previous;

    HttpExchange() { _previous = CurrentSlot.Value; CurrentSlot.Value = this; }

    public static HttpExchange? Current => CurrentSlot.Value;

    /// <summary>Starts capturing for the calls made from here on in this async flow.</summary>
    public static HttpExchange Begin() => new();

    public string? RequestBody { get; internal set; }
    public int? Status { get; internal set; }
    public TimeSpan? RetryAfter { get; internal set; }
    public string? ResponseBody { get; internal set; }
    public int Requests { get; internal set; }

    public JsonNode? RequestJson => TryParse(RequestBody);

    /// <summary>The response as JSON: one object, or a list for NDJSON streams (Ollama); null if it is not JSON.</summary>
    public JsonNode? ResponseJson
    {
        get
        {
            if (TryParse(ResponseBody) is { } single) return single;
            if (string.IsNullOrWhiteSpace(ResponseBody)) return null;
            var lines = ResponseBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var items = lines.Select(TryParse).ToList();
            return lines.Length > 1 && items.All(i => i != null) ? new JsonArray(items.ToArray()) : null;
        }
    }

    static JsonNode? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return null; }
    }

    public void Dispose() => CurrentSlot.Value = _previous;

    /// <summary>Retry-After as servers send it: "retry-after-ms" (OpenAI), seconds, or an HTTP date.</summary>
    public static TimeSpan? ParseRetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (headers.TryGetValues("retry-after-ms", out var ms) && double.TryParse(ms.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var msValue))
            return TimeSpan.FromMilliseconds(Math.Max(0, msValue));
        if (headers.TryGetValues("Retry-After", out var values))
        {
            var v = values.FirstOrDefault()?.Trim();
            if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(Math.Max(0, seconds));
            if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)) return date > now ? date - now : TimeSpan.Zero;
        }
        return null;
    }
}

/// <summary>Records request and response bodies into the <see cref="HttpExchange"/> of the running call.</summary>
public sealed class CapturingHandler(HttpMessageHandler inner, TimeProvider? clock = null) : DelegatingHandler(inner)
{
    readonly TimeProvider _clock = clock ?? TimeProvider.System;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var exchange = HttpExchange.Current;
        if (exchange != null)
        {
            exchange.Requests++;
            exchange.Status = null;
            exchange.ResponseBody = null;
            exchange.RetryAfter = null;
            if (request.Content != null)
                exchange.RequestBody = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (exchange != null)
        {
            exchange.Status = (int)response.StatusCode;
            exchange.RetryAfter = HttpExchange.ParseRetryAfter(response.Headers, _clock.GetUtcNow());
            // Buffer the body so the SDK can still read it; a server that stalls here runs into the call's timeout.
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            exchange.ResponseBody = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        return response;
    }

    /// <summary>An HttpClient whose requests are captured; timeouts are the model's business, not HttpClient's.</summary>
    public static HttpClient CreateClient(Uri? baseAddress = null) =>
        new(new CapturingHandler(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }))
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
}
