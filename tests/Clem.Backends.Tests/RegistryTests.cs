using System.Text.Json.Nodes;
using Clem.Backends.Chat;
using Clem.Backends.Registry;
using Clem.Backends.Resilience;
using Clem.Backends.Tests.Support;
using Clem.Core.Models;
using Clem.Testing;
using Xunit;

namespace Clem.Backends.Tests;

public class RegistryTests
{
    const string V1 = """
        [
          {"model_name": "Llama-3-70B-Together.ai", "model_id": "meta-llama/Llama-3-70b-chat-hf", "backend": "openai_compatible"},
          {"model_name": "llama-q4", "backend": "llamacpp", "huggingface_id": "MaziyarPanahi/Meta-Llama-3-70B-Instruct-GGUF", "filename": "*Q4_K_M.gguf", "eos_to_cull": "<|eot_id|>"}
        ]
        """;

    const string V2 = """
        [
          {"model_name": "gpt-x", "backend": "openai", "model_id": "gpt-x-2024", "release_date": "2024-05-13", "open_weight": false, "parameters": "", "context_size": "128k", "license": {"name": "Proprietary", "url": "u"}, "model_config": {"eos_to_cull": "<\\|end\\|>"}},
          {"model_name": "gpt-x", "backend": "openai", "model_id": "gpt-x-other", "model_config": {}}
        ]
        """;

    static Dictionary<string, string> Keys => new() { ["OPENAI_API_KEY"] = "sk-test-key-000000000000", ["OPENAI_COMPATIBLE_API_KEY"] = "compat-key-0000000000", ["OPENAI_COMPATIBLE_BASE_URL"] = "http://127.0.0.1:9/v1" };

    [Fact]
    public void ReadsV1FlatEntries()
    {
        var resolver = new ModelResolver(TestResolver.Options(V1, Keys));
        var model = Assert.IsType<ResilientModel>(resolver.Get("Llama-3-70B-Together.ai", GenerationConfig.Default));
        var chat = Assert.IsType<ChatClientModel>(model.Inner);
        Assert.Equal("meta-llama/Llama-3-70b-chat-hf", chat.Options.ModelId);
        Assert.Equal("openai_compatible", model.Spec.Backend);
        Assert.EndsWith("registry.json", model.Spec.Entry["lookup_source"]!.GetValue<string>());
        Assert.Equal("http://127.0.0.1:9/v1", model.Spec.Entry["base_url"]!.GetValue<string>());
    }

    [Fact]
    public void ReadsV2EntriesAndTheFirstUnifyingEntryWins()
    {
        var resolver = new ModelResolver(TestResolver.Options(V2, Keys));
        var first = (ChatClientModel)((ResilientModel)resolver.Get("gpt-x", GenerationConfig.Default)).Inner;
        Assert.Equal("gpt-x-2024", first.Options.ModelId);
        Assert.True(first.Options.Eos!.IsRegex);
        // A JSON spec selects the second entry by a field only it has.
        var second = (ChatClientModel)((ResilientModel)resolver.Get("{\"model_name\": \"gpt-x\", \"model_id\": \"gpt-x-other\"}", GenerationConfig.Default)).Inner;
        Assert.Equal("gpt-x-other", second.Options.ModelId);
        // clembench's CLI also accepted single-quoted specs.
        var third = (ChatClientModel)((ResilientModel)resolver.Get("{'model_name': 'gpt-x', 'model_id': 'gpt-x-other'}", GenerationConfig.Default)).Inner;
        Assert.Equal("gpt-x-other", third.Options.ModelId);
    }

