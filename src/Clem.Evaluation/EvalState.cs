using Clem.Evaluation.Aggregation;
using Clem.Evaluation.Discovery;
using Clem.Evaluation.Output;
using Clem.Evaluation.Scores;

namespace Clem.Evaluation;

/// <summary>The consumer side of an evaluation: writes rows, feeds the accumulators, counts episodes and problems.</summary>
sealed class EvalState(string root, bool strict)
{
    public Dictionary<(string Model, string Game), GameAccumulator> Groups { get; } = new();
    readonly Dictionary<(string Model, string Game), EpisodeAccount> _accounts = new();
    readonly RepeatTracker _repeats = new();
    readonly List<EvalProblem> _problems = [];

    public IReadOnlyList<EvalProblem> Problems => _problems;
    public long FilesFound { get; private set; }
    public long EpisodesRead { get; private set; }
    public long UnreadableFiles { get; private set; }
    public long RepeatedFiles { get; private set; }

    public void Handle(Item item, RawCsvWriter raw)
    {
        switch (item)
        {
            case ScoresItem s:
                FilesFound++;
                var account = Account(s.Key.Model, s.Key.Game);
                if (_repeats.IsRepeat(s.Path, s.Key))
                {
                    RepeatedFiles++;
                    account.Repeated++;
                    AddProblem(EvalProblemKind.Repeated, s.Path, "repeated file for the same model/game/experiment/episode; ignored (the first one in walk order is used)");
                    return;
                }
                if (s.Failure is PlayedScoreException || (strict && s.Failure != null)) throw s.Failure;
                if (s.Failure != null)
                {
                    UnreadableFiles++;
                    account.Unreadable++;
                    AddProblem(EvalProblemKind.Unreadable, s.Path,
                        s.Failure is InvalidScoresException ise ? ise.Problem : s.Failure.Message);
                    return;
                }
                Emit(s.Scores!, raw);
                break;
            case EpisodeDirItem d:
                var a = Account(d.Key.Model, d.Key.Game);
                a.EpisodeDirs++;
                if (!d.HasScores) a.MissingScores++;
                if (d.Error is { } error)
                {
                    a.ErrorFiles++;
                    switch (error.Kind)
                    {
                        case EpisodeErrorKind.Infrastructure: a.InfrastructureErrors++; break;
                        case EpisodeErrorKind.Game: a.GameErrors++; break;
                        default: a.OtherErrors++; break;
                    }
                    AddProblem(EvalProblemKind.ErrorFile, Path.Combine(d.Path, ResultsWalker.ErrorFile), error.Description);
                }
                break;
            case OtherItem o when o.Problem != null:
                AddProblem(EvalProblemKind.Unkeyed, o.Path, o.Problem);
                break;
        }
    }

    /// <summary>Writes one episode's rows (derived Played rows go to the end of raw.csv, as in clembench's) and accumulates.</summary>
    public void Emit(EpisodeScores episode, RawCsvWriter raw)
    {
        var key = episode.Key;
        if (!Groups.TryGetValue((key.Model, key.Game), out var group))
            Groups[(key.Model, key.Game)] = group = new GameAccumulator();
        foreach (var (metric, value) in episode.Metrics)
        {
            raw.WriteRow(key, metric, value);
            group.Add(metric, value);
            if (metric == Metrics.Aborted)
            {
                // pandas: Played = 1 − Aborted (NaN stays NaN; a bool counts as 0/1).
                var played = MetricValue.Of(value.Numeric is { } d ? 1 - d : double.NaN);
                raw.WritePlayedRow(key, played);
                group.Add(Metrics.Played, played);
            }
        }
        EpisodesRead++;
        Account(key.Model, key.Game).Scored++;
    }

    EpisodeAccount Account(string model, string game)
    {
        if (!_accounts.TryGetValue((model, game), out var a))
            _accounts[(model, game)] = a = new EpisodeAccount(model, game);
        return a;
    }

    void AddProblem(EvalProblemKind kind, string path, string message)
    {
        if (_problems.Count < Evaluator.MaxListedProblems)
            _problems.Add(new EvalProblem(kind, Path.GetRelativePath(root, path), message));
    }

    public IReadOnlyList<EpisodeAccount> SortedAccounts() =>
        _accounts.Values.OrderBy(a => a.Model, NameOrder.Python).ThenBy(a => a.Game, NameOrder.Python).ToList();
}
