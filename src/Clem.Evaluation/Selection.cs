namespace Clem.Evaluation;

/// <summary>The -g/-m selection of an incremental evaluation.</summary>
sealed class Selection(IReadOnlyList<string> games, IReadOnlyList<string> models)
{
    public bool IsAll => games.Count == 0 && models.Count == 0;

    public bool Contains(string model, string game) =>
        (games.Count == 0 || games.Contains(game, StringComparer.Ordinal)) &&
        (models.Count == 0 || models.Any(m => ModelMatches(m, model)));

    /// <summary>"m" selects pair directory "m", and pairs with a side "m" or "m-t&lt;temperature&gt;".</summary>
    static bool ModelMatches(string wanted, string pairDir)
    {
        if (pairDir == wanted) return true;
        foreach (var side in pairDir.Split("--"))
            if (side == wanted || (side.StartsWith(wanted + "-t", StringComparison.Ordinal)
                                   && double.TryParse(side.AsSpan(wanted.Length + 2), System.Globalization.CultureInfo.InvariantCulture, out _)))
                return true;
        return false;
    }

    public string Describe() =>
        string.Join(", ", new[] { games.Count > 0 ? "games " + string.Join(", ", games) : null,
            models.Count > 0 ? "models " + string.Join(", ", models) : null }.Where(s => s != null));
}
