using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clem.Analysis.Data;
using Clem.Backends;
using Clem.Cli;
using Clem.Cli.Commands;
using Clem.Core.Models;
using Clem.Core.Running;
using Clem.Games;
using Clem.Testing;
using Xunit;
using BackendCharacteristics = Clem.Backends.Registry.ModelCharacteristics;

namespace Clem.Analysis.Tests;

/// <summary>
/// Characteristics recorded by real runs (BenchmarkRunner on hellogame) are found by `clem analyze` without
/// --models; a --models file wins over them and they fill what it lacks.
/// </summary>
public class RecordedCharacteristicsTests
{
    /// <summary>A model that greets: "small" forgets the name (played, score 0), "big" greets correctly.</summary>
    sealed class GreetingModel(ModelSpec spec, bool greetsByName) : IModel
    {
        public ModelSpec Spec { get; } = spec;
        public GenerationConfig Generation { get; } = GenerationConfig.Default;

        public Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default)
        {
            var name = messages[^1].Content.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
            var text = greetsByName ? $"GREETING: Hello {name}!" : "GREETING: Hello there!";
            return Task.FromResult(new ModelResponse(Message.ToJson(messages), new JsonObject { ["response"] = text }, text));
        }
    }

    const string Small = "tiny-7b-chat", Big = "huge-70b-chat";

    static readonly Lazy<Task<string>> Tree = new(BuildTree);

    /// <summary>
    /// Two runs into one results tree. The small model's spec is built the way the backends build it (registry
    /// entry + normalised "characteristics" block, here a local GGUF at Q4_K_M); the big one's entry carries
    /// only the registry's top-level fields (Q8_0, closed weights).
    /// </summary>
    static async Task<string> BuildTree()
    {
        var dir = SharedData.TempDir("clem-analyze-records");
        var smallEntry = new JsonObject
        {
            ["model_name"] = Small, ["backend"] = "llamacpp", ["parameters"] = "7B", ["training_tokens"] = "2T",
            ["release_date"] = "2024-05-01", ["open_weight"] = true, ["base_model"] = "tiny-7b",
            ["fine_tuning"] = new JsonObject { ["data"] = "TinyChat", ["method"] = "SFT" },
            ["instruction_tuned"] = true, ["provider"] = "Tiny Labs", ["context_size"] = "8k",
            ["quantisation"] = new JsonObject { ["bits"] = 4, ["scheme"] = "Q4_K_M" },
            ["languages"] = new JsonArray("en", "de"),
        };
        var smallSpec = RecordedSpec.Build(smallEntry, "llamacpp",
            BackendCharacteristics.FromEntry(smallEntry) with { AccessMethod = "local:llamacpp" });
        var bigSpec = new ModelSpec(Big, "openai_compatible", new JsonObject
        {
            ["parameters"] = "70B", ["open_weight"] = false, ["release_date"] = "2024-06-01",
            ["quantisation"] = new JsonObject { ["bits"] = 8, ["scheme"] = "Q8_0" }, ["fine_tuning"] = "RLHF",
        });
        var hello = BuiltInGames.Catalog().Get("hellogame");
        foreach (var model in new IModel[] { new GreetingModel(smallSpec, false), new GreetingModel(bigSpec, true) })
        {
            var summary = await BenchmarkRunner.RunAsync(hello, [model], new RunOptions { ResultsDir = dir });
            Assert.Equal(3, summary.Count(EpisodeStatus.Completed));
        }
        return dir;
    }

    static async Task<int> Clem(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(new AnalyzeCommand().Build());
        return await CliRunner.InvokeAsync(root, args);
    }

    [Fact]
    public async Task RunRecordsGiveEachPairItsModelsCharacteristics()
    {
        var tree = await Tree.Value;
        var diag = new Diagnostics();
        var recorded = RecordedCharacteristics.Read(tree, "records", diag).ToDictionary(c => c.Name);
        Assert.Empty(diag.Warnings);
        Assert.Equal([$"{Big}-t0.0--{Big}-t0.0", $"{Small}-t0.0--{Small}-t0.0"], recorded.Keys.Order(StringComparer.Ordinal));

        var small = recorded[$"{Small}-t0.0--{Small}-t0.0"];
        Assert.Equal((7.0, 2.0), (small.ParametersB, small.TrainingTokensT));
        Assert.Equal(("Q4_K_M", 4), (small.Quantisation, small.QuantBits));
        Assert.Equal("local:llamacpp", small.Access); // only in the characteristics block
        Assert.Equal("TinyChat (SFT)", small.FineTuning);
        Assert.Equal((true, true, true), (small.OpenWeights, small.InstructionTuned, small.Multilingual));
        Assert.Equal(8.0, small.ContextK);
        Assert.Equal(new DateOnly(2024, 5, 1), small.ReleaseDate);
        Assert.Equal("run records (records)", small.Source);

        var big = recorded[$"{Big}-t0.0--{Big}-t0.0"]; // no characteristics block: the top-level registry fields
        Assert.Equal(70.0, big.ParametersB);
        Assert.Equal(("Q8_0", 8), (big.Quantisation, big.QuantBits));
        Assert.Equal((false, "RLHF"), (big.OpenWeights, big.FineTuning));

        var run = ResultsLoader.Load(tree, "records");
        var catalog = ModelCatalog.Build([run], [], diag, recorded.Values.ToList());
        var entry = catalog.All.Single(e => e.Name == Small);
        Assert.Equal(("llama.cpp", "Q4_K_M", 4), (entry.Access, entry.Quantisation, entry.QuantBits));
    }

    [Fact]
    public async Task AnalyzeWithoutModelsFindsTheRecordedCharacteristics()
    {
        var tree = await Tree.Value;
        var outDir = SharedData.TempDir("clem-analyze");
        Assert.Equal(0, await Clem("analyze", "-r", tree, "-o", outDir, "-b", "100"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "analysis.json")));
        var root = json.RootElement;
        var rows = root.GetProperty("leaderboard").GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("model").GetString()!);
        Assert.Equal(7.0, rows[Small].GetProperty("parameters_b").GetDouble());
        Assert.Equal(70.0, rows[Big].GetProperty("parameters_b").GetDouble());
        Assert.True(rows[Small].GetProperty("open_weights").GetBoolean());
        Assert.False(rows[Big].GetProperty("open_weights").GetBoolean());
        Assert.Equal(100.0, rows[Big].GetProperty("clemscore").GetDouble()); // the scores are the runs' own
        Assert.Equal(0.0, rows[Small].GetProperty("clemscore").GetDouble());
        var sources = root.GetProperty("provenance").GetProperty("model_characteristics").EnumerateArray()
            .ToDictionary(s => s.GetProperty("model").GetString()!, s => s.GetProperty("source").GetString());
        Assert.Equal($"run records ({ResultsLoader.RunLabel(tree)})", sources[Small]);
        Assert.Empty(root.GetProperty("provenance").GetProperty("characteristics_files").EnumerateArray());
        Assert.DoesNotContain(root.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("no model characteristics"));
        var md = File.ReadAllText(Path.Combine(outDir, "analysis.md"));
        Assert.Contains("| characteristics from |", md);
        Assert.Contains($"| {Small} | ", md);
        Assert.Contains("no --models file; run records (", md);
    }

    [Fact]
    public async Task GivenModelsWinAndRecordsFillWhatTheyLack()
    {
        var tree = await Tree.Value;
        var dir = SharedData.TempDir("clem-analysis");
        var registry = Path.Combine(dir, "model_registry.json");
        // States the small model at 8B (conflict) and says nothing about its quantisation or training data.
        File.WriteAllText(registry, $$"""[{"model_name": "{{Small}}", "backend": "llamacpp", "parameters": "8B", "open_weight": true}]""");
        var outDir = SharedData.TempDir("clem-analyze");
        Assert.Equal(0, await Clem("analyze", "-r", tree, "--models", registry, "-o", outDir, "-b", "100"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "analysis.json")));
        var root = json.RootElement;
        var rows = root.GetProperty("leaderboard").GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("model").GetString()!);
        Assert.Equal(8.0, rows[Small].GetProperty("parameters_b").GetDouble()); // --models wins
        Assert.Equal(70.0, rows[Big].GetProperty("parameters_b").GetDouble()); // records only
        var warnings = root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.Contains("model_registry.json and run records") && w.Contains("parameters 8 vs 7") && w.Contains("disagree"));
        Assert.DoesNotContain(warnings, w => w.Contains("open_weight")); // the same fact twice is no conflict
        var source = root.GetProperty("provenance").GetProperty("model_characteristics").EnumerateArray()
            .Single(s => s.GetProperty("model").GetString() == Small).GetProperty("source").GetString()!;
        Assert.StartsWith("model_registry.json + run records (", source);
        Assert.Contains("training_tokens", source);
        Assert.Contains("quantisation", source);
    }

    [Fact]
    public void PackagedRegistryParsesWithItsCharacteristics()
    {
        var path = Path.Combine(SharedData.RepoRoot(), "src", "Clem.Backends", "model_registry.json");
        var diag = new Diagnostics();
        var models = CharacteristicsLoader.Load(path, diag).ToDictionary(c => c.Name);
        Assert.Empty(diag.Warnings);
        Assert.True(models.Count >= 10);
        var groq = models["Llama-3.1-8B-Instruct-groq"];
        Assert.Equal((8.0, 15.0, 128.0), (groq.ParametersB, groq.TrainingTokensT, groq.ContextK));
        Assert.Equal("public instruction data + synthetic data (SFT + rejection sampling + DPO)", groq.FineTuning);
        Assert.Equal(("Meta", "Llama-3.1-8B", "openai_compatible"), (groq.Provider, groq.BaseModel, groq.Access));
        Assert.Equal((true, true, true), (groq.OpenWeights, groq.InstructionTuned, groq.Multilingual));
        Assert.Equal(new DateOnly(2024, 7, 23), groq.ReleaseDate);
        var mixtral = models.Values.Single(m => m.Name.StartsWith("Mixtral-8x7B", StringComparison.Ordinal));
        Assert.Equal((46.7, 12.9), (mixtral.ParametersB, mixtral.ActiveParametersB));
        Assert.Equal(("Q4_K_M", 4), (models["llama3.1-8b-ollama"].Quantisation, models["llama3.1-8b-ollama"].QuantBits));
        Assert.Equal(0.0002928, models["stories260K"].ParametersB!.Value, 10);
        Assert.Equal("TinyStories (pretraining only)", models["stories260K"].FineTuning);
        var gpt = models["gpt-4o-2024-08-06"];
        Assert.Equal((null, false, "Proprietary"), (gpt.ParametersB, gpt.OpenWeights, gpt.License));
    }

    [Fact]
    public async Task PackagedRegistryThroughModelsGivesNoSpuriousWarnings()
    {
        var tree = await Tree.Value;
        var path = Path.Combine(SharedData.RepoRoot(), "src", "Clem.Backends", "model_registry.json");
        var outDir = SharedData.TempDir("clem-analyze");
        Assert.Equal(0, await Clem("analyze", "-r", tree, "--models", path, "-o", outDir, "-b", "50"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "analysis.json")));
        var warnings = json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Equal(["only 50 bootstrap resamples: intervals and p values are coarse (use ≥ 2000 for a report)"], warnings);
    }
}
