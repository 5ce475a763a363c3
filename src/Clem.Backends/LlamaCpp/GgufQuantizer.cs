using LLama;
using LLama.Native;

namespace Clem.Backends.LlamaCpp;

/// <summary>
/// Quantises a GGUF file with llama.cpp's quantiser (through LLamaSharp), e.g. to Q4_K_M — the 2024 study's
/// "q4" — or Q8_0. llama.cpp refuses some types for some tensor shapes (stories260K's 172-column tensors
/// cannot be Q8_0 or Q4_0: "no tensor type fallback"); that refusal is reported with llama.cpp's reason.
/// </summary>
public static class GgufQuantizer
{
    /// <summary>Scheme names accepted: those of llama.cpp's llama_ftype ("Q4_K_M", "Q8_0", "F16", "Q6_K" …).</summary>
    public static LLamaFtype Parse(string scheme)
    {
        var wanted = scheme.Trim().ToUpperInvariant();
        foreach (var value in Enum.GetValues<LLamaFtype>())
            if (GgufFile.FileTypeName((int)value).Equals(wanted, StringComparison.OrdinalIgnoreCase) && value != LLamaFtype.GUESSED)
                return value;
        throw new ClemUserException($"unknown quantisation scheme '{scheme}' (e.g. Q4_K_M, Q5_K_M, Q6_K, Q8_0, F16)");
    }

    public static void Quantize(string source, string destination, string scheme, int threads = 0)
    {
        if (!File.Exists(source)) throw new ClemUserException($"{source}: GGUF file not found");
        var type = Parse(scheme);
        LlamaNative.EnsureLoaded();
        string? failure = null;
        var ok = LlamaNative.Capturing(() =>
        {
            try { return LLamaQuantizer.Quantize(source, destination, type, threads <= 0 ? Environment.ProcessorCount : threads, allowRequantize: true, quantizeOutputTensor: true); }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or LLama.Exceptions.RuntimeError) { failure = e.Message; return false; }
        }, out var log);
        if (ok && File.Exists(destination)) return;
        if (File.Exists(destination)) File.Delete(destination);
        var reason = failure ?? log.LastOrDefault(l => l.Contains("failed", StringComparison.OrdinalIgnoreCase) || l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? log.LastOrDefault() ?? "no reason given";
        throw new ClemUserException($"llama.cpp refused to quantise {Path.GetFileName(source)} to {GgufFile.FileTypeName((int)type)}: {reason}");
    }
}
