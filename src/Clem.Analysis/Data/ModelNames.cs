using System.Text.RegularExpressions;

namespace Clem.Analysis.Data;

/// <summary>
/// Name conventions that let scores, characteristics and registries meet. Results name a model by its
/// pair directory (<c>Meta-Llama-3-8B-Instruct-hf-t0.0--Meta-Llama-3-8B-Instruct-hf-t0.0</c>), sheets by a
/// lower-case name (<c>meta-llama-3-8b-instruct-hf </c>, trailing space included), and the same weights
/// appear under several names (<c>llama-3-70b-groq</c>, <c>meta-llama-3-70b-instruct-gguf-q4</c>).
/// </summary>
public static partial class ModelNames
{
    [GeneratedRegex(@"^(?<a>.+?)-t\d+(?:\.\d+)?--(?<b>.+?)(?:-t\d+(?:\.\d+)?)?$")]
    private static partial Regex PairPattern();

    [GeneratedRegex(@"-t\d+(?:\.\d+)?$")]
    private static partial Regex TemperatureSuffix();

    /// <summary>
    /// The matching key: lower case, trimmed, '_' as '-', and a pair directory reduced to its model when
    /// both players are the same model (a pair of two different models keeps both names).
    /// </summary>
    public static string Key(string name)
    {
        var s = name.Trim().ToLowerInvariant().Replace('_', '-');
        s = string.Join('-', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var m = PairPattern().Match(s);
        if (m.Success)
        {
            var a = m.Groups["a"].Value; var b = m.Groups["b"].Value;
            return a == b ? a : a + "--" + b;
        }
        return TemperatureSuffix().Replace(s, "");
    }

    /// <summary>Display name: the first player of a pair directory, as written.</summary>
    public static string Display(string name)
    {
        var s = name.Trim();
        var m = PairPattern().Match(s);
        if (m.Success && string.Equals(m.Groups["a"].Value, m.Groups["b"].Value, StringComparison.OrdinalIgnoreCase))
            return m.Groups["a"].Value;
        return TemperatureSuffix().Replace(s, "");
    }

    // Tokens that name how a model is served rather than which weights it is.
    static readonly Dictionary<string, string> AccessTokens = new()
    {
        ["hf"] = "HF transformers (local)",
        ["together.ai"] = "Together", ["together"] = "Together", ["groq"] = "Groq", ["anyscale"] = "Anyscale",
        ["fireworks"] = "Fireworks", ["openrouter"] = "OpenRouter", ["vllm"] = "vLLM", ["ollama"] = "Ollama",
        ["gguf"] = "llama.cpp", ["llamacpp"] = "llama.cpp", ["llama.cpp"] = "llama.cpp",
    };

    // Tokens that say "instruction-tuned release" — the benchmark only runs such models, and serving names often omit them.
    static readonly HashSet<string> ReleaseTokens = ["instruct", "chat", "it"];

    [GeneratedRegex(@"^(q\d+|int\d+|fp\d+|bf16|awq|gptq|exl2|\d+bit)$")]
    private static partial Regex QuantHead();

    [GeneratedRegex(@"^(k|0|1|s|m|l|xs|xxs)$")]
    private static partial Regex QuantTail();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>What a model name says about its weights, serving and precision.</summary>
    public sealed record NameParts(string WeightsKey, string? Access, string? Quantisation, int? QuantBits);

    /// <summary>
    /// Splits a name into the weights it runs (e.g. <c>llama-3-70b</c> for HF, Groq, Together, Anyscale and
    /// GGUF variants alike), the serving named in it and the quantisation named in it. Heuristic by design:
    /// registries and sheets can state <c>weights</c>, <c>access</c> and <c>quantisation</c> explicitly.
    /// </summary>
    public static NameParts Parse(string name)
    {
        var tokens = Key(name).Split('-', StringSplitOptions.RemoveEmptyEntries).ToList();
        string? access = null, quant = null; int? bits = null;
        var kept = new List<string>();
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i == 0 && t == "c4ai") continue;
            if (i == 0 && t == "meta" && i + 1 < tokens.Count && tokens[i + 1].StartsWith("llama", StringComparison.Ordinal)) continue;
            if (AccessTokens.TryGetValue(t, out var a)) { access ??= a; continue; }
            if (ReleaseTokens.Contains(t)) continue;
            if (i > 0 && QuantHead().IsMatch(t))
            {
                var parts = new List<string> { t };
                while (i + 1 < tokens.Count && QuantTail().IsMatch(tokens[i + 1])) parts.Add(tokens[++i]);
                quant = string.Join('_', parts).ToUpperInvariant();
                var d = Digits().Match(t);
                bits = t is "awq" or "gptq" ? 4 : d.Success ? int.Parse(d.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
                continue;
            }
            kept.Add(t);
        }
        if (kept.Count == 0) kept.Add(Key(name));
        return new NameParts(string.Join('-', kept), access, quant, bits);
    }

    static readonly Dictionary<string, string> FamilyAliases = new()
    {
        ["mixtral"] = "mistral", ["codellama"] = "llama", ["codegemma"] = "gemma",
    };

    [GeneratedRegex(@"^[a-z]+")]
    private static partial Regex LeadingLetters();

    /// <summary>Family from a weights key: its leading letters, with code/MoE variants folded into their family.</summary>
    public static string Family(string weightsKey)
    {
        var m = LeadingLetters().Match(weightsKey);
        var f = m.Success ? m.Value : weightsKey;
        return FamilyAliases.GetValueOrDefault(f, f);
    }

    /// <summary>A readable label for a backend named in a registry or sheet.</summary>
    public static string AccessLabel(string backend)
    {
        var b = backend.Trim().ToLowerInvariant().Replace('_', '-');
        return b switch
        {
            "huggingface-local" or "huggingface" or "hf" or "transformers" => "HF transformers (local)",
            "llama.cpp" or "llamacpp" or "llama-cpp" => "llama.cpp",
            "remote" => "remote API",
            "openai-compatible" or "generic-openai-compatible" => "OpenAI-compatible API",
            "mistralai" or "mistral" => "Mistral API",
            "openai" => "OpenAI API",
            "anthropic" => "Anthropic API",
            "cohere" => "Cohere API",
            "google" => "Google API",
            "alephalpha" => "Aleph Alpha API",
            _ => backend.Trim(),
        };
    }
}
