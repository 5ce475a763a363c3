using System.Text.Json.Nodes;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Running;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.Robustness;

/// <summary>
/// Model output is untrusted input: whatever a model says, every built-in game must finish the episode
/// (played, lost or aborted) and score it — never fail with a game error.
/// </summary>
public class UntrustedOutputTests
{
    /// <summary>Replies that poke at parsers: empty, whitespace, prefixes without content, odd Unicode, huge, grid-like junk, JSON, HTML.</summary>
    static readonly string[] Nasty =
    [
        "", " ", "\n\n", "CLUE:", "GUESS:", "guess:", "guess: \nexplanation:", "ANSWER:", "ASIDE:", "Answer: fourth",
        "Expression:", "Instruction:", "DONE", "▢ ▢ ▢\n▢", "X X X X X X X\n" + string.Concat(Enumerable.Repeat("▢ ", 40)),
        "\u0130\u03A3\u1680\u001c\ud83d\ude00 \ud800", new string('a', 20_000), "{\"json\": [1, 2]}", "<script>alert(1)</script>",
        "GUESS: \u0000", "CLUE: " + new string('x', 5000), "guess: ñandú\nexplanation: ü", "yes", "no", "agree: maybe",
    ];

    sealed class ScriptedModel(int offset) : IModel
    {
        int _i = offset;
        public ModelSpec Spec { get; } = new("nasty", "test");
        public GenerationConfig Generation { get; } = GenerationConfig.Default;

        public Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default)
        {
            var text = Nasty[Interlocked.Increment(ref _i) % Nasty.Length];
            return Task.FromResult(new ModelResponse(Message.ToJson(messages), new JsonObject { ["response"] = text }, text));
        }
    }

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var game in BuiltInGames.Implementations.Select(g => g.Name))
            foreach (var offset in new[] { 0, 3, 7, 11, 17 })
                data.Add(game, offset);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryGameFinishesAndScoresWhateverTheModelSays(string game, int offset)
    {
        var spec = BuiltInGames.Catalog().Get(game);
        var dir = SharedData.TempDir();
        // One experiment is enough: the parsers are shared by all experiments of a game.
        var experiment = spec.LoadInstances().Experiments[0].Name;
        var summary = await BenchmarkRunner.RunAsync(spec, [new ScriptedModel(offset)],
            new RunOptions { ResultsDir = dir, Experiment = experiment, Parallel = 4 });
        var failed = summary.Episodes.Where(e => e.Status != EpisodeStatus.Completed).ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed.Select(f => $"{f.Status} in {f.Directory}: {f.Error}")));
        foreach (var e in summary.Episodes)
        {
            var scores = ClemJson.ReadObject(Path.Combine(e.Directory, "scores.json"))["episode scores"]!.AsObject();
            Assert.True(scores.ContainsKey("Aborted") && scores.ContainsKey("Main Score"), e.Directory);
            var aborted = ClemJson.AsDouble(scores["Aborted"]);
            var main = ClemJson.AsDouble(scores["Main Score"])!.Value;
            // The clemscore contract: Main Score is NaN exactly when the episode was aborted.
            Assert.Equal(aborted == 1, double.IsNaN(main));
        }
    }
}
