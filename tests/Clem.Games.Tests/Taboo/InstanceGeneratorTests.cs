using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Games.Taboo;
using Clem.Games.Text;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.Taboo;

public class InstanceGeneratorTests
{
    static string GameFolder => Path.Combine(SharedData.RepoRoot(), "src", "Clem.Games", "games", "taboo");

    [Fact]
    public void CommittedInstancesAreTheGeneratorsOutputForTheRecordedSeed()
    {
        var committed = ClemJson.ReadObject(Path.Combine(GameFolder, "in", "instances.json"));
        var seed = committed["clem_net_provenance"]!["seed"]!.GetValue<int>();
        var generated = new TabooInstanceGenerator().Generate(GameFolder, seed);
        Assert.Equal(ClemJson.Serialize(committed), ClemJson.Serialize(generated));
        Assert.NotEqual(ClemJson.Serialize(generated), ClemJson.Serialize(new TabooInstanceGenerator().Generate(GameFolder, seed + 1)));
    }

    [Fact]
    public void InstancesFollowClembenchsShapeAndHaveUsableTabooWords()
    {
        var file = InstanceFile.FromJson(new TabooInstanceGenerator().Generate(GameFolder, 7), "generated");
        Assert.Equal(["high_en", "medium_en", "low_en"], file.Experiments.Select(e => e.Name));
        var targets = new HashSet<string>();
        foreach (var exp in file.Experiments)
        {
            Assert.Equal(3, exp.Parameters["max_turns"]!.GetValue<int>());
            foreach (var key in new[] { "describer_initial_prompt", "guesser_initial_prompt" })
                Assert.Contains("$N$", exp.Parameters[key]!.GetValue<string>());
            Assert.Contains("$TARGET_WORD$", exp.Parameters["describer_initial_prompt"]!.GetValue<string>());
            Assert.Contains("$REL_WORD$", exp.Parameters["describer_initial_prompt"]!.GetValue<string>());
            Assert.Equal(Enumerable.Range(0, 20), exp.Instances.Select(i => i["game_id"]!.GetValue<int>()));
            foreach (var inst in exp.Instances)
            {
                var target = inst["target_word"]!.GetValue<string>();
                Assert.True(targets.Add(target), $"{target} drawn twice");
                var related = inst["related_word"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
                Assert.Equal(3, related.Count);
                var stems = related.Select(NltkEnglishStemmer.Stem).Append(NltkEnglishStemmer.Stem(target)).ToList();
                Assert.Equal(stems.Count, stems.Distinct().Count());
                Assert.Equal(NltkEnglishStemmer.Stem(target), inst["target_word_stem"]!.GetValue<string>());
                Assert.Equal(related.Select(NltkEnglishStemmer.Stem), inst["related_word_stem"]!.AsArray().Select(n => n!.GetValue<string>()));
                Assert.DoesNotContain(related, StopwordList.ClemNet.Contains);
            }
        }
    }

    [Fact]
    public void LexiconRowsAreWellFormed()
    {
        var lexicon = TabooLexicon.Load(Path.Combine(GameFolder, TabooLexicon.RelativePath));
        Assert.Equal(900, lexicon.Entries.Count);
        Assert.All(new[] { "high", "medium", "low" }, band => Assert.Equal(300, lexicon.Entries.Count(e => e.Band == band)));
        Assert.All(lexicon.Entries, e => Assert.True(e.Related.Count >= 3 && e.Definition.Length > 0, e.Word));
    }

    [Fact]
    public void SplitMix64IsStable() =>
        Assert.Equal(0xE220A8397B1DCDAFUL, new SplitMix64(0).Next()); // published first output for seed 0
}
