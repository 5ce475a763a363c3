using System.Text.Json.Nodes;
using Clem.Backends.Tests.Servers;
using Clem.Backends.Tests.Support;
using Clem.Core.Json;
using Clem.Core.Models;
using Clem.Core.Running;
using Clem.Testing;
using Xunit;

namespace Clem.Backends.Tests;

/// <summary>
/// The real model end to end: stories260K served by an OpenAI-compatible endpoint on 127.0.0.1 (LLamaSharp)
/// and driven through the real openai_compatible backend, and the same model in-process through llamacpp,
/// over several turns of a game, recorded, scored and checked.
/// </summary>
public class EndToEndTests(ITestOutputHelper output)
{
    static string Registry(string baseUrl) => $$$"""
        [{"model_name": "stories-local", "backend": "openai_compatible", "model_id": "stories260K",
          "parameters": "292.8K", "open_weight": true, "release_date": "2023-08-01", "context_size": "2k",
          "model_config": {"endpoint": "llamacpp_server", "base_url": "{{{baseUrl}}}"}}]
        """;

    [Fact]
    public async Task StoriesThroughTheOpenAiCompatibleEndpoint_SeveralTurnsRecordedScoredAndCharacterised()
    {
        await using var endpoint = await StoriesEndpoint.StartAsync(SharedData.TestModel());
        var model = new ModelResolver(TestResolver.Options(Registry(endpoint.BaseUrl))).Get("stories-local", new GenerationConfig(MaxTokens: 40));
        var spec = RelayGame.Spec(rounds: 3, instances: 2);
        var results = SharedData.TempDir("e2e");
        var summary = await BenchmarkRunner.RunAsync(spec, [model], new RunOptions { ResultsDir = results });

        Assert.All(summary.Episodes, e => Assert.Equal(EpisodeStatus.Completed, e.Status));
        var episodeDir = Path.Combine(results, "stories-local-t0.0--stories-local-t0.0", "relay", "0_story", "episode_0");
        var interactions = ClemJson.ReadObject(Path.Combine(episodeDir, "interactions.json"));
        Assert.Equal(3, interactions["turns"]!.AsArray().Count);
        var requests = ClemJson.ReadFile(Path.Combine(episodeDir, "requests.json"))!.AsArray();
        Assert.Equal(6, requests.Count);                 // 3 rounds × 2 players, each a real model call
        Assert.Equal(6 * 2, endpoint.Requests.Count);    // both episodes
        var first = requests[0]!;
        Assert.Equal("stories260K", first["manipulated_prompt_obj"]!["model"]!.GetValue<string>());
        Assert.Equal(40, first["manipulated_prompt_obj"]!["max_tokens"]!.GetValue<int>());
        // The empty leading system message was dropped and the two opening user messages merged.
        var sentMessages = first["manipulated_prompt_obj"]!["messages"]!.AsArray();
        Assert.Single(sentMessages);
        Assert.EndsWith("\n\nOnce upon a time", sentMessages[0]!["content"]!.GetValue<string>());
        Assert.NotNull(first["raw_response_obj"]!["usage"]);
        Assert.Equal("openai_compatible", first["raw_response_obj"]!["clem_net"]!["backend"]!.GetValue<string>());
        Assert.NotNull(first["raw_response_obj"]!["clem_player"]);

        // A story model does not follow the format: aborted, Main Score NaN.
        var scores = ClemJson.ReadObject(Path.Combine(episodeDir, "scores.json"))["episode scores"]!;
        Assert.Equal(1, ClemJson.AsDouble(scores["Aborted"]));
        Assert.True(double.IsNaN(ClemJson.AsDouble(scores["Main Score"])!.Value));
        Assert.Equal(6, ClemJson.AsDouble(scores["Violated Request Count"]));

        // The run record carries the model's characteristics.
        var experiment = ClemJson.ReadObject(Path.Combine(results, "stories-local-t0.0--stories-local-t0.0", "relay", "0_story", "experiment_story.json"));
        var recorded = experiment["clem_net"]!["players"]![0]!["model"]!;
        Assert.Equal(292800, recorded["characteristics"]!["parameters"]!.GetValue<double>());
        Assert.Equal("openai_compatible:llamacpp_server", recorded["characteristics"]!["access_method"]!.GetValue<string>());
        Assert.Equal(2048, recorded["characteristics"]!["context_size"]!.GetValue<long>());

        // Evaluated: every episode aborted, so 0 % played and no quality.
        var evaluation = Clem.Evaluation.Evaluator.Run(results);
        var row = Assert.Single(evaluation.Table.Models);
        Assert.Equal("stories-local-t0.0--stories-local-t0.0", row.Model);
        Assert.Equal(0, row.AveragePercentPlayed);
        Assert.True(double.IsNaN(row.Clemscore)); // no quality score at all: clembench leaves the clemscore empty
        Assert.Equal(2, Assert.Single(evaluation.Episodes).Scored);
        Assert.True(File.Exists(Path.Combine(results, "results.csv")));

        // Greedy decoding through the endpoint: the same prompt gives the same reply.
        var again = await model.GenerateAsync([Message.FromUser("Once upon a time")]);
        var again2 = await model.GenerateAsync([Message.FromUser("Once upon a time")]);
        Assert.Equal(again.Text, again2.Text);
        output.WriteLine($"endpoint: {endpoint.CompletionTokens} completion tokens in {endpoint.GenerationSeconds:0.000} s = {endpoint.CompletionTokens / endpoint.GenerationSeconds:0} tokens/s (server side)");
    }

