namespace Clem.Core.Models;

/// <summary>What went wrong when calling a model. None of these is the model's fault as a player.</summary>
public enum ModelErrorKind
{
    Authentication,
    RateLimit,
    ServerError,
    Timeout,
    MalformedResponse,
    ContextExceeded,
    Refused,
    Unavailable,
    Other,
}

/// <summary>
/// An infrastructure failure while calling a model. The runner records the episode as an
/// infrastructure error (not Aborted, not dropped) and the evaluation counts such episodes apart.
/// </summary>
public class ModelException(ModelErrorKind kind, string message, Exception? inner = null, TimeSpan? retryAfter = null)
    : Exception(message, inner)
{
    public ModelErrorKind Kind { get; } = kind;

    /// <summary>Server-suggested wait (HTTP Retry-After), when there was one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
