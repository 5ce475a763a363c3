using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Clem.Backends.Chat;
using Clem.Core.Models;
using LLama;
using LLama.Common;
using LLama.Native;
using LLama.Sampling;

namespace Clem.Backends.LlamaCpp;

/// <summary>Runtime settings of an in-process GGUF model (from the registry's model_config).</summary>
public sealed record LlamaSettings
{
    /// <summary>Context window in tokens; prompt + max_tokens beyond it raise ContextExceeded.</summary>
    public required int ContextSize { get; init; }
    public int Threads { get; init; } = DefaultThreads;

    /// <summary>
    /// llama-cpp-python's default (what clembench ran with): half the logical cores. More threads than free
    /// cores make llama.cpp's threads wait on each other at every token (on a busy 2-core machine stories260K
    /// fell from ~1000 to ~15 tokens/s with 2 threads).
    /// </summary>
    public static int DefaultThreads => Math.Max(1, Environment.ProcessorCount / 2);
    public string? CustomTemplate { get; init; }
    public string? BosString { get; init; }
    public string? EosString { get; init; }
    public EosCuller? Eos { get; init; }
}

/// <summary>Loaded weights, shared by every model (and player) that uses the same file.</summary>
static class WeightsCache
{
    static readonly ConcurrentDictionary<string, Lazy<LLamaWeights>> Loaded = new(StringComparer.Ordinal);

    public static LLamaWeights Get(string path)
    {
        LlamaNative.EnsureLoaded();
        var lazy = Loaded.GetOrAdd(Path.GetFullPath(path), p => new Lazy<LLamaWeights>(() => Load(p)));
        try { return lazy.Value; }
        catch { Loaded.TryRemove(Path.GetFullPath(path), out _); throw; }
    }

    static LLamaWeights Load(string path)
    {
        var weights = LlamaNative.Capturing(() =>
        {
            try { return LLamaWeights.LoadFromFile(new ModelParams(path) { GpuLayerCount = 0 }); }
            catch (Exception e) when (e is LLama.Exceptions.RuntimeError) { return null; }
        }, out var log);
        return weights ?? throw new ClemUserException($"{path}: llama.cpp could not load the model{(log.Count > 0 ? ": " + log[^1] : "")}");
    }
}

/// <summary>
/// A GGUF model run in-process by llama.cpp (LLamaSharp, CPU). One context per model, reused and cleared
/// between calls; calls are serialised. Greedy decoding at temperature 0, seeded sampling otherwise.
/// The prompt is checked against the context size before decoding: an overlong prompt is a classified
/// ContextExceeded failure, never silently truncated.
/// </summary>
public sealed class LlamaCppModel : IModel, IDisposable
{
    readonly LLamaWeights _weights;
    readonly GgufFile _gguf;
    readonly SemaphoreSlim _gate = new(1, 1);
    LLamaContext? _context;

    public LlamaCppModel(ModelSpec spec, GenerationConfig generation, LLamaWeights weights, GgufFile gguf, LlamaSettings settings)
    {
        Spec = spec;
        Generation = generation;
        _weights = weights;
        _gguf = gguf;
        Settings = settings;
    }

    public ModelSpec Spec { get; }
    public GenerationConfig Generation { get; }
    public LlamaSettings Settings { get; }

    public async Task<ModelResponse> GenerateAsync(IReadOnlyList<Message> messages, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try { return await Task.Run(() => Generate(messages, cancellationToken), cancellationToken).ConfigureAwait(false); }
        finally { _gate.Release(); }
    }

