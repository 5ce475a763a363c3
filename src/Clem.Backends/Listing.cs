using System.Text.Json.Nodes;
using Clem.Backends.HuggingFace;
using Clem.Backends.LlamaCpp;
using Clem.Backends.Registry;

namespace Clem.Backends;

/// <summary>What <c>clem list models</c> and <c>clem list backends</c> print.</summary>
public static class Listing
{
    public static void Models(ModelResolver resolver, bool verbose, TextWriter output)
    {
        output.WriteLine($"{"model",-40} {"backend",-18} {"params",-8} {"quant",-8} {"context",-8} source");
        foreach (var entry in resolver.Registry.Entries)
        {
            var name = entry["model_name"]!.GetValue<string>();
            var backendName = entry["backend"]!.GetValue<string>();
            var (c, gguf) = Characteristics(entry, resolver.Context);
            var quant = c.QuantisationScheme ?? "";
            output.WriteLine($"{name,-40} {backendName,-18} {ModelCharacteristics.Human(c.Parameters),-8} {quant,-8} {(c.ContextSize is { } ctx ? ModelCharacteristics.Human(ctx) : ""),-8} {entry["lookup_source"]}");
            if (!verbose) continue;
            foreach (var key in new[] { "model_id", "huggingface_id", "filename", "endpoint", "base_url", "model_path" })
                if (EntryFields.String(entry, key) is { } v) output.WriteLine($"{"",4}{key}: {v}");
            if (gguf != null) output.WriteLine($"{"",4}gguf: {gguf.Path} (file_type {gguf.FileType?.ToString() ?? "-"}, {gguf.BitsPerWeight} bits/weight, {gguf.ParameterCount} parameters)");
            foreach (var (k, v) in c.ToJson())
                if (v != null && !(v is JsonArray { Count: 0 })) output.WriteLine($"{"",4}{k}: {(v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : v.ToJsonString())}");
        }
        output.WriteLine($"registries: {string.Join(", ", resolver.Registry.Sources.DefaultIfEmpty("none"))}");
    }

    /// <summary>An entry's characteristics; for llamacpp entries whose file is on disk (path or cache), completed from the GGUF.</summary>
    public static (ModelCharacteristics, GgufFile?) Characteristics(JsonObject entry, BackendContext context)
    {
        var backendName = entry["backend"]!.GetValue<string>();
        var backend = BackendCatalog.All.FirstOrDefault(b => b.Name == backendName || b.Aliases.Contains(backendName));
        var c = ModelCharacteristics.FromEntry(entry) with { AccessMethod = backend?.AccessMethod(entry) ?? backendName };
        if (backend is not LlamaCppBackend) return (c, null);
        var path = EntryFields.String(entry, "model_path") ?? CachedHubFile(entry, context.HuggingFace);
        if (path == null || !File.Exists(path)) return (c, null);
        try
        {
            var gguf = GgufFile.Read(path);
            return (LlamaCppBackend.Characteristics(entry, gguf), gguf);
        }
        catch (ClemUserException) { return (c, null); }
    }

    static string? CachedHubFile(JsonObject entry, HfOptions hf)
    {
        if (EntryFields.String(entry, "huggingface_id") is not { } repo || EntryFields.String(entry, "filename") is not { } pattern) return null;
        var dir = new HfDownloader(hf).RepoDirectory(repo, EntryFields.String(entry, "revision") ?? "main");
        if (!Directory.Exists(dir)) return null;
        return Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .FirstOrDefault(f => !f.EndsWith(".incomplete", StringComparison.Ordinal) && Glob.IsMatch(Path.GetRelativePath(dir, f).Replace('\\', '/'), pattern));
    }

    public static void Backends(BackendContext context, TextWriter output)
    {
        foreach (var b in BackendCatalog.All)
        {
            output.WriteLine($"{b.Name,-18} {b.Description}");
            if (b.Aliases.Count > 0) output.WriteLine($"{"",18} also serves registry backends: {string.Join(", ", b.Aliases)}");
            if (b.KeyStatus(context) is { } key) output.WriteLine($"{"",18} key: {key}");
        }
        output.WriteLine();
        output.WriteLine("not supported (clembench backends):");
        foreach (var (name, why) in BackendCatalog.Unsupported) output.WriteLine($"{name,-18} {why}");
    }
}
