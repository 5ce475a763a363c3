using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Running;
using Xunit;

namespace Clem.Games.Tests.PrivateShared;

/// <summary>
/// Faithfulness: every recorded episode, re-played through our game master with the model's recorded replies,
/// gives the same events, top-level keys and scores (Clem.Core.Running.Replay), and — stricter — the whole
/// interactions.json including the players map, timestamps aside. For the episodes with a requests.json, the
/// messages we send equal the ones clembench sent, call by call (this is where the coda and "ME:  " show).
/// </summary>
public class ReplayTests
{
    [Theory]
    [MemberData(nameof(Recorded.Episodes), MemberType = typeof(Recorded))]
    public async Task ReplayIsIdentical(string episode)
    {
        var dir = RecordedEpisodes.Folder(episode);
        var result = await Replay.RunAsync(dir, RecordedEpisodes.ClembenchCatalog());
        Assert.True(result.IsIdentical, result.Difference);
        Assert.True(result.EventsCompared > 100, $"only {result.EventsCompared} events compared");
    }

    [Theory]
    [MemberData(nameof(Recorded.Episodes), MemberType = typeof(Recorded))]
    public async Task ReplayReproducesTheWholeInteractionsFile(string episode)
    {
        var dir = RecordedEpisodes.Folder(episode);
        var (master, _) = await Play(dir);
        Assert.Equal(WithoutTimestamps(ClemJson.ReadObject(Path.Combine(dir, "interactions.json"))), WithoutTimestamps(master.Recorder.Interactions));
    }

    /// <summary>
    /// clembench's requests.json holds the Command-R prompt string; split at its turn tokens it must be exactly the
    /// messages our game master sent: the "Ok." filler, requests without the coda, probes with "ME:  " and never
    /// kept in the history.
    /// </summary>
    [Theory]
    [MemberData(nameof(Recorded.FirstEpisodes), MemberType = typeof(Recorded))]
    public async Task SentMessagesMatchTheRecordedRequests(string episode)
    {
        var dir = RecordedEpisodes.Folder(episode);
        var (master, _) = await Play(dir);
        var recorded = ClemJson.ReadFile(Path.Combine(dir, "requests.json"))!.AsArray();
        var ours = master.Recorder.Requests;
        Assert.Equal(recorded.Count, ours.Count);
        var codaSeen = 0;
        for (int i = 0; i < recorded.Count; i++)
        {
            var expected = CommandRMessages(recorded[i]!["manipulated_prompt_obj"]!["inputs"]!.GetValue<string>());
            var sent = ours[i]!["manipulated_prompt_obj"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), m["content"]!.GetValue<string>())).ToList();
            Assert.Equal(expected, sent);
            Assert.Equal(("assistant", "Ok."), sent[1]);
            codaSeen += sent.Count(m => m.Item2.Contains("Answer only this question", StringComparison.Ordinal));
        }
        Assert.Equal(0, codaSeen); // the coda is logged, never sent
        Assert.Contains(master.Recorder.Interactions["turns"]![1]!.AsArray(), e => e!["action"]!["content"]!.GetValue<string>().EndsWith("Answer only this question in one short sentence and then stop.", StringComparison.Ordinal));
    }

    static async Task<(GameMaster Master, ReplayModel Model)> Play(string episodeDir)
    {
        var spec = RecordedEpisodes.ClembenchCatalog().Get("privateshared");
        Assert.False(spec.IsOwn);
        var recorded = ClemJson.ReadObject(Path.Combine(episodeDir, "interactions.json"));
        var model = new ReplayModel(Recorded.Model, Replay.RecordedReplies(recorded)["Player 1"]);
        var experiment = EpisodeScoring.LoadExperiment(Path.GetDirectoryName(episodeDir)!);
        var master = spec.Implementation.CreateGameMaster(new GameContext(spec, experiment, [model], TimeProvider.System));
        master.Setup(ClemJson.ReadObject(Path.Combine(episodeDir, "instance.json")));
        await master.PlayAsync();
        Assert.Equal(0, model.Remaining);
        return (master, model);
    }

    static string WithoutTimestamps(JsonObject interactions)
    {
        var copy = interactions.DeepClone().AsObject();
        foreach (var turn in copy["turns"]!.AsArray())
            foreach (var ev in turn!.AsArray()) ev!.AsObject().Remove("timestamp");
        return ClemJson.Serialize(copy, indent: 1);
    }

    /// <summary>Cohere Command-R's chat template, read back into (role, content) pairs; the final empty chatbot turn is the generation slot.</summary>
    static List<(string, string)> CommandRMessages(string inputs)
    {
        const string start = "<|START_OF_TURN_TOKEN|>", end = "<|END_OF_TURN_TOKEN|>";
        Assert.StartsWith("<BOS_TOKEN>" + start, inputs);
        Assert.EndsWith(start + "<|CHATBOT_TOKEN|>", inputs);
        var body = inputs["<BOS_TOKEN>".Length..^(start + "<|CHATBOT_TOKEN|>").Length];
        var list = new List<(string, string)>();
        foreach (var part in body.Split(start, StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.EndsWith(end, part);
            var text = part[..^end.Length];
            if (text.StartsWith("<|USER_TOKEN|>", StringComparison.Ordinal)) list.Add(("user", text["<|USER_TOKEN|>".Length..]));
            else if (text.StartsWith("<|CHATBOT_TOKEN|>", StringComparison.Ordinal)) list.Add(("assistant", text["<|CHATBOT_TOKEN|>".Length..]));
            else Assert.Fail($"unexpected turn: {text[..Math.Min(40, text.Length)]}");
        }
        return list;
    }
}
