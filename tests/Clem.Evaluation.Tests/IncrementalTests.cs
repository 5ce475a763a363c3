using Clem.Testing;
using Xunit;
using static Clem.Evaluation.Tests.Fixtures;

namespace Clem.Evaluation.Tests;

/// <summary>-g/-m: re-read a selection, keep other rows from the previous raw.csv.</summary>
public class IncrementalTests
{
    [Fact]
    public void ReReadingOneGameGivesTheSameFilesAsAFullEvaluation()
    {
        var root = SharedData.TempDir("clem-eval");
        foreach (var model in new[] { "a-t0.0--a-t0.0", "b-t0.0--b-t0.0" })
            foreach (var game in new[] { "g1", "g2" })
                for (int i = 0; i < 3; i++)
                    Write(root, model, game, "0_x", $"episode_{i}", i == 2 ? Aborted() : Played(10 * (i + 1)));
        Evaluator.Run(root);
        // Rescore g2 of model b; break a file the incremental run must not read.
        Write(root, "b-t0.0--b-t0.0", "g2", "0_x", "episode_0", Played(95));
        Write(root, "a-t0.0--a-t0.0", "g1", "0_x", "episode_0", "{ not json");

        var incremental = Evaluator.Run(root, new EvalOptions { Games = ["g2"], Models = ["b"] });
        var raw = File.ReadAllText(Path.Combine(root, Evaluator.RawCsv));
        var results = File.ReadAllText(Path.Combine(root, Evaluator.ResultsCsv));

        Assert.NotNull(incremental.IncrementalNote);
        Assert.Equal(0, incremental.UnreadableFiles);
        Assert.Equal(3, incremental.EpisodesRead - 9); // 3 re-read + 9 carried
        var b = incremental.Table.Models.Single(m => m.Model.StartsWith('b'));
        Assert.Equal(57.5, b.Games.Single(g => g.Game == "g2").Quality); // (95 + 20) / 2

        // A full evaluation with a's original file restored writes the very same raw.csv and results.csv.
        Write(root, "a-t0.0--a-t0.0", "g1", "0_x", "episode_0", Played(10));
        Evaluator.Run(root);
        Assert.Equal(File.ReadAllText(Path.Combine(root, Evaluator.RawCsv)), raw);
        Assert.Equal(File.ReadAllText(Path.Combine(root, Evaluator.ResultsCsv)), results);
    }

    [Fact]
    public void SelectionWithoutScoresIsAnError()
    {
        var root = SharedData.TempDir("clem-eval");
        Write(root, "a-t0.0--a-t0.0", "g1", "0_x", "episode_0", Played(10));
        var e = Assert.Throws<ClemUserException>(() => Evaluator.Run(root, new EvalOptions { Games = ["nope"] }));
        Assert.Contains("nope", e.Message);
    }
}
