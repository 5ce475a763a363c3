using Clem.Evaluation.Output;
using Clem.Testing;
using Xunit;
using static Clem.Evaluation.Tests.Fixtures;

namespace Clem.Evaluation.Tests;

public class ReportTests
{
    [Fact]
    public void TextReportShowsScoresAndEpisodeCounts()
    {
        var root = SharedData.TempDir("clem-eval");
        Write(root, "mm", "g", "0_x", "episode_0", Played(40));
        Write(root, "mm", "g", "0_x", "episode_1", Aborted());
        Write(root, "mm", "g", "0_x", "episode_2", "{\"kind\": \"infrastructure\", \"type\": \"Timeout\", \"message\": \"t\"}", "error.json");
        Write(root, "mm", "g", "0_x", "episode_3", "{oops");

        var text = ResultsReport.Format(Evaluator.Run(root));

        var lines = text.Split('\n');
        Assert.True(lines.Contains("mm         20.00     50.00    40.00"), text);
        Assert.True(lines.Contains("  g              50.00    40.00    -       2        1           1           1 (1)"), text);
        Assert.Contains("Episodes without scores: 1; unreadable scores files: 1", text);
        Assert.Contains(Path.Combine("mm", "g", "0_x", "episode_3", "scores.json"), text);
    }
}
