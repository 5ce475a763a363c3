using System.Net;
using System.Text.Json;
using Clem.Backends.Keys;
using Clem.Core.Models;

namespace Clem.Backends.Chat;

/// <summary>
/// Turns whatever an SDK threw into a classified <see cref="ModelException"/>. The HTTP status seen on the
/// wire (<see cref="HttpExchange"/>) decides first, so OpenAI, Anthropic and Ollama are classified alike;
/// the exception type is the fallback.
/// </summary>
public static class ErrorClassifier
{
    static readonly string[] ContextPhrases =
    [
        "context_length_exceeded", "maximum context length", "context length", "context window",
        "prompt is too long", "too many tokens", "exceeds the context", "input is too long", "reduce the length",
    ];

    static readonly string[] FilterPhrases = ["content_filter", "content management policy", "content policy", "safety system", "flagged"];

    public static ModelException Classify(Exception original, HttpExchange? exchange, string who, bool timedOut, TimeSpan timeout, Redactor redactor)
    {
        if (original is ModelException already) return already;
        // SDK exceptions may quote the server's reply, which may quote the key: only a redacted copy is kept.
        var error = new ProviderException(original, redactor);
        if (timedOut)
            return new ModelException(ModelErrorKind.Timeout, $"{who}: no reply within {timeout.TotalSeconds:0.###} s", error);

        var status = exchange?.Status ?? StatusOf(original);
        var body = redactor.Redact(Snippet(exchange?.ResponseBody ?? BodyOf(original) ?? ""));
        var detail = redactor.Redact(error.Message);
        string Describe(string what) => $"{who}: {what}{(status is { } s ? $" (HTTP {s})" : "")}: {(body.Length > 0 ? body : detail)}";

        if (status is { } code)
        {
            var text = (body + " " + detail).ToLowerInvariant();
            if (code is 401 or 403) return new(ModelErrorKind.Authentication, Describe("authentication failed (check the API key)"), error);
            if (code == 429) return new(ModelErrorKind.RateLimit, Describe("rate limited"), error, exchange?.RetryAfter);
            if (code == 408) return new(ModelErrorKind.Timeout, Describe("the server timed out"), error);
            if (code == 413 || (code is 400 or 422 && ContextPhrases.Any(text.Contains)))
                return new(ModelErrorKind.ContextExceeded, Describe("the prompt exceeds the model's context"), error);
            if (code is 400 or 422 && FilterPhrases.Any(text.Contains))
                return new(ModelErrorKind.Refused, Describe("the request was refused by a content filter"), error);
            if (code >= 500) return new(ModelErrorKind.ServerError, Describe("server error"), error, exchange?.RetryAfter);
            if (code is >= 200 and < 300) return new(ModelErrorKind.MalformedResponse, Describe("the response could not be read"), error);
            if (code == 404) return new(ModelErrorKind.Unavailable, Describe("not found (model id or endpoint URL wrong?)"), error);
            return new(ModelErrorKind.Other, Describe("request failed"), error);
        }

        for (var e = original; e != null; e = e.InnerException)
        {
            if (e is TimeoutException) return new(ModelErrorKind.Timeout, Describe("timed out"), error);
            if (e is JsonException or FormatException) return new(ModelErrorKind.MalformedResponse, Describe("the response could not be read"), error);
            if (e is HttpRequestException) return new(ModelErrorKind.Unavailable, Describe("the server could not be reached"), error);
        }
        return new(ModelErrorKind.Other, Describe(error.GetType().Name), error);
    }

    static int? StatusOf(Exception e)
    {
        for (var x = e; x != null; x = x.InnerException)
        {
            switch (x)
            {
                case System.ClientModel.ClientResultException c when c.Status > 0: return c.Status;
                case Anthropic.Exceptions.AnthropicApiException a: return (int)a.StatusCode;
                case HttpRequestException { StatusCode: HttpStatusCode s }: return (int)s;
            }
        }
        return null;
    }

    static string? BodyOf(Exception e) => e is Anthropic.Exceptions.AnthropicApiException a ? a.ResponseBody : null;

    static string Snippet(string body)
    {
        body = body.Trim().ReplaceLineEndings(" ");
        return body.Length <= 300 ? body : body[..300] + "…";
    }
}

/// <summary>What an SDK threw, with secrets removed from the messages (the chain is flattened into one message).</summary>
public sealed class ProviderException(Exception original, Redactor redactor)
    : Exception(redactor.Redact(string.Join(" → ", Chain(original).Select(e => $"{e.GetType().Name}: {e.Message}"))))
{
    public string OriginalType { get; } = original.GetType().FullName ?? original.GetType().Name;

    static IEnumerable<Exception> Chain(Exception e)
    {
        for (var x = e; x != null; x = x.InnerException) yield return x;
    }
}
