using Clem.Backends.Tests.Servers;
using Clem.Backends.Tests.Support;
using Clem.Testing;
using Xunit;

namespace Clem.Backends.Tests;

/// <summary>Keys never reach results, logs or requests.json — even when a server echoes them.</summary>
public class KeyLeakTests
{
    const string Secret = "sk-leakcheck-3f9a1c77e2b54d08";

    [Fact]
    public async Task AFullCliRunWithAFakeKeyWritesItNowhere()
    {
        await using var server = await FakeProviders.StartAsync();
        var work = SharedData.TempDir("leak");
        File.WriteAllText(Path.Combine(work, "reg.json"), $$$"""
            [{"model_name": "echo", "backend": "openai_compatible", "model_id": "echo-key", "model_config": {"endpoint": "myhost", "base_url": "{{{server.Url}}}/v1"}},
             {"model_name": "denied", "backend": "openai_compatible", "model_id": "auth", "model_config": {"endpoint": "myhost", "base_url": "{{{server.Url}}}/v1"}},
             {"model_name": "fine", "backend": "anthropic", "model_id": "ok", "model_config": {"base_url": "{{{server.Url}}}"}}]
            """);
        File.WriteAllText(Path.Combine(work, "keys.json"), $$$"""{"anthropic": {"api_key": "{{{Secret}}}-anthropic"}}""");
        var env = new Dictionary<string, string> { ["MYHOST_API_KEY"] = Secret, ["CLEM_LLAMA_LOG"] = "1" };
        var outputs = new List<string>();
        foreach (var model in new[] { "echo", "denied", "fine" })
        {
            var (code, stdout, stderr) = await ClemProcess.RunAsync(work, env, "run", "-g", "hellogame", "-m", model, "--registry", "reg.json", "--key-file", "keys.json", "-r", "results", "--retries", "0");
            outputs.Add(stdout + stderr);
            Assert.True(code is 0 or 2, $"clem run -m {model} exited {code}: {stdout}{stderr}");
        }
        // The server did receive the keys (so the test is not vacuous)…
        Assert.Contains(server.Requests, r => r.Authorization == $"Bearer {Secret}");
        Assert.Contains(server.Requests, r => r.ApiKeyHeader == $"{Secret}-anthropic" || r.Authorization == $"Bearer {Secret}-anthropic");
        // …and echoed one back in a reply and in an error; the runs wrote records and error files.
        var files = Directory.GetFiles(Path.Combine(work, "results"), "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("requests.json"));
        Assert.Contains(files, f => f.EndsWith("error.json"));
        foreach (var file in files)
            Assert.DoesNotContain(Secret, File.ReadAllText(file));
        foreach (var text in outputs)
            Assert.DoesNotContain(Secret, text);
        var echoed = Directory.GetFiles(Path.Combine(work, "results"), "requests.json", SearchOption.AllDirectories).Select(File.ReadAllText).First(t => t.Contains("your key is"));
        Assert.Contains("your key is ***", echoed);
    }
}
