namespace Clem.Core.Records;

/// <summary>The metric names every game logs (clembench's metrics.py; the strings are the contract).</summary>
public static class Metrics
{
    public const string Aborted = "Aborted";
    public const string Lose = "Lose";
    public const string Success = "Success";
    public const string RequestCount = "Request Count";
    public const string RequestCountParsed = "Parsed Request Count";
    public const string RequestCountViolated = "Violated Request Count";
    public const string RequestSuccess = "Request Success Ratio";
    public const string MainScore = "Main Score";
    /// <summary>Derived by the evaluation (1 − Aborted); a game must never log it.</summary>
    public const string Played = "Played";
}
