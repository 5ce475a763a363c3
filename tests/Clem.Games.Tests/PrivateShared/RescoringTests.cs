using Clem.Core.Json;
using Clem.Core.Records;
using Clem.Core.Running;
using Clem.Games.PrivateShared;
using Xunit;

namespace Clem.Games.Tests.PrivateShared;

/// <summary>Our scorer on every recorded episode reproduces clembench's scores.json exactly: values, Python types, key order.</summary>
public class RescoringTests
{
    [Theory]
    [MemberData(nameof(Recorded.Episodes), MemberType = typeof(Recorded))]
    public void RescoringReproducesTheRecordedScores(string episode)
    {
        var source = RecordedEpisodes.Folder(episode);
        var dir = RecordedEpisodes.CopyEpisodeInputs(source, "privateshared-rescore");
        var game = new PrivateSharedGame();
        var experiment = EpisodeScoring.LoadExperiment(Path.GetDirectoryName(source)!);
        var ours = EpisodeScoring.Score(game, dir, experiment, EpisodeScoring.SettingsOf(experiment, game));
        var recorded = Scores.Load(Path.Combine(source, Scores.FileName));

        // Serialised comparison: same metrics in the same order, same numbers and the same int/float types
        // (e.g. "Truncated Kappa": 0 — Python's max(0, κ) returns the int), NaN written as NaN.
        Assert.Equal(ClemJson.Serialize(recorded.EpisodeScores), ClemJson.Serialize(ours.EpisodeScores));
        Assert.Equal(ClemJson.Serialize(recorded.TurnScores), ClemJson.Serialize(ours.TurnScores));
        // and scores.json as written is clembench's file, byte for byte
        Assert.Equal(File.ReadAllText(Path.Combine(source, Scores.FileName)), File.ReadAllText(Path.Combine(dir, Scores.FileName)));
    }
}