    [Fact]
    public async Task StoriesInProcessThroughLlamaCpp_SeveralTurnsRecordedScoredAndCharacterised()
    {
        var model = new ModelResolver(TestResolver.Options()).Get(SharedData.TestModel(), new GenerationConfig(MaxTokens: 40));
        var results = SharedData.TempDir("e2e");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var summary = await BenchmarkRunner.RunAsync(RelayGame.Spec(rounds: 3, instances: 2), [model], new RunOptions { ResultsDir = results });
        var seconds = watch.Elapsed.TotalSeconds;
        Assert.All(summary.Episodes, e => Assert.Equal(EpisodeStatus.Completed, e.Status));
        Assert.All(summary.Episodes, e => Assert.True(e.Aborted));
        var pair = Path.Combine(results, "stories260K-t0.0--stories260K-t0.0", "relay", "0_story");
        var requests = ClemJson.ReadFile(Path.Combine(pair, "episode_0", "requests.json"))!.AsArray();
        Assert.Equal(6, requests.Count);
        var tokens = requests.Sum(r => r!["raw_response_obj"]!["usage"]!["completion_tokens"]!.GetValue<int>());
        var rates = requests.Select(r => r!["raw_response_obj"]!["clem_net"]!["tokens_per_second"]?.GetValue<double>() ?? 0).ToList();
        Assert.All(rates, r => Assert.True(r > 0));
        var recorded = ClemJson.ReadObject(Path.Combine(pair, "experiment_story.json"))["clem_net"]!["players"]![0]!["model"]!;
        Assert.Equal("F32", recorded["characteristics"]!["quantisation_scheme"]!.GetValue<string>());
        Assert.Equal("gguf", recorded["characteristics"]!["parameters_source"]!.GetValue<string>());
        Assert.Equal(292800, recorded["gguf"]!["parameter_count"]!.GetValue<long>());
        output.WriteLine($"in-process: {tokens} completion tokens in episode 0; per-call decode rates {string.Join(", ", rates.Select(r => r.ToString("0")))} tokens/s; 2 episodes in {seconds:0.00} s");
    }

    [Fact]
    public async Task AFailingProviderMakesAnInfrastructureErrorNotAnAbortedEpisode()
    {
        await using var server = await FakeProviders.StartAsync();
        var model = RemoteBackendTests.Resolver(server.Url).Get($$$"""{"model_name": "broken", "backend": "openai_compatible", "model_id": "server-error", "model_config": {"base_url": "{{{server.Url}}}/v1"}}""", GenerationConfig.Default);
        var results = SharedData.TempDir("e2e");
        var summary = await BenchmarkRunner.RunAsync(RelayGame.Spec(rounds: 2, instances: 1), [model], new RunOptions { ResultsDir = results });
        var episode = Assert.Single(summary.Episodes);
        Assert.Equal(EpisodeStatus.InfrastructureError, episode.Status);
        var error = ClemJson.ReadObject(Path.Combine(episode.Directory, "error.json"));
        Assert.Equal("infrastructure", error["kind"]!.GetValue<string>());
        Assert.Equal("ServerError", error["error_kind"]!.GetValue<string>());
        Assert.False(File.Exists(Path.Combine(episode.Directory, "scores.json")));
        // The evaluation counts it apart instead of averaging it in or dropping it silently.
        var healthy = RemoteBackendTests.Resolver(server.Url).Get("compat", GenerationConfig.Default);
        await BenchmarkRunner.RunAsync(RelayGame.Spec(rounds: 2, instances: 1), [healthy], new RunOptions { ResultsDir = results });
        var evaluation = Clem.Evaluation.Evaluator.Run(results);
        var failed = evaluation.Episodes.Single(a => a.Model == "broken-t0.0--broken-t0.0");
        Assert.Equal(1, failed.InfrastructureErrors);
        Assert.Equal(0, failed.Scored);
        var fine = Assert.Single(evaluation.Table.Models);
        Assert.Equal(100, fine.AveragePercentPlayed);
    }
}
