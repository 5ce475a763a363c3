using System.Text.Json.Nodes;
using Clem.Backends.Keys;
using Clem.Backends.Registry;
using Clem.Backends.Tests.Support;
using Clem.Core.Models;
using Clem.Testing;
using Xunit;

namespace Clem.Backends.Tests;

public class KeyAndCharacteristicsTests
{
    [Fact]
    public void KeysComeFromTheEnvironmentOrAClembenchKeyFile()
    {
        var dir = SharedData.TempDir();
        File.WriteAllText(Path.Combine(dir, "key.json"), """{"openai": {"organisation": "org-1", "api_key": "from-cwd-key-file"}, "generic_openai_compatible": {"api_key": "legacy-compat", "base_url": "http://127.0.0.1:1/v1"}}""");
        var explicitFile = Path.Combine(dir, "other.json");
        File.WriteAllText(explicitFile, """{"anthropic": {"api_key": "from-explicit-file"}}""");
        var env = new Dictionary<string, string> { ["OPENAI_API_KEY"] = "from-env", ["ANTHROPIC_API_KEY"] = "env-anthropic" };

        var keys = KeyStore.Load(explicitFile, dir, n => env.GetValueOrDefault(n));
        Assert.Equal("from-explicit-file", keys.Find(["anthropic"], ["ANTHROPIC_API_KEY"]).Key); // --key-file wins
        Assert.Equal("from-env", keys.Find(["openai"], ["OPENAI_API_KEY"]).Key);                 // then the environment
        var noEnv = KeyStore.Load(null, dir, _ => null);
        var cred = noEnv.Find(["openai"], ["OPENAI_API_KEY"]);
        Assert.Equal("from-cwd-key-file", cred.Key);                                               // then key.json
        Assert.Equal("org-1", KeyStore.Str(cred.Section, "organisation"));
        Assert.DoesNotContain("from-cwd-key-file", cred.ToString());                              // a source, never the key
        Assert.Equal("legacy-compat", noEnv.Find(["openai_compatible", "generic_openai_compatible"], []).Key);
        var missing = noEnv.Find(["anthropic"], ["ANTHROPIC_API_KEY"]);
        Assert.False(missing.Found);
        Assert.Contains("$ANTHROPIC_API_KEY", missing.Source);
    }

    [Fact]
    public void AMissingKeyIsAUserErrorNamingWhereToPutIt()
    {
        var resolver = new ModelResolver(TestResolver.Options("""[{"model_name": "c", "backend": "anthropic", "model_id": "claude"}]"""));
        var e = Assert.Throws<ClemUserException>(() => resolver.Get("c", GenerationConfig.Default));
        Assert.Contains("ANTHROPIC_API_KEY", e.Message);
        Assert.Contains("key.json", e.Message);
    }

    [Fact]
    public void ABrokenKeyFileIsReportedWithoutQuotingIt()
    {
        var dir = SharedData.TempDir();
        var file = Path.Combine(dir, "key.json");
        File.WriteAllText(file, "{\"openai\": {\"api_key\": \"sk-secret-value\" ");
        var e = Assert.Throws<ClemUserException>(() => KeyStore.Load(file, dir, _ => null));
        Assert.Contains(file, e.Message);
        Assert.DoesNotContain("sk-secret-value", e.Message);
    }

    [Theory]
    [InlineData("70B", 70e9)]
    [InlineData("1.5T", 1.5e12)]
    [InlineData("292.8K", 292800.0)]
    [InlineData("8x7B", null)]
    [InlineData("", null)]
    public void ParsesCounts(string text, double? expected) => Assert.Equal(expected, ModelCharacteristics.ParseCount(JsonValue.Create(text)));

    [Fact]
    public void ContextSizesCountKAs1024()
    {
        Assert.Equal(131072, ModelCharacteristics.ParseCount(JsonValue.Create("128k"), kilo: 1024));
        var c = ModelCharacteristics.FromEntry(JsonNode.Parse("""
            {"model_name": "m", "backend": "openai_compatible", "parameters": "46.7B", "active_parameters": "12.9B", "training_tokens": "15T",
             "release_date": "2023-12-11", "open_weight": true, "base_model": "Mixtral-8x7B-v0.1", "instruction_tuned": true,
             "fine_tuning": {"data": "d", "method": "DPO"}, "provider": "Mistral AI", "quantisation": {"bits": 4, "scheme": "Q4_K_M"},
             "context_size": "32k", "license": {"name": "Apache 2.0", "url": "u"}, "languages": ["en", "fr"]}
            """)!.AsObject());
        Assert.Equal(46.7e9, c.Parameters);
        Assert.Equal(12.9e9, c.ActiveParameters);
        Assert.Equal(15e12, c.TrainingTokens);
        Assert.Equal(32768, c.ContextSize);
        Assert.Equal("DPO", c.FineTuningMethod);
        Assert.Equal("Q4_K_M", c.QuantisationScheme);
        Assert.Equal(4, c.QuantisationBits);
        Assert.Equal("Apache 2.0", c.License);
        Assert.Equal(["en", "fr"], c.Languages);
    }

    [Fact]
    public void RecordedEntriesCarryCharacteristicsButNoKeyMaterial()
    {
        var env = new Dictionary<string, string> { ["OPENAI_API_KEY"] = "sk-should-not-appear-anywhere" };
        var resolver = new ModelResolver(TestResolver.Options("""
            [{"model_name": "m", "backend": "openai", "model_id": "gpt", "parameters": "8B", "api_key": "inline-secret-000", "model_config": {"api_key": "nested-secret-000", "organisation": "org"}}]
            """, env));
        var model = resolver.Get("m", GenerationConfig.Default);
        var text = model.Spec.Entry.ToJsonString();
        Assert.DoesNotContain("secret", text);
        Assert.DoesNotContain("sk-should-not-appear-anywhere", text);
        Assert.Equal(8e9, model.Spec.Entry["characteristics"]!["parameters"]!.GetValue<double>());
        Assert.Equal("api:openai", model.Spec.Entry["characteristics"]!["access_method"]!.GetValue<string>());
    }
}
