using System.Text.Json.Nodes;
using Clem.Backends.Chat;
using Clem.Backends.HuggingFace;
using Clem.Backends.Registry;
using Clem.Core.Models;

namespace Clem.Backends.LlamaCpp;

/// <summary>
/// <c>llamacpp</c>: local GGUF inference in-process (LLamaSharp + its CPU backend). The file is
/// model_config.model_path, or downloaded once from Hugging Face by "huggingface_id" + "filename" (a glob) and
/// "additional_files" (the other parts of a split GGUF). Parameter count and file type (quantisation) are read
/// from the GGUF and recorded as characteristics. model_config: n_ctx (default: the trained context, at most
/// 8192; 0 = trained), threads, custom_chat_template, bos_string, eos_string, eos_to_cull.
/// </summary>
public sealed class LlamaCppBackend : IModelBackend
{
    public const int DefaultMaxContext = 8192;

    public string Name => "llamacpp";
    public string Description => "local GGUF models in-process (LLamaSharp / llama.cpp, CPU); -m path/to/model.gguf works without a registry entry";
    public string? KeyStatus(BackendContext context) =>
        context.HuggingFace.Token != null ? "$HF_TOKEN (for gated Hugging Face repositories)" : "none needed ($HF_TOKEN for gated repositories)";
    public string AccessMethod(JsonObject entry) => "local:llamacpp";

    /// <summary>The GGUF file of an entry: a local path, or the Hub file (downloaded into the cache).</summary>
    public static string ResolveFile(JsonObject entry, BackendContext context)
    {
        var name = entry["model_name"]!.GetValue<string>();
        if (EntryFields.String(entry, "model_path") is { } local)
            return File.Exists(local) ? Path.GetFullPath(local) : throw new ClemUserException($"model '{name}': GGUF file '{local}' not found");
        var repo = EntryFields.String(entry, "huggingface_id");
        var pattern = EntryFields.String(entry, "filename");
        if (repo == null || pattern == null)
            throw new ClemUserException($"model '{name}' (llamacpp) needs \"model_path\" or \"huggingface_id\" + \"filename\"");
        var revision = EntryFields.String(entry, "revision") ?? "main";
        var downloader = new HfDownloader(context.HuggingFace, progress: context.Progress);
        var path = downloader.DownloadAsync(repo, pattern, revision).GetAwaiter().GetResult();
        foreach (var extra in EntryFields.Strings(entry, "additional_files"))
            downloader.DownloadAsync(repo, extra, revision).GetAwaiter().GetResult();
        return path;
    }

    /// <summary>Registry characteristics completed from the GGUF header (the file is the authority for what it holds).</summary>
    public static ModelCharacteristics Characteristics(JsonObject entry, GgufFile gguf)
    {
        var fromEntry = ModelCharacteristics.FromEntry(entry);
        var scheme = gguf.QuantisationScheme;
        return fromEntry with
        {
            Parameters = gguf.ParameterCount,
            ParametersSource = "gguf",
            QuantisationScheme = scheme,
            QuantisationBits = GgufFile.NominalBits(scheme),
            QuantisationSource = "gguf",
            ContextSize = fromEntry.ContextSize ?? gguf.ContextLength,
            OpenWeight = fromEntry.OpenWeight ?? true,
            AccessMethod = "local:llamacpp",
        };
    }

    public static JsonObject GgufRecord(GgufFile gguf, string templateKind) => new()
    {
        ["path"] = gguf.Path,
        ["size_bytes"] = gguf.FileSize,
        ["gguf_version"] = gguf.Version,
        ["general.name"] = gguf.ModelName,
        ["architecture"] = gguf.Architecture,
        ["file_type"] = gguf.FileType,
        ["quantisation_scheme"] = gguf.QuantisationScheme,
        ["bits_per_weight"] = gguf.BitsPerWeight,
        ["parameter_count"] = gguf.ParameterCount,
        ["tensor_count"] = gguf.Tensors.Count,
        ["context_length"] = gguf.ContextLength,
        ["chat_template"] = templateKind,
        ["bos_token_id"] = gguf.Integer("tokenizer.ggml.bos_token_id"),
        ["eos_token_id"] = gguf.Integer("tokenizer.ggml.eos_token_id"),
    };

    public IModel Create(JsonObject entry, GenerationConfig generation, BackendContext context)
    {
        var name = entry["model_name"]!.GetValue<string>();
        var path = ResolveFile(entry, context);
        var gguf = GgufFile.Read(path);
        var trained = (int)Math.Min(gguf.ContextLength ?? 2048, int.MaxValue);
        var nCtx = (int?)EntryFields.Number(entry, "n_ctx") switch
        {
            null => Math.Min(trained, DefaultMaxContext),
            0 => trained,
            var n when n < 0 => throw new ClemUserException($"model '{name}': n_ctx must be ≥ 0"),
            var n => n.Value,
        };
        var custom = EntryFields.String(entry, "custom_chat_template");
        var settings = new LlamaSettings
        {
            ContextSize = nCtx,
            Threads = (int?)EntryFields.Number(entry, "threads") ?? LlamaSettings.DefaultThreads,
            CustomTemplate = custom,
            BosString = EntryFields.String(entry, "bos_string"),
            EosString = EntryFields.String(entry, "eos_string"),
            Eos = Remote.RemoteEosAccess.For(entry),
        };
        context.Progress?.WriteLine($"loading {Path.GetFileName(path)} ({gguf.QuantisationScheme}, {ModelCharacteristics.Human(gguf.ParameterCount)} parameters, n_ctx {nCtx})");
        var weights = WeightsCache.Get(path);
        var extra = new JsonObject
        {
            ["gguf"] = GgufRecord(gguf, ChatPrompt.Kind(gguf, custom)),
            ["n_ctx"] = nCtx,
        };
        var spec = RecordedSpec.Build(entry, Name, Characteristics(entry, gguf), extra);
        return new LlamaCppModel(spec, generation, weights, gguf, settings);
    }
}
