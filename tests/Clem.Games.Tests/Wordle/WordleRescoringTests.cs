using Xunit;
using Clem.Core.Json;
using Clem.Core.Running;

namespace Clem.Games.Tests.Wordle;

/// <summary>Faithfulness (1): our scorer, under clembench's settings, reproduces every recorded scores.json byte for byte.</summary>
public class WordleRescoringTests
{
    public static TheoryData<string> Episodes() => RecordedWordleEpisodes.All();

    [Theory]
    [MemberData(nameof(Episodes))]
    public void Rescoring_reproduces_the_recorded_scores_file(string episode)
    {
        var folder = RecordedWordleEpisodes.Folder(episode);
        var game = RecordedWordleEpisodes.Game(episode);
        var work = RecordedEpisodes.CopyEpisodeInputs(folder, "wordle-rescore");
        var experiment = RecordedWordleEpisodes.Experiment(folder);

        // A clembench tree records no settings: the scorer must fall back to the clembench-compatible ones.
        var settings = EpisodeScoring.SettingsOf(experiment, game);
        Assert.True(JsonNodeEquals(game.ClembenchSettings, settings));
        EpisodeScoring.Score(game, work, experiment, settings);

        // Byte-exact: same keys in the same order, ints as ints, floats in Python's repr, NaN as NaN.
        var expected = File.ReadAllText(Path.Combine(folder, "scores.json"));
        var actual = File.ReadAllText(Path.Combine(work, "scores.json"));
        Assert.Equal(expected, actual);
        Directory.Delete(work, true);
    }

    static bool JsonNodeEquals(System.Text.Json.Nodes.JsonNode a, System.Text.Json.Nodes.JsonNode b) => ClemJson.Serialize(a) == ClemJson.Serialize(b);
}