    [Fact]
    public void UnificationIsRecursiveAndRejectsConflicts()
    {
        var entry = JsonNode.Parse("""{"model_name": "m", "backend": "b", "model_config": {"a": 1, "b": {"c": 2}}}""")!.AsObject();
        Assert.NotNull(Unifier.Unify(JsonNode.Parse("""{"model_name": "m", "model_config": {"b": {"c": 2}, "d": 3}}""")!.AsObject(), entry));
        Assert.Null(Unifier.Unify(JsonNode.Parse("""{"model_name": "m", "model_config": {"b": {"c": 3}}}""")!.AsObject(), entry));
        Assert.Null(Unifier.Unify(JsonNode.Parse("""{"model_name": "n"}""")!.AsObject(), entry));
        var merged = Unifier.Unify(JsonNode.Parse("""{"model_name": "m", "model_config": {"d": 3}}""")!.AsObject(), entry)!;
        Assert.Equal(3, merged["model_config"]!["d"]!.GetValue<int>());
        Assert.Equal(1, merged["model_config"]!["a"]!.GetValue<int>());
    }

    [Fact]
    public void ARegistryInTheWorkingDirectoryComesBeforeThePackagedOne_AndLookupSourceDisambiguates()
    {
        var options = TestResolver.Options(env: Keys, packaged: true);
        File.WriteAllText(Path.Combine(options.WorkingDirectory!, "model_registry.json"),
            """[{"model_name": "gpt-4o-2024-08-06", "backend": "openai", "model_id": "my-proxy-id"}]""");
        var resolver = new ModelResolver(options);
        var local = (ChatClientModel)((ResilientModel)resolver.Get("gpt-4o-2024-08-06", GenerationConfig.Default)).Inner;
        Assert.Equal("my-proxy-id", local.Options.ModelId);
        var packaged = (ChatClientModel)((ResilientModel)resolver.Get("{\"model_name\": \"gpt-4o-2024-08-06\", \"lookup_source\": \"packaged\"}", GenerationConfig.Default)).Inner;
        Assert.Equal("gpt-4o-2024-08-06", packaged.Options.ModelId);
        Assert.Equal("packaged", packaged.Spec.Entry["lookup_source"]!.GetValue<string>());
    }

    [Fact]
    public void AnExplicitRegistryComesBeforeTheWorkingDirectory()
    {
        var options = TestResolver.Options("""[{"model_name": "m", "backend": "openai", "model_id": "explicit"}]""", Keys);
        File.WriteAllText(Path.Combine(options.WorkingDirectory!, "model_registry.json"), """[{"model_name": "m", "backend": "openai", "model_id": "cwd"}]""");
        var model = (ChatClientModel)((ResilientModel)new ModelResolver(options).Get("m", GenerationConfig.Default)).Inner;
        Assert.Equal("explicit", model.Options.ModelId);
    }

    [Fact]
    public void AJsonSpecWithABackendNeedsNoEntry()
    {
        var resolver = new ModelResolver(TestResolver.Options(env: Keys));
        var model = resolver.Get("""{"model_name": "adhoc", "backend": "openai_compatible", "model_id": "served", "model_config": {"base_url": "http://127.0.0.1:9/v1"}}""", GenerationConfig.Default);
        Assert.Equal("adhoc", model.Spec.Name);
        Assert.Equal("openai_compatible", model.Spec.Backend);
    }

    [Fact]
    public void ModelFreeNamesNeedNoRegistry()
    {
        var resolver = new ModelResolver(TestResolver.Options());
        Assert.Equal(ProgrammaticKind.Mock, Assert.IsType<ProgrammaticModel>(resolver.Get("mock", GenerationConfig.Default)).Kind);
        Assert.Equal(ProgrammaticKind.Mock, Assert.IsType<ProgrammaticModel>(resolver.Get("dry_run", GenerationConfig.Default)).Kind);
        Assert.Equal(ProgrammaticKind.Programmatic, Assert.IsType<ProgrammaticModel>(resolver.Get("programmatic", GenerationConfig.Default)).Kind);
        Assert.IsType<HumanModel>(resolver.Get("human", GenerationConfig.Default));
    }

    [Fact]
    public void UnknownNamesAndBackendsAreClearUserErrors()
    {
        var resolver = new ModelResolver(TestResolver.Options(V2, Keys));
        var e = Assert.Throws<ClemUserException>(() => resolver.Get("gpt", GenerationConfig.Default));
        Assert.Contains("no model registry entry unifies", e.Message);
        Assert.Contains("gpt-x", e.Message); // similar names are suggested
        var hf = Assert.Throws<ClemUserException>(() => resolver.Get("""{"model_name": "x", "backend": "huggingface_local"}""", GenerationConfig.Default));
        Assert.Contains("not supported", hf.Message);
        Assert.Contains("llamacpp", hf.Message);
        Assert.Throws<ClemUserException>(() => resolver.Get("missing.gguf", GenerationConfig.Default));
        Assert.Throws<ClemUserException>(() => resolver.Get("{not json", GenerationConfig.Default));
    }

