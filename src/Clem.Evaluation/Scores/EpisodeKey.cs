namespace Clem.Evaluation.Scores;

/// <summary>
/// Where an episode's scores belong, taken by position like clembench's <c>parse_directory_name</c>: the last
/// five components of a scores file path are model (the pair directory), game, experiment, episode, file.
/// </summary>
public readonly record struct EpisodeKey(string Model, string Game, string Experiment, string Episode)
{
    /// <summary>Key of a <c>*scores.json</c> path; null when the path has fewer than five components.</summary>
    public static EpisodeKey? FromScoresPath(string path)
    {
        var parts = Path.GetFullPath(path).Split(Path.DirectorySeparatorChar, StringSplitOptions.None);
        if (parts.Length < 5) return null;
        int n = parts.Length;
        return new EpisodeKey(parts[n - 5], parts[n - 4], parts[n - 3], parts[n - 2]);
    }

    /// <summary>Key of an episode directory (its parent is the experiment, and so on upward).</summary>
    public static EpisodeKey? FromEpisodeDir(string dir)
    {
        var parts = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar).Split(Path.DirectorySeparatorChar);
        if (parts.Length < 4) return null;
        int n = parts.Length;
        return new EpisodeKey(parts[n - 4], parts[n - 3], parts[n - 2], parts[n - 1]);
    }

    /// <summary>raw.csv order: model, game, experiment, episode, each in natural order (episode_2 before episode_10).</summary>
    public static int Compare(EpisodeKey a, EpisodeKey b)
    {
        int c = Discovery.NameOrder.CompareNatural(a.Model, b.Model);
        if (c == 0) c = Discovery.NameOrder.CompareNatural(a.Game, b.Game);
        if (c == 0) c = Discovery.NameOrder.CompareNatural(a.Experiment, b.Experiment);
        if (c == 0) c = Discovery.NameOrder.CompareNatural(a.Episode, b.Episode);
        return c;
    }
}
