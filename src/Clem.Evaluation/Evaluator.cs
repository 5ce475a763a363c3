using System.Threading.Channels;
using Clem.Evaluation.Aggregation;
using Clem.Evaluation.Discovery;
using Clem.Evaluation.Output;
using Clem.Evaluation.Scores;

namespace Clem.Evaluation;

/// <summary>
/// clembench's evaluation stage (<c>bencheval.py</c> / <c>clemeval.py</c>): every <c>*scores.json</c> under a
/// results directory → raw.csv (one row per episode metric plus derived Played rows), results.csv and
/// results.html (% Played, Quality Score, its std and the clemscore per model), plus our eval_summary.json
/// with per-(model, game) episode accounting.
/// <para>
/// Streaming: the tree is walked in a deterministic order, files are parsed in parallel within a bounded
/// read-ahead window, rows are written to raw.csv as they come and only per-(model, game) sums are kept,
/// so memory does not grow with the number of episodes. All outputs are staged in temporary files and
/// renamed at the end: a failed run leaves earlier outputs untouched.
/// </para>
/// </summary>
public static class Evaluator
{
    public const string RawCsv = "raw.csv";
    public const string ResultsCsv = "results.csv";
    public const string ResultsHtml = "results.html";
    public const string SummaryJson = "eval_summary.json";
    public const int MaxListedProblems = 1000;

    public static EvaluationResult Run(string resultsDir, EvalOptions? options = null) =>
        RunAsync(resultsDir, options).GetAwaiter().GetResult();

    public static async Task<EvaluationResult> RunAsync(string resultsDir, EvalOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EvalOptions();
        var root = Path.GetFullPath(resultsDir);
        if (!Directory.Exists(root))
            throw new ClemUserException($"results directory '{resultsDir}' does not exist");
        var selection = new Selection(options.Games, options.Models);
        var state = new EvalState(root, options.Strict);

        using var rawFile = new StagedFile(Path.Combine(root, RawCsv));
        using var resultsCsv = new StagedFile(Path.Combine(root, ResultsCsv));
        using var resultsHtml = new StagedFile(Path.Combine(root, ResultsHtml));
        using var summary = new StagedFile(Path.Combine(root, SummaryJson));
        using var raw = new RawCsvWriter(rawFile);

        // Incremental (-g/-m): rows outside the selection come from the previous raw.csv.
        string? incrementalNote = null;
        IEnumerable<EpisodeScores> carried = [];
        if (!selection.IsAll)
        {
            var previous = Path.Combine(root, RawCsv);
            if (File.Exists(previous))
            {
                carried = CarriedRows.Read(previous, (model, game) => selection.Contains(model, game));
                incrementalNote = $"re-read {selection.Describe()}; other rows taken from the previous {RawCsv}";
            }
            else incrementalNote = $"re-read {selection.Describe()}; no previous {RawCsv}, so the tables cover only this selection";
        }

        await Stream(root, selection, options, state, raw, carried, cancellationToken);

        if (state.FilesFound == 0)
            throw new ClemUserException($"no *scores.json files found under '{resultsDir}'" +
                                        (selection.IsAll ? "" : $" for {selection.Describe()}"));
        if (state.EpisodesRead == 0)
            throw new ClemUserException($"no usable scores.json under '{resultsDir}': {state.UnreadableFiles} unreadable, " +
                                        $"e.g. {state.Problems.FirstOrDefault()?.Path}: {state.Problems.FirstOrDefault()?.Message}");

        raw.Finish();
        var table = ResultsTableBuilder.Build(state.Groups, options.IncludeStd);
        var result = new EvaluationResult
        {
            ResultsDir = root,
            Table = table,
            Episodes = state.SortedAccounts(),
            Problems = state.Problems,
            ScoresFilesFound = state.FilesFound,
            EpisodesRead = state.EpisodesRead,
            UnreadableFiles = state.UnreadableFiles,
            RepeatedFiles = state.RepeatedFiles,
            RawRows = raw.Rows,
            IncrementalNote = incrementalNote,
            WrittenFiles = [rawFile.Target, resultsCsv.Target, resultsHtml.Target, summary.Target],
        };
        WriteText(resultsCsv, ResultsCsvWriter.Format(table));
        WriteText(resultsHtml, ResultsHtmlWriter.Format(table));
        WriteText(summary, SummaryJsonWriter.Format(result));
        rawFile.Commit();
        resultsCsv.Commit();
        resultsHtml.Commit();
        summary.Commit();
        return result;
    }

