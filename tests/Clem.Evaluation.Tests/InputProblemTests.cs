using Clem.Evaluation.Scores;
using Clem.Testing;
using Xunit;
using static Clem.Evaluation.Tests.Fixtures;

namespace Clem.Evaluation.Tests;

/// <summary>Bad input: Played logged by a game, unusable scores files, missing and failed episodes.</summary>
public class InputProblemTests
{
    const string M = "m-t0.0--m-t0.0";

    [Fact]
    public void PlayedMetricInScoresIsAnErrorNamingTheFileAndKeepsEarlierOutputs()
    {
        var root = SharedData.TempDir("clem-eval");
        Write(root, M, "g", "0_x", "episode_0", Played(10));
        Evaluator.Run(root);
        var before = File.ReadAllText(Path.Combine(root, Evaluator.ResultsCsv));
        var bad = Write(root, M, "g", "0_x", "episode_1", ScoresJson("\"Aborted\": 0, \"Played\": 1, \"Main Score\": 50"));

        var e = Assert.Throws<PlayedScoreException>(() => Evaluator.Run(root));

        Assert.Contains(bad, e.Message);
        Assert.Contains("Played", e.Message);
        Assert.Equal(before, File.ReadAllText(Path.Combine(root, Evaluator.ResultsCsv)));
        Assert.Empty(Directory.EnumerateFiles(root, "*.tmp*")); // staged files removed
    }

    [Fact]
    public void UnreadableScoresFileIsReportedAndLeftOut()
    {
        var root = SharedData.TempDir("clem-eval");
        Write(root, M, "g", "0_x", "episode_0", Played(40));
        var broken = Write(root, M, "g", "0_x", "episode_1", "{\"episode scores\": {\"Aborted\": 0, \"Main Score\": ");
        var noEpisode = Write(root, M, "g", "0_x", "episode_2", "{\"turn scores\": {}}");
        var textScore = Write(root, M, "g", "0_x", "episode_3", ScoresJson("\"Aborted\": 0, \"Main Score\": \"high\""));

        var result = Evaluator.Run(root);

        var m = Assert.Single(result.Table.Models);
        Assert.Equal(40.0, m.AverageQuality);
        Assert.Equal(3, result.UnreadableFiles);
        var account = Assert.Single(result.Episodes);
        Assert.Equal((1L, 3L, 4L), (account.Scored, account.Unreadable, account.EpisodeDirs));
        Assert.Equal(new[] { broken, noEpisode, textScore }.Select(p => Path.GetRelativePath(root, p)),
            result.Problems.Where(p => p.Kind == EvalProblemKind.Unreadable).Select(p => p.Path));
        Assert.Contains("not valid JSON", result.Problems[0].Message);
        var summary = File.ReadAllText(Path.Combine(root, Evaluator.SummaryJson));
        Assert.Contains("\"unreadable_scores_files\": 3", summary);
        Assert.Contains(Path.GetRelativePath(root, broken), summary);
    }

    [Fact]
    public void StrictModeStopsAtAnUnreadableFile()
    {
        var root = SharedData.TempDir("clem-eval");
        Write(root, M, "g", "0_x", "episode_0", Played(40));
        var broken = Write(root, M, "g", "0_x", "episode_1", "not json");

        var e = Assert.Throws<InvalidScoresException>(() => Evaluator.Run(root, new EvalOptions { Strict = true }));

        Assert.Contains(broken, e.Message);
        Assert.False(File.Exists(Path.Combine(root, Evaluator.ResultsCsv)));
    }

    [Fact]
    public void CountsMissingScoresAndErrorFilesPerModelAndGame()
    {
        var root = SharedData.TempDir("clem-eval");
        Write(root, M, "g", "0_x", "episode_0", Played(40));
        Write(root, M, "g", "0_x", "episode_1", "{\"kind\": \"infrastructure\", \"type\": \"Timeout\", \"message\": \"backend timed out\"}", "error.json");
        Write(root, M, "g", "0_x", "episode_2", "{\"kind\": \"game\", \"type\": \"KeyError\", \"message\": \"x\"}", "error.json");
        Write(root, M, "g", "1_y", "episode_0", "garbage", "error.json");
        Write(root, M, "g", "1_y", "episode_1", Aborted());
        Write(root, M, "g", "1_y", "episode_1", "{\"kind\": \"game\", \"type\": \"ParseError\", \"message\": \"scored anyway\"}", "error.json");
        Directory.CreateDirectory(Path.Combine(root, M, "h", "0_x", "episode_0")); // a game with no scores at all

        var result = Evaluator.Run(root);

        var g = result.Episodes.Single(a => a.Game == "g");
        Assert.Equal(5, g.EpisodeDirs);
        Assert.Equal(2, g.Scored);
        Assert.Equal(3, g.MissingScores);
        Assert.Equal(4, g.ErrorFiles);
        Assert.Equal(1, g.InfrastructureErrors);
        Assert.Equal(2, g.GameErrors);
        Assert.Equal(1, g.OtherErrors);
        var h = result.Episodes.Single(a => a.Game == "h");
        Assert.Equal((1L, 0L, 1L), (h.EpisodeDirs, h.Scored, h.MissingScores));
        // results.csv keeps clembench's columns: no accounting columns, no row for the unscored game.
        var (header, _) = ReadTable(Path.Combine(root, Evaluator.ResultsCsv));
        Assert.DoesNotContain(header, c => c.StartsWith("h,", StringComparison.Ordinal) || c.Contains("missing", StringComparison.OrdinalIgnoreCase));
        var summary = File.ReadAllText(Path.Combine(root, Evaluator.SummaryJson));
        Assert.Contains("\"missing_scores\": 4", summary);
        Assert.Contains("\"infrastructure_errors\": 1", summary);
        Assert.Contains("backend timed out", summary);
    }

    [Fact]
    public void RepeatedScoresFilesForOneEpisodeUseTheFirst()
    {
        var root = SharedData.TempDir("clem-eval");
        Write(root, M, "g", "0_x", "episode_0", Played(40));
        Write(root, M, "g", "0_x", "episode_0", Played(90), "z_scores.json");

        var result = Evaluator.Run(root);

        Assert.Equal(40.0, Assert.Single(result.Table.Models).AverageQuality);
        Assert.Equal(1, result.RepeatedFiles);
        Assert.Equal(EvalProblemKind.Repeated, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void MissingDirectoryOrNoScoresIsAClearError()
    {
        var missing = Path.Combine(SharedData.TempDir("clem-eval"), "nope");
        Assert.Contains("does not exist", Assert.Throws<ClemUserException>(() => Evaluator.Run(missing)).Message);

        var empty = SharedData.TempDir("clem-eval");
        Directory.CreateDirectory(Path.Combine(empty, M, "g", "0_x", "episode_0"));
        Assert.Contains("no *scores.json", Assert.Throws<ClemUserException>(() => Evaluator.Run(empty)).Message);

        var allBad = SharedData.TempDir("clem-eval");
        Write(allBad, M, "g", "0_x", "episode_0", "{");
        Assert.Contains("no usable scores.json", Assert.Throws<ClemUserException>(() => Evaluator.Run(allBad)).Message);
    }
}
