namespace Clem.Evaluation;

/// <summary>Options of <see cref="Evaluator.Run"/>.</summary>
public sealed record EvalOptions
{
    /// <summary>
    /// Write the <c>Quality Score (std)</c> columns. On by default: every published v1.x results.csv and
    /// clemcore's golden fixture have them (clemcore 3 writes them only with <c>--std</c>).
    /// </summary>
    public bool IncludeStd { get; init; } = true;

    /// <summary>
    /// Re-read only these games (empty: all). With a selection, rows of everything else are taken from the
    /// existing raw.csv (clemcore's incremental <c>clem eval -g/-m</c>); the tables are rebuilt over all rows.
    /// </summary>
    public IReadOnlyList<string> Games { get; init; } = [];

    /// <summary>Re-read only these models: a pair directory name, or a model name that is one side of the pair (with or without its -t&lt;temperature&gt; suffix).</summary>
    public IReadOnlyList<string> Models { get; init; } = [];

    /// <summary>
    /// Stop at the first unusable scores.json (clembench's behaviour: it crashes). Off by default: such
    /// episodes are left out like missing ones, and listed in the summary and eval_summary.json.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>Scores files parsed at once (read-ahead window of the ordered pipeline).</summary>
    public int ReadAhead { get; init; } = 256;
}
