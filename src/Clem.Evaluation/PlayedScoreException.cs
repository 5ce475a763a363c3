namespace Clem.Evaluation;

/// <summary>
/// A scores file logs the metric <c>Played</c>, which only the evaluator may compute (as 1 − Aborted);
/// clembench stops with <c>PlayedScoreError</c> because the derived rows would otherwise be duplicated.
/// </summary>
public sealed class PlayedScoreException(string path)
    : ClemUserException($"{path}: episode scores contain the metric \"{Metrics.Played}\", which games must not log " +
                        $"(the evaluator derives it as 1 − {Metrics.Aborted}; clembench's PlayedScoreError)")
{
    public string Path { get; } = path;
}
