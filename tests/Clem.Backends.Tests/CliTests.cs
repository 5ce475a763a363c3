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
        var (code, stdout, stderr) = await ClemProcess.RunAsync(work, null, "run", "-g", "hellogame", "-m", "stories-local", "--registry", "reg.json", "-l", "30", "-r", "results");
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("3 episode(s) played", stdout);
        var episode = Path.Combine(work, "results", "stories-local-t0.0--stories-local-t0.0", "hellogame", "0_greet_en", "episode_0");
        Assert.Equal(1, ClemJson.AsDouble(ClemJson.ReadObject(Path.Combine(episode, "scores.json"))["episode scores"]!["Aborted"]));
        Assert.Equal(3, endpoint.Requests.Count);
    }

    [Fact]
    public async Task RunWithALocalGgufPath()
    {
        var work = SharedData.TempDir("cli");
        var (code, stdout, stderr) = await ClemProcess.RunAsync(work, null, "run", "-g", "hellogame", "-m", SharedData.TestModel(), "-l", "30", "-r", "results");
        Assert.True(code == 0, stdout + stderr);
        var experiment = ClemJson.ReadObject(Path.Combine(work, "results", "stories260K-t0.0--stories260K-t0.0", "hellogame", "0_greet_en", "experiment_greet_en.json"));
        Assert.Equal("llamacpp", experiment["clem_net"]!["players"]![0]!["model"]!["backend"]!.GetValue<string>());
        Assert.DoesNotContain("llama_model_loader", stdout + stderr); // native logs are silenced
    }
}
