using Clem.Backends.LlamaCpp;
using Clem.Backends.Tests.Support;
using Clem.Core.Models;
using Clem.Testing;
using LLama;
using LLama.Common;
using Xunit;

namespace Clem.Backends.Tests;

public class GgufTests
{
    [Fact]
    public void ReadsStories260KHeaderLikeLlamaCpp()
    {
        var path = SharedData.TestModel();
        var gguf = GgufFile.Read(path);
        Assert.Equal("llama", gguf.Architecture);
        Assert.Equal(2048, gguf.ContextLength);
        Assert.Null(gguf.ChatTemplate);
        Assert.Null(gguf.FileType);            // this file does not declare one …
        Assert.Equal("F32", gguf.QuantisationScheme); // … its tensors are all F32
        Assert.Equal(32, GgufFile.NominalBits(gguf.QuantisationScheme));
        LlamaNative.EnsureLoaded();
        using var weights = LLamaWeights.LoadFromFile(new ModelParams(path));
        Assert.Equal(weights.ParameterCount, gguf.ParameterCount); // 292,800 — the same count as llama.cpp's
        Assert.Equal(292_800UL, gguf.ParameterCount);
        Assert.InRange(gguf.BitsPerWeight!.Value, 31.9, 32.1);
    }

    [Fact]
    public void ABrokenFileIsAUserErrorNamingTheFile()
    {
        var dir = SharedData.TempDir();
        var notGguf = Path.Combine(dir, "x.gguf");
        File.WriteAllText(notGguf, "hello world, not a model");
        Assert.Contains("not a GGUF file", Assert.Throws<ClemUserException>(() => GgufFile.Read(notGguf)).Message);
        var truncated = Path.Combine(dir, "t.gguf");
        File.WriteAllBytes(truncated, File.ReadAllBytes(SharedData.TestModel())[..200]);
        var e = Assert.Throws<ClemUserException>(() => GgufFile.Read(truncated));
        Assert.Contains(truncated, e.Message);
    }

    [Theory]
    [InlineData("Q4_K_M", 4.0)]
    [InlineData("IQ2_XXS", 2.0)]
    [InlineData("BF16", 16.0)]
    [InlineData("TQ1_0", 1.0)]
    public void NominalBitsOfSchemes(string scheme, double bits) => Assert.Equal(bits, GgufFile.NominalBits(scheme));

    [Fact]
    public void FileTypeNamesAreLlamaCpps() =>
        Assert.Equal(["F32", "F16", "Q8_0", "Q4_K_M", "Q6_K", "BF16"], new long[] { 0, 1, 7, 15, 18, 32 }.Select(GgufFile.FileTypeName));
}

/// <summary>stories260K quantised at test time by llama.cpp's quantiser (through LLamaSharp), shared by the tests below.</summary>
public sealed class QuantizedModels
{
    public string Directory { get; } = SharedData.TempDir("quantized");
    readonly Dictionary<string, string> _files = [];

    public string Get(string scheme)
    {
        lock (_files)
        {
            if (_files.TryGetValue(scheme, out var f)) return f;
            var path = Path.Combine(Directory, $"stories260K-{scheme}.gguf");
            GgufQuantizer.Quantize(SharedData.TestModel(), path, scheme, threads: 2);
            return _files[scheme] = path;
        }
    }
}

