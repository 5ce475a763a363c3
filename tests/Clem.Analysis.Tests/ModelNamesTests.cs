using Clem.Analysis.Data;
using Xunit;

namespace Clem.Analysis.Tests;

public class ModelNamesTests
{
    [Theory]
    [InlineData("Meta-Llama-3-8B-Instruct-hf-t0.0--Meta-Llama-3-8B-Instruct-hf-t0.0", "meta-llama-3-8b-instruct-hf")]
    [InlineData("meta-llama-3-8b-instruct-hf ", "meta-llama-3-8b-instruct-hf")]
    [InlineData("openchat_3.5-t0.0--openchat_3.5-t0.0", "openchat-3.5")]
    [InlineData("gpt-4-t0.0--claude-3-t0.0", "gpt-4--claude-3")]
    [InlineData("Qwen1.5-72B-Chat-t0.0", "qwen1.5-72b-chat")]
    public void KeysIgnoreCaseSeparatorsAndPairSuffixes(string name, string key) => Assert.Equal(key, ModelNames.Key(name));

    [Theory]
    [InlineData("meta-llama-3-70b-instruct-hf", "llama-3-70b", "HF transformers (local)", null, null)]
    [InlineData("Llama-3-70B-Together.ai", "llama-3-70b", "Together", null, null)]
    [InlineData("llama-3-70b-groq", "llama-3-70b", "Groq", null, null)]
    [InlineData("Llama-3-70b-Instruct-Anyscale", "llama-3-70b", "Anyscale", null, null)]
    [InlineData("meta-llama-3-70b-instruct-gguf-q4", "llama-3-70b", "llama.cpp", "Q4", 4)]
    [InlineData("c4ai-command-r-plus-gguf-q8", "command-r-plus", "llama.cpp", "Q8", 8)]
    [InlineData("CapybaraHermes-2.5-Mistral-7B-GGUF-q5-k-s", "capybarahermes-2.5-mistral-7b", "llama.cpp", "Q5_K_S", 5)]
    [InlineData("mistral-7b-instruct-v0.1", "mistral-7b-v0.1", null, null, null)]
    [InlineData("qwen1.5-72b-chat", "qwen1.5-72b", null, null, null)]
    [InlineData("command-r", "command-r", null, null, null)]
    public void NamesSplitIntoWeightsServingAndPrecision(string name, string weights, string? access, string? quant, int? bits) =>
        Assert.Equal(new ModelNames.NameParts(weights, access, quant, bits), ModelNames.Parse(name));

    [Theory]
    [InlineData("mixtral-8x7b-v0.1", "mistral")]
    [InlineData("codellama-34b", "llama")]
    [InlineData("qwen1.5-72b", "qwen")]
    [InlineData("gpt-4-0613", "gpt")]
    public void FamiliesFoldVariants(string weights, string family) => Assert.Equal(family, ModelNames.Family(weights));
}