    ModelResponse Generate(IReadOnlyList<Message> messages, CancellationToken cancellationToken)
    {
        var normalized = MessageNormalizer.Normalize(messages);
        var promptText = ChatPrompt.Render(_weights, _gguf, Settings.CustomTemplate, normalized, Spec.Name);
        var vocab = _weights.Vocab;
        var bos = Settings.BosString ?? (vocab.BOS is { } b ? vocab.LLamaTokenToString(b, true) : null);
        var addBos = vocab.ShouldAddBOS && !(bos is { Length: > 0 } && promptText.StartsWith(bos, StringComparison.Ordinal));
        var promptTokens = _weights.Tokenize(promptText, addBos, special: true, System.Text.Encoding.UTF8);

        if (promptTokens.Length + Generation.MaxTokens > Settings.ContextSize)
            throw new ModelException(ModelErrorKind.ContextExceeded,
                $"llamacpp model '{Spec.Name}': prompt of {promptTokens.Length} tokens + max_tokens {Generation.MaxTokens} exceeds the context of {Settings.ContextSize} tokens");

        var context = _context ??= _weights.CreateContext(new ModelParams(_gguf.Path)
        {
            ContextSize = (uint)Settings.ContextSize,
            BatchSize = (uint)Math.Min(Settings.ContextSize, 512),
            Threads = Settings.Threads,
            GpuLayerCount = 0,
        }, null!);
        context.NativeHandle.MemoryClear(true);

        var watch = Stopwatch.StartNew();
        var batch = new LLamaBatch();
        var position = 0;
        var chunk = (int)context.BatchSize;
        for (int start = 0; start < promptTokens.Length; start += chunk)
        {
            var piece = promptTokens.AsSpan(start, Math.Min(chunk, promptTokens.Length - start));
            batch.Clear();
            batch.AddRange(piece, position, LLamaSeqId.Zero, logitsLast: start + piece.Length == promptTokens.Length);
            position += piece.Length;
            Decode(context, batch);
            cancellationToken.ThrowIfCancellationRequested();
        }
        var promptSeconds = watch.Elapsed.TotalSeconds;

        var seed = Generation.Seed is { } s ? (uint)s : (uint)Random.Shared.Next();
        using ISamplingPipeline sampler = Generation.Temperature <= 0
            ? new GreedySamplingPipeline()
            : new DefaultSamplingPipeline
            {
                // llama-cpp-python's defaults, which clembench's llamacpp backend left in place.
                Temperature = (float)Generation.Temperature, Seed = seed, TopK = 40, TopP = 0.95f, MinP = 0.05f, RepeatPenalty = 1.0f,
            };
        var decoder = new StreamingTokenDecoder(context);
        var output = new List<LLamaToken>();
        var text = new System.Text.StringBuilder();
        var finish = "length";
        while (output.Count < Generation.MaxTokens)
        {
            var token = sampler.Sample(context.NativeHandle, batch.TokenCount - 1);
            sampler.Accept(token);
            if (token.IsEndOfGeneration(vocab)) { finish = "stop"; break; }
            output.Add(token);
            decoder.Add(token);
            text.Append(decoder.Read());
            if (Settings.EosString is { Length: > 0 } eos && text.ToString().EndsWith(eos, StringComparison.Ordinal))
            {
                text.Length -= eos.Length;
                finish = "stop";
                break;
            }
            if (output.Count == Generation.MaxTokens) break;
            batch.Clear();
            batch.Add(token, position++, LLamaSeqId.Zero, true);
            Decode(context, batch);
            cancellationToken.ThrowIfCancellationRequested();
        }
        var totalSeconds = watch.Elapsed.TotalSeconds;
        var generated = text.ToString();
        var reply = ResponseText.PyStrip(generated);
        if (Settings.Eos != null) reply = Settings.Eos.Cull(reply);

        var prompt = new JsonObject
        {
            ["inputs"] = promptText,
            ["messages"] = Message.ToJson(normalized),
            ["max_new_tokens"] = Generation.MaxTokens,
            ["temperature"] = Generation.Temperature,
            ["seed"] = Generation.Seed,
        };
        // Shaped like llama-cpp-python's completion (what clembench's llamacpp backend recorded).
        var raw = new JsonObject
        {
            ["id"] = $"cmpl-{Guid.NewGuid():N}",
            ["object"] = "text_completion",
            ["model"] = _gguf.Path,
            ["choices"] = new JsonArray(new JsonObject { ["text"] = generated, ["index"] = 0, ["finish_reason"] = finish }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = promptTokens.Length,
                ["completion_tokens"] = output.Count,
                ["total_tokens"] = promptTokens.Length + output.Count,
            },
            ["clem_net"] = new JsonObject
            {
                ["backend"] = "llamacpp",
                ["model_id"] = Path.GetFileName(_gguf.Path),
                ["duration_s"] = Math.Round(totalSeconds, 6),
                ["prompt_s"] = Math.Round(promptSeconds, 6),
                ["tokens_per_second"] = output.Count > 0 && totalSeconds > promptSeconds ? Math.Round(output.Count / (totalSeconds - promptSeconds), 2) : null,
                ["usage"] = new JsonObject { ["input_tokens"] = promptTokens.Length, ["output_tokens"] = output.Count, ["total_tokens"] = promptTokens.Length + output.Count },
                ["finish_reason"] = finish,
                ["sampler"] = Generation.Temperature <= 0 ? "greedy" : "top_k=40,top_p=0.95,min_p=0.05",
                ["seed"] = Generation.Temperature <= 0 ? null : (long)seed,
                ["context_size"] = Settings.ContextSize,
                ["threads"] = Settings.Threads,
                ["bos_added"] = addBos,
            },
        };
        return new ModelResponse(prompt, raw, reply);
    }

    void Decode(LLamaContext context, LLamaBatch batch)
    {
        var result = context.Decode(batch);
        if (result == DecodeResult.NoKvSlot)
            throw new ModelException(ModelErrorKind.ContextExceeded, $"llamacpp model '{Spec.Name}': no room left in the context of {Settings.ContextSize} tokens");
        if (result != DecodeResult.Ok)
            throw new ModelException(ModelErrorKind.Other, $"llamacpp model '{Spec.Name}': llama_decode failed ({result})");
    }

    public void Dispose()
    {
        _context?.Dispose();
        _gate.Dispose();
    }
}
