using Clem.Backends.Tests.Servers;
using Clem.Backends.Tests.Support;
using Clem.Core.Json;
using Clem.Testing;
using Xunit;

namespace Clem.Backends.Tests;

/// <summary>The clem CLI with the backends: list models/backends, run with a registry name and with a GGUF path.</summary>
public class CliTests
{
    [Fact]
    public async Task ListModelsShowsRegistryEntriesAndCharacteristics()
    {
        var work = SharedData.TempDir("cli");
        var path = SharedData.TestModel();
        File.WriteAllText(Path.Combine(work, "model_registry.json"), $$$"""
            [{"model_name": "tiny-local", "backend": "llamacpp", "release_date": "2023-08-01", "license": {"name": "MIT", "url": "u"}, "model_config": {"model_path": "{{{path}}}"}}]
            """);
        var (code, stdout, stderr) = await ClemProcess.RunAsync(work, null, "list", "models", "-v");
        Assert.True(code == 0, stderr);
        Assert.Contains("tiny-local", stdout);
        Assert.Contains("292.8K", stdout);               // read from the GGUF
        Assert.Contains("quantisation_scheme: F32", stdout);
        Assert.Contains("license: MIT", stdout);
        Assert.Contains("gpt-4o-2024-08-06", stdout);    // packaged entries follow
        Assert.Contains("Meta-Llama-3.1-8B-Instruct-GGUF-q4", stdout);
        Assert.Contains("model_registry.json", stdout);
    }

    [Fact]
    public async Task ListBackendsShowsWhereKeysComeFromWithoutShowingThem()
    {
        var work = SharedData.TempDir("cli");
        var (code, stdout, _) = await ClemProcess.RunAsync(work, new Dictionary<string, string> { ["OPENAI_API_KEY"] = "sk-listing-secret-123456" }, "list", "backends");
        Assert.Equal(0, code);
        foreach (var b in new[] { "openai", "openai_compatible", "anthropic", "ollama", "llamacpp", "programmatic", "human", "replay" })
            Assert.Contains(b, stdout);
        Assert.Contains("$OPENAI_API_KEY", stdout);
        Assert.DoesNotContain("sk-listing-secret-123456", stdout);
        Assert.Contains("huggingface_local", stdout);
    }

    [Fact]
    public async Task RunWithARegistryNameServedByTheLocalStoriesEndpoint()
    {
        await using var endpoint = await StoriesEndpoint.StartAsync(SharedData.TestModel());
        var work = SharedData.TempDir("cli");
        File.WriteAllText(Path.Combine(work, "reg.json"), $$$"""[{"model_name": "stories-local", "backend": "openai_compatible", "model_id": "stories260K", "model_config": {"base_url": "{{{endpoint.BaseUrl}}}"}}]""");
        var (code, stdout, stderr) = await ClemProcess.RunAsync(work, null, "run", "-g", "taboo", "-e", "high_en", "-m", "stories-local", "--registry", "reg.json", "-l", "30", "-r", "results");
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("20 episode(s) played", stdout);
        var experiment = Path.Combine(work, "results", "stories-local-t0.0--stories-local-t0.0", "taboo", "0_high_en");
        var episodes = Directory.GetDirectories(experiment, "episode_*");
        Assert.Equal(20, episodes.Length);
        foreach (var episode in episodes)
        {
            // A story model does not give "CLUE: …": every episode ends aborted, recorded and scored.
            Assert.True(File.Exists(Path.Combine(episode, "requests.json")));
            Assert.Equal(1, ClemJson.AsDouble(ClemJson.ReadObject(Path.Combine(episode, "scores.json"))["episode scores"]!["Aborted"]));
        }
        Assert.True(endpoint.Requests.Count >= 20);
        var record = ClemJson.ReadObject(Path.Combine(experiment, "experiment_high_en.json"))["clem_net"]!["players"]![0]!["model"]!;
        Assert.Equal("openai_compatible:openai_compatible", record["characteristics"]!["access_method"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunWithALocalGgufPath()
    {
        var work = SharedData.TempDir("cli");
        var (code, stdout, stderr) = await ClemProcess.RunAsync(work, null, "run", "-g", "taboo", "-e", "low_en", "-m", SharedData.TestModel(), "-l", "30", "-r", "results");
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("20 episode(s) played", stdout);
        var dir = Path.Combine(work, "results", "stories260K-t0.0--stories260K-t0.0", "taboo", "2_low_en");
        var experiment = ClemJson.ReadObject(Path.Combine(dir, "experiment_low_en.json"));
        var model = experiment["clem_net"]!["players"]![0]!["model"]!;
        Assert.Equal("llamacpp", model["backend"]!.GetValue<string>());
        Assert.Equal(292800, model["characteristics"]!["parameters"]!.GetValue<double>());
        Assert.Equal("F32", model["characteristics"]!["quantisation_scheme"]!.GetValue<string>());
        Assert.Equal(20, Directory.GetFiles(dir, "scores.json", SearchOption.AllDirectories).Length);
        Assert.DoesNotContain("llama_model_loader", stdout + stderr); // native logs are silenced
    }
}