    static void WriteText(StagedFile file, string text)
    {
        using var w = file.OpenWriter();
        w.Write(text);
    }

    static async Task Stream(string root, Selection selection, EvalOptions options, EvalState state, RawCsvWriter raw,
        IEnumerable<EpisodeScores> carried, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Parse tasks enter the channel in walk order and are awaited in that order: parallel parsing,
        // deterministic output, at most ReadAhead files in flight.
        var channel = Channel.CreateBounded<Task<Item>>(new BoundedChannelOptions(Math.Max(1, options.ReadAhead))
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var entry in ResultsWalker.Walk(root))
                {
                    cts.Token.ThrowIfCancellationRequested();
                    await channel.Writer.WriteAsync(Prepare(entry, selection), cts.Token);
                }
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        }, cts.Token);

        using var carriedRows = carried.GetEnumerator();
        bool hasCarried = carriedRows.MoveNext();
        try
        {
            await foreach (var task in channel.Reader.ReadAllAsync(cts.Token))
            {
                var item = await task;
                if (item is ScoresItem s)
                {
                    // Merge the carried rows (incremental mode) by key so the order matches a full evaluation.
                    while (hasCarried && EpisodeKey.Compare(carriedRows.Current.Key, s.Key) < 0)
                    {
                        state.Emit(carriedRows.Current, raw);
                        hasCarried = carriedRows.MoveNext();
                    }
                }
                state.Handle(item, raw);
            }
            while (hasCarried)
            {
                state.Emit(carriedRows.Current, raw);
                hasCarried = carriedRows.MoveNext();
            }
        }
        catch
        {
            await cts.CancelAsync();
            throw;
        }
        finally
        {
            try { await producer; } catch (OperationCanceledException) { }
        }
    }

    /// <summary>Starts the work for one walk entry: parsing for selected scores files, error.json reading for episode directories.</summary>
    static Task<Item> Prepare(WalkEntry entry, Selection selection)
    {
        switch (entry)
        {
            case ScoresFileEntry f:
                if (EpisodeKey.FromScoresPath(f.Path) is not { } key)
                    return Task.FromResult<Item>(new OtherItem(f.Path, "path too short for model/game/experiment/episode"));
                if (!selection.Contains(key.Model, key.Game))
                    return Task.FromResult<Item>(new OtherItem(f.Path, null));
                return Task.Run<Item>(() =>
                {
                    try { return new ScoresItem(f.Path, key, EpisodeScores.Read(f.Path, key), null); }
                    catch (ClemUserException e) { return new ScoresItem(f.Path, key, null, e); }
                });
            case EpisodeDirEntry d:
                if (EpisodeKey.FromEpisodeDir(d.Path) is not { } dirKey)
                    return Task.FromResult<Item>(new OtherItem(d.Path, null));
                if (!d.HasErrorFile)
                    return Task.FromResult<Item>(new EpisodeDirItem(d.Path, dirKey, d.HasScores, null));
                return Task.Run<Item>(() => new EpisodeDirItem(d.Path, dirKey, d.HasScores,
                    ErrorFile.Read(Path.Combine(d.Path, ResultsWalker.ErrorFile))));
            default:
                throw new InvalidOperationException(entry.GetType().Name);
        }
    }
}
