using System.Text.Json.Nodes;
using Clem.Core.Json;
using Clem.Core.Running;
using Clem.Games.Taboo;
using Xunit;

namespace Clem.Games.Tests.Taboo;

/// <summary>Every recorded clembench v1.6 taboo episode (c4ai-command-r, 60 episodes): rescoring and replay.</summary>
public class RecordedEpisodeTests
{
    public static TheoryData<string> Episodes() => RecordedEpisodes.Of("taboo", RecordedEpisodes.CommandR);

    /// <summary>The episode folder, with clembench mode pointed at NLTK's stopwords.</summary>
    static string Episode(string row)
    {
        RecordedEpisodes.UseNltkStopwords();
        return RecordedEpisodes.Folder(row);
    }

    [Theory]
    [MemberData(nameof(Episodes))]
    public void RescoringReproducesTheRecordedScores(string id)
    {
        var dir = Episode(id);
        var game = new TabooGame();
        var experiment = EpisodeScoring.LoadExperiment(Path.GetDirectoryName(dir)!);
        var scorer = game.CreateScorer(experiment, ClemJson.ReadObject(Path.Combine(dir, "instance.json")), EpisodeScoring.SettingsOf(experiment, game));
        scorer.ComputeScores(ClemJson.ReadObject(Path.Combine(dir, "interactions.json")));
        var recorded = ClemJson.ReadObject(Path.Combine(dir, "scores.json"));

        Assert.Null(Replay.CompareEpisodeScores(recorded["episode scores"]!.AsObject(), scorer.Scores.EpisodeScores));
        // Byte-exact, as clembench's json.dumps wrote it: same metrics, order, int/float types and NaN token.
        Assert.Equal(ClemJson.Serialize(recorded), ClemJson.Serialize(scorer.Scores.ToJson()));
    }

    [Theory]
    [MemberData(nameof(Episodes))]
    public async Task ReplayFindsNoDifference(string id)
    {
        var dir = Episode(id);
        var result = await Replay.RunAsync(dir, BuiltInGames.Catalog());
        Assert.True(result.IsIdentical, result.Difference);
        Assert.True(result.EventsCompared >= 4, $"only {result.EventsCompared} events compared");
    }
}