    [Theory]
    [InlineData("{\"model_name\": 1}", "must be a JSON list")]
    [InlineData("[{\"backend\": \"openai\"}]", "entry 0 has no \"model_name\"")]
    [InlineData("[{\"model_name\": \"a\"}]", "has no \"backend\"")]
    [InlineData("[{\"model_name\": \"a\", \"backend\": \"openai\", \"model_config\": []}]", "\"model_config\" must be an object")]
    [InlineData("[{", "not valid JSON")]
    public void BadRegistryFilesNameTheFileAndTheProblem(string content, string expected)
    {
        var e = Assert.Throws<ClemUserException>(() => new ModelResolver(TestResolver.Options(content)));
        Assert.Contains("registry.json", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void ClembenchBackendsWithOpenAiCompatibleApisAreServedByNamedEndpoints()
    {
        var env = new Dictionary<string, string> { ["MISTRAL_API_KEY"] = "mistral-key-00000000", ["GEMINI_API_KEY"] = "gemini-key-000000000" };
        var resolver = new ModelResolver(TestResolver.Options("""
            [{"model_name": "mistral-large-2407", "backend": "mistral", "model_id": "mistral-large-2407"},
             {"model_name": "gemini-1.5-flash", "backend": "google", "model_id": "gemini-1.5-flash"},
             {"model_name": "groq-llama", "backend": "openai_compatible", "model_id": "llama", "model_config": {"endpoint": "groq"}}]
            """, env));
        var mistral = resolver.Get("mistral-large-2407", GenerationConfig.Default);
        Assert.Equal("https://api.mistral.ai/v1", mistral.Spec.Entry["base_url"]!.GetValue<string>());
        Assert.Equal("openai_compatible:mistral", mistral.Spec.Entry["characteristics"]!["access_method"]!.GetValue<string>());
        Assert.Equal("gemini", resolver.Get("gemini-1.5-flash", GenerationConfig.Default).Spec.Entry["endpoint"]!.GetValue<string>());
        var e = Assert.Throws<ClemUserException>(() => resolver.Get("groq-llama", GenerationConfig.Default));
        Assert.Contains("$GROQ_API_KEY", e.Message);
    }

    [Fact]
    public void ThePackagedRegistryHasAnExampleOfEveryBackendKindAndEachResolves()
    {
        var registry = ModelRegistry.Load([], SharedData.TempDir(), includePackaged: true);
        var backends = registry.Entries.Select(e => e["backend"]!.GetValue<string>()).ToHashSet();
        foreach (var b in new[] { "openai", "anthropic", "openai_compatible", "ollama", "llamacpp" }) Assert.Contains(b, backends);
        Assert.Contains(registry.Entries, e => e["backend"]!.GetValue<string>() == "llamacpp" && e["huggingface_id"] != null);
        var env = new Dictionary<string, string>
        {
            ["OPENAI_API_KEY"] = "k-openai-000000", ["ANTHROPIC_API_KEY"] = "k-anthropic-0000", ["GROQ_API_KEY"] = "k-groq-000000000",
            ["TOGETHER_API_KEY"] = "k-together-00000", ["OPENROUTER_API_KEY"] = "k-openrouter-000",
        };
        var resolver = new ModelResolver(TestResolver.Options(env: env, packaged: true));
        foreach (var entry in registry.Entries.Where(e => e["backend"]!.GetValue<string>() != "llamacpp"))
        {
            var name = entry["model_name"]!.GetValue<string>();
            var model = resolver.Get(name, GenerationConfig.Default);
            Assert.Equal(name, model.Spec.Name);
            Assert.NotNull(model.Spec.Entry["characteristics"]!["access_method"]);
        }
    }
}
