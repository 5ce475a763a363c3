namespace Clem.Evaluation;

/// <summary>One game's cells for one model (all values already rounded to 2 dp; NaN = empty cell).</summary>
/// <param name="PercentPlayed">100 · mean(Played) over episodes with an Aborted value.</param>
/// <param name="Quality">Mean Main Score over episodes where it is not NaN (NaN if none).</param>
/// <param name="QualityStd">Sample std (ddof=1) of those Main Scores; NaN with fewer than 2.</param>
/// <param name="PlayedEpisodes">Episodes with a non-NaN Played value.</param>
/// <param name="QualityEpisodes">Episodes with a non-NaN Main Score.</param>
/// <param name="HasPlayed">Some episode logged Aborted (even NaN): the % Played cell exists.</param>
/// <param name="HasQuality">Some episode logged Main Score (even NaN): the quality cells exist.</param>
public sealed record GameScore(string Game, double PercentPlayed, double Quality, double QualityStd,
    long PlayedEpisodes, long QualityEpisodes, bool HasPlayed, bool HasQuality);

/// <summary>One row of results.csv.</summary>
/// <param name="AveragePercentPlayed">Mean of the rounded per-game % Played (a 0 counts), rounded.</param>
/// <param name="AverageQuality">Mean of the rounded per-game qualities, NaN games skipped, rounded.</param>
/// <param name="Clemscore">round(AveragePercentPlayed / 100 · AverageQuality, 2).</param>
public sealed record ModelScores(string Model, double Clemscore, double AveragePercentPlayed, double AverageQuality,
    IReadOnlyList<GameScore> Games);

/// <summary>
/// clembench's results table: rows sorted by model name, columns <c>-, clemscore</c> then every observed
/// (game, metric) pair sorted by game and metric (so <c>all, …</c> sits among the games alphabetically).
/// </summary>
public sealed class ResultsTable
{
    public const string ClemscoreColumn = "-, clemscore";
    public const string AllGame = "all";
    public const string PercentPlayed = "% Played";
    public const string QualityScore = "Quality Score";
    public const string QualityScoreStd = "Quality Score (std)";
    public const string AveragePercentPlayed = "Average % Played";
    public const string AverageQualityScore = "Average Quality Score";

    public ResultsTable(IReadOnlyList<(string Game, string Metric)> columns, IReadOnlyList<ModelScores> models)
    {
        Columns = columns;
        Models = models;
    }

    /// <summary>(game, metric) of each column after the clemscore column.</summary>
    public IReadOnlyList<(string Game, string Metric)> Columns { get; }

    public IReadOnlyList<ModelScores> Models { get; }

    /// <summary>The flattened header cells, as in results.csv (first column, the model index, excluded).</summary>
    public IEnumerable<string> Headers => Columns.Select(c => $"{c.Game}, {c.Metric}").Prepend(ClemscoreColumn);

    /// <summary>The cells of a model's row aligned with <see cref="Headers"/>.</summary>
    public IEnumerable<double> Cells(ModelScores m)
    {
        yield return m.Clemscore;
        foreach (var (game, metric) in Columns)
            yield return Cell(m, game, metric);
    }

    public static double Cell(ModelScores m, string game, string metric)
    {
        if (game == AllGame && metric == AveragePercentPlayed) return m.AveragePercentPlayed;
        if (game == AllGame && metric == AverageQualityScore) return m.AverageQuality;
        var g = m.Games.FirstOrDefault(x => x.Game == game);
        if (g == null) return double.NaN;
        return metric switch
        {
            PercentPlayed => g.HasPlayed ? g.PercentPlayed : double.NaN,
            QualityScore => g.HasQuality ? g.Quality : double.NaN,
            QualityScoreStd => g.HasQuality ? g.QualityStd : double.NaN,
            _ => double.NaN,
        };
    }
}
