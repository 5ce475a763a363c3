namespace Clem.Evaluation;

/// <summary>Metric names the evaluator relies on (clembench <c>clemgame/metrics.py</c>).</summary>
public static class Metrics
{
    public const string Aborted = "Aborted";
    /// <summary>Derived by the evaluator as 1 − Aborted; a game must not log it.</summary>
    public const string Played = "Played";
    public const string MainScore = "Main Score";
}