public class QuantizationTests(QuantizedModels models) : IClassFixture<QuantizedModels>
{
    [Theory]
    [InlineData("F16", 1, 16.0)]
    [InlineData("Q6_K", 18, 6.0)]
    [InlineData("Q4_K_M", 15, 4.0)] // the 2024 study's "q4"
    public void QuantisesAndRecordsTheFileTypeAndParameterCount(string scheme, int fileType, double bits)
    {
        var path = models.Get(scheme);
        var gguf = GgufFile.Read(path);
        Assert.Equal(fileType, gguf.FileType);
        Assert.Equal(scheme, gguf.QuantisationScheme);
        Assert.Equal(292_800UL, gguf.ParameterCount);
        Assert.True(new FileInfo(path).Length < new FileInfo(SharedData.TestModel()).Length);

        var model = new ModelResolver(TestResolver.Options()).Get(path, GenerationConfig.Default);
        var c = model.Spec.Entry["characteristics"]!;
        Assert.Equal(scheme, c["quantisation_scheme"]!.GetValue<string>());
        Assert.Equal(bits, c["quantisation_bits"]!.GetValue<double>());
        Assert.Equal("gguf", c["quantisation_source"]!.GetValue<string>());
        Assert.Equal(292_800, c["parameters"]!.GetValue<double>());
        Assert.Equal(fileType, model.Spec.Entry["gguf"]!["file_type"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("Q8_0")]
    [InlineData("Q4_0")]
    public void ARefusalByLlamaCppIsAClearError(string scheme)
    {
        var target = Path.Combine(models.Directory, $"refused-{scheme}.gguf");
        var e = Assert.Throws<ClemUserException>(() => GgufQuantizer.Quantize(SharedData.TestModel(), target, scheme));
        Assert.Contains($"refused to quantise stories260K.gguf to {scheme}", e.Message);
        Assert.Contains("no tensor type fallback", e.Message);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void UnknownSchemesAreRejectedBeforeLlamaCpp() =>
        Assert.Contains("unknown quantisation scheme", Assert.Throws<ClemUserException>(() => GgufQuantizer.Parse("Q9_Z")).Message);

    [Fact]
    public async Task AQuantisedModelGeneratesDeterministicallyInProcess()
    {
        var model = new ModelResolver(TestResolver.Options()).Get(models.Get("Q4_K_M"), new GenerationConfig(MaxTokens: 30));
        var a = await model.GenerateAsync([Message.FromUser("Once upon a time")]);
        var b = await model.GenerateAsync([Message.FromUser("Once upon a time")]);
        Assert.Equal(a.Text, b.Text);
        Assert.NotEmpty(a.Text);
    }
}

public class LlamaCppModelTests
{
    static IModel Model(GenerationConfig generation, string? registry = null, string argument = "") =>
        new ModelResolver(TestResolver.Options(registry)).Get(argument.Length > 0 ? argument : SharedData.TestModel(), generation);

    [Fact]
    public async Task AGgufPathRunsInProcessWithGreedyDeterministicOutput()
    {
        var model = Model(new GenerationConfig(MaxTokens: 40));
        Assert.IsType<LlamaCppModel>(model);
        Assert.Equal("stories260K", model.Spec.Name);
        Assert.Equal("llamacpp", model.Spec.Backend);
        var messages = new[] { Message.FromSystem(""), Message.FromUser("Tell a story."), Message.FromUser("Once upon a time") };
        var first = await model.GenerateAsync(messages);
        var second = await model.GenerateAsync(messages);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.Text, first.Text.Trim());
        // No chat template in this GGUF: the plain format, with the normalised messages.
        Assert.Equal("User: Tell a story.\n\nOnce upon a time\n\nAssistant:", first.Prompt["inputs"]!.GetValue<string>());
        Assert.Single(first.Prompt["messages"]!.AsArray());
        var usage = first.RawResponse["usage"]!;
        Assert.InRange(usage["completion_tokens"]!.GetValue<int>(), 1, 40);
        Assert.Equal("greedy", first.RawResponse["clem_net"]!["sampler"]!.GetValue<string>());
        Assert.True(first.RawResponse["clem_net"]!["bos_added"]!.GetValue<bool>());
        Assert.Equal("plain", model.Spec.Entry["gguf"]!["chat_template"]!.GetValue<string>());
    }

    [Fact]
    public async Task MaxTokensBoundsTheReply()
    {
        var reply = await Model(new GenerationConfig(MaxTokens: 5)).GenerateAsync([Message.FromUser("Once upon a time")]);
        Assert.Equal(5, reply.RawResponse["usage"]!["completion_tokens"]!.GetValue<int>());
        Assert.Equal("length", reply.RawResponse["choices"]![0]!["finish_reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task SeededSamplingIsReproducibleAndDiffersFromGreedy()
    {
        var config = new GenerationConfig(Temperature: 1.0, MaxTokens: 40, Seed: 7);
        var a = await Model(config).GenerateAsync([Message.FromUser("Once upon a time")]);
        var b = await Model(config).GenerateAsync([Message.FromUser("Once upon a time")]);
        Assert.Equal(a.Text, b.Text);
        Assert.Equal(7, a.RawResponse["clem_net"]!["seed"]!.GetValue<long>());
        var others = new List<string>();
        for (int seed = 1; seed <= 4; seed++)
            others.Add((await Model(config with { Seed = seed }).GenerateAsync([Message.FromUser("Once upon a time")])).Text);
        Assert.True(others.Distinct().Count() > 1, "different seeds should give different samples");
    }

    [Fact]
    public async Task APromptBeyondTheContextIsAClassifiedFailureNotATruncation()
    {
        var path = SharedData.TestModel().Replace("\\", "/");
        var model = Model(new GenerationConfig(MaxTokens: 20), $$$"""[{"model_name": "tiny-ctx", "backend": "llamacpp", "model_config": {"model_path": "{{{path}}}", "n_ctx": 64}}]""", "tiny-ctx");
        var ok = await model.GenerateAsync([Message.FromUser("Once upon a time")]);
        Assert.NotNull(ok.Text);
        var e = await Assert.ThrowsAsync<ModelException>(() => model.GenerateAsync([Message.FromUser(string.Join(" ", Enumerable.Repeat("the big dog ran", 20)))]));
        Assert.Equal(ModelErrorKind.ContextExceeded, e.Kind);
        Assert.Contains("exceeds the context of 64 tokens", e.Message);
        Assert.Equal(64, model.Spec.Entry["n_ctx"]!.GetValue<int>());
    }

    [Fact]
    public async Task ACustomTemplateAndEosStringFromTheRegistryAreApplied()
    {
        var path = SharedData.TestModel().Replace("\\", "/");
        var model = Model(new GenerationConfig(MaxTokens: 30), $$$"""[{"model_name": "chatml", "backend": "llamacpp", "model_config": {"model_path": "{{{path}}}", "custom_chat_template": "chatml"}}]""", "chatml");
        var reply = await model.GenerateAsync([Message.FromSystem("sys"), Message.FromUser("hi")]);
        Assert.Equal("<|im_start|>system\nsys<|im_end|>\n<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n", reply.Prompt["inputs"]!.GetValue<string>());
        var bad = Model(GenerationConfig.Default, $$$"""[{"model_name": "bad", "backend": "llamacpp", "model_config": {"model_path": "{{{path}}}", "custom_chat_template": "no-such-template"}}]""", "bad");
        var e = await Assert.ThrowsAsync<ClemUserException>(() => bad.GenerateAsync([Message.FromUser("hi")]));
        Assert.Contains("custom_chat_template", e.Message);
    }
}
