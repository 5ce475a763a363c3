using Clem.Backends.HuggingFace;
using Clem.Backends.Tests.Servers;
using Clem.Backends.Tests.Support;
using Clem.Core.Models;
using Clem.Testing;
using Xunit;

namespace Clem.Backends.Tests;

public class HuggingFaceTests
{
    static async Task<FakeHub> Hub() => await FakeHub.StartAsync(new() { ["tinyllamas/stories260K.gguf"] = SharedData.TestModel(), ["tinyllamas/stories15M-q4_0.gguf"] = SharedData.TestModel() });

    const string Entry = """[{"model_name": "stories260K", "backend": "llamacpp", "huggingface_id": "ggml-org/models", "model_config": {"filename": "*/stories260K.gguf"}}]""";

    [Fact]
    public async Task ARegistryEntryDownloadsTheGgufOnceIntoTheCacheAndRunsIt()
    {
        await using var hub = await Hub();
        var cache = SharedData.TempDir("hf-cache");
        var options = TestResolver.Options(Entry, hf: new HfOptions(hub.Url, null, cache));
        var model = new ModelResolver(options).Get("stories260K", new GenerationConfig(MaxTokens: 10));
        var local = Path.Combine(cache, "ggml-org--models", "main", "tinyllamas", "stories260K.gguf");
        Assert.True(File.Exists(local));
        Assert.Equal(File.ReadAllBytes(SharedData.TestModel()), File.ReadAllBytes(local));
        Assert.Equal(local, model.Spec.Entry["gguf"]!["path"]!.GetValue<string>());
        Assert.Equal("gguf", model.Spec.Entry["characteristics"]!["parameters_source"]!.GetValue<string>());
        Assert.NotEmpty((await model.GenerateAsync([Message.FromUser("Once upon a time")])).Text);

        var downloads = hub.Requests.Count(r => r.Path.Contains("/resolve/"));
        new ModelResolver(options).Get("stories260K", GenerationConfig.Default);
        Assert.Equal(downloads, hub.Requests.Count(r => r.Path.Contains("/resolve/"))); // cached: not fetched again
        Assert.Equal(1, downloads);
    }

    [Fact]
    public async Task AnInterruptedDownloadResumesWithARangeRequest()
    {
        await using var hub = await Hub();
        hub.CutFirstDownload = true;
        var cache = SharedData.TempDir("hf-cache");
        var path = await new HfDownloader(new HfOptions(hub.Url, null, cache)).DownloadAsync("ggml-org/models", "*/stories260K.gguf");
        Assert.Equal(File.ReadAllBytes(SharedData.TestModel()), File.ReadAllBytes(path));
        var downloads = hub.Requests.Where(r => r.Path.Contains("/resolve/")).ToList();
        Assert.Equal(2, downloads.Count);
        Assert.Null(downloads[0].Range);
        Assert.StartsWith("bytes=", downloads[1].Range);
        Assert.NotEqual("bytes=0-", downloads[1].Range);
        Assert.False(File.Exists(path + ".incomplete"));
    }

    [Fact]
    public async Task AChecksumMismatchIsAnErrorAndLeavesNoFile()
    {
        await using var hub = await Hub();
        hub.WrongSha = true;
        var cache = SharedData.TempDir("hf-cache");
        var e = await Assert.ThrowsAsync<ClemUserException>(() => new HfDownloader(new HfOptions(hub.Url, null, cache)).DownloadAsync("ggml-org/models", "*/stories260K.gguf"));
        Assert.Contains("sha256 mismatch", e.Message);
        Assert.Empty(Directory.GetFiles(cache, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task TheTokenIsSentAsABearerHeaderAndItsAbsenceIsExplained()
    {
        await using var hub = await Hub();
        hub.RequiredToken = "hf_test_token_123456";
        var cache = SharedData.TempDir("hf-cache");
        var e = await Assert.ThrowsAsync<ClemUserException>(() => new HfDownloader(new HfOptions(hub.Url, null, cache)).DownloadAsync("ggml-org/models", "*/stories260K.gguf"));
        Assert.Contains("HF_TOKEN", e.Message);
        var path = await new HfDownloader(new HfOptions(hub.Url, "hf_test_token_123456", cache)).DownloadAsync("ggml-org/models", "*/stories260K.gguf");
        Assert.True(File.Exists(path));
        Assert.All(hub.Requests.Skip(1), r => Assert.Equal("Bearer hf_test_token_123456", r.Authorization));
    }

    [Fact]
    public async Task GlobsMustMatchExactlyOneFile()
    {
        await using var hub = await Hub();
        var downloader = new HfDownloader(new HfOptions(hub.Url, null, SharedData.TempDir("hf-cache")));
        Assert.Contains("matches several files", (await Assert.ThrowsAsync<ClemUserException>(() => downloader.DownloadAsync("ggml-org/models", "*.gguf"))).Message);
        Assert.Contains("no file matches", (await Assert.ThrowsAsync<ClemUserException>(() => downloader.DownloadAsync("ggml-org/models", "*Q8_0.gguf"))).Message);
        Assert.Contains("not found", (await Assert.ThrowsAsync<ClemUserException>(() => downloader.DownloadAsync("someone/else", "*.gguf"))).Message);
    }

    [Fact]
    public void HonoursHuggingFaceEnvironmentVariables()
    {
        var env = new Dictionary<string, string> { ["HF_ENDPOINT"] = "http://127.0.0.1:5555/", ["HF_TOKEN"] = "hf_x", ["HOME"] = "/home/u", ["HF_HUB_OFFLINE"] = "1" };
        var o = HfOptions.FromEnvironment(n => env.GetValueOrDefault(n));
        Assert.Equal("http://127.0.0.1:5555", o.Endpoint);
        Assert.Equal("hf_x", o.Token);
        Assert.True(o.Offline);
        Assert.Equal("/home/u/.cache/clem/models", o.CacheDirectory);
        Assert.Equal(HfOptions.DefaultEndpoint, HfOptions.FromEnvironment(_ => null).Endpoint);
        Assert.Equal("/c", HfOptions.FromEnvironment(n => n == "CLEM_MODEL_CACHE" ? "/c" : null).CacheDirectory);
    }

    [Theory]
    [InlineData("tinyllamas/stories260K.gguf", "*Q4_K_M.gguf", false)]
    [InlineData("Meta-Llama-3-70B-Instruct.Q4_K_M.gguf", "*Q4_K_M.gguf", true)]
    [InlineData("q8/x.Q8_0-00001-of-00002.gguf", "*Q8_0-00001-of-00002.gguf", true)]
    [InlineData("a.gguf", "[ab].gguf", true)]
    [InlineData("c.gguf", "[!ab].gguf", true)]
    public void GlobsAreFnmatch(string path, string pattern, bool match) => Assert.Equal(match, Glob.IsMatch(path, pattern));
}
