using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Running;
using Clem.Games.Wordle;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.Wordle;

/// <summary>Our own wordle version: generated instances, declared settings, programmatic players.</summary>
public class WordleOwnVersionTests
{
    static GameCatalog Catalog => BuiltInGames.Catalog();

    [Theory]
    [InlineData("wordle", "instances.json")]
    [InlineData("wordle_withclue", "instances_withclue.json")]
    [InlineData("wordle_withcritic", "instances_withcritic.json")]
    public void Committed_instances_are_what_the_generator_makes_from_the_committed_lists(string game, string file)
    {
        var spec = Catalog.Get(game);
        Assert.True(spec.IsOwn);
        var generator = spec.Implementation.Generator!;
        var generated = generator.Generate(spec.Directory, generator.DefaultSeed);
        var committed = Path.Combine(SharedData.RepoRoot(), "src", "Clem.Games", "games", "wordle", "in", file);
        Assert.Equal(File.ReadAllText(committed), ClemJson.Serialize(generated, indent: 2, ensureAscii: false));
        Assert.Equal(file, Path.GetFileName(spec.InstancesPath()));
    }

    [Fact]
    public void The_variants_share_their_target_words_and_a_seed_changes_them()
    {
        List<string> Targets(string game, int seed) =>
            Catalog.Get(game).Implementation.Generator!.Generate(Catalog.Get(game).Directory, seed)["experiments"]!.AsArray()
                .SelectMany(e => e!["game_instances"]!.AsArray()).Select(i => i!["target_word"]!.GetValue<string>()).ToList();
        var classic = Targets("wordle", 17);
        Assert.Equal(30, classic.Distinct().Count());
        Assert.Equal(classic, Targets("wordle_withclue", 17));
        Assert.Equal(classic, Targets("wordle_withcritic", 17));
        Assert.NotEqual(classic, Targets("wordle", 18));
        var allowed = WordleWordList.Load(Path.Combine(Catalog.Get("wordle").Directory, "resources", "allowed_words.txt")).ToHashSet();
        Assert.Equal(12653, allowed.Count);
        Assert.All(classic, w => Assert.Contains(w, allowed));
    }

    [Fact]
    public void Our_version_declares_the_fixed_behaviour_and_clembench_data_gets_the_quirks()
    {
        var own = Catalog.Get("wordle_withcritic");
        Assert.Equal(ClemJson.Serialize(WordleSettings.Default), ClemJson.Serialize(own.Settings));
        Assert.False(WordleSettings.Get(own.Settings, WordleSettings.LegacyFeedback, true));
        var clembench = RecordedEpisodes.ClembenchCatalog().Get("wordle_withcritic");
        Assert.False(clembench.IsOwn);
        Assert.Equal(ClemJson.Serialize(WordleSettings.Clembench), ClemJson.Serialize(clembench.Settings));
    }

    [Fact]
    public async Task Programmatic_players_solve_our_instances_and_mock_players_lose_without_aborting()
    {
        var results = SharedData.TempDir("wordle-run");
        var spec = Catalog.Get("wordle_withcritic");
        var options = new RunOptions { ResultsDir = results, Experiment = "low_frequency_words_clue_with_critic" };
        var prog = await BenchmarkRunner.RunAsync(spec, [new ProgrammaticModel(ProgrammaticKind.Programmatic)], options, TestContext.Current.CancellationToken);
        var mock = await BenchmarkRunner.RunAsync(spec, [new ProgrammaticModel(ProgrammaticKind.Mock)], options, TestContext.Current.CancellationToken);
        Assert.Equal(10, prog.Episodes.Count);
        Assert.All(prog.Episodes, o => Assert.True(o.MainScore > 0, $"{o.Directory}: programmatic play did not win"));
        Assert.All(mock.Episodes, o => Assert.Equal((0.0, false), (o.MainScore, o.Aborted)));
        // what we recorded replays identically
        var replays = await Replay.RunAllAsync(results, Catalog, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(20, replays.Count);
        Assert.All(replays, r => Assert.True(r.IsIdentical, r.Difference));
        Directory.Delete(results, true);
    }

    [Fact]
    public void Programmatic_critic_disagrees_with_a_guess_that_contradicts_the_feedback()
    {
        var config = WordleConfig.FromExperiment(ScriptedWordle.Experiment(true, true), "test");
        var allowed = ScriptedWordle.Words.ToHashSet();
        var critic = new WordleCritic(new ProgrammaticModel(ProgrammaticKind.Programmatic), config, allowed);
        List<Message> history =
        [
            Message.FromUser("CRITIC RULES\nclue:begin\nguess:board\nexplanation:x\n"),
            Message.FromUser(""),
            Message.FromUser("clue:begin\nguess:GUESS\nexplanation:x\nguess_feedback: b<red> o<red> a<green> r<green> d<red>"),
        ];
        string Ask(string guess) => critic.CallAsync([.. history.Take(2), Message.FromUser(history[2].Content.Replace("GUESS", guess))], 0, TimeProvider.System)
            .GetAwaiter().GetResult().Text;
        Assert.StartsWith("agreement: yes", Ask("start"));  // s t a r t fits: a, r green; b, o, d absent
        Assert.StartsWith("agreement: no", Ask("crane"));   // r would have to be at position 4
        Assert.StartsWith("agreement: no", Ask("board"));   // b is red
    }
}
