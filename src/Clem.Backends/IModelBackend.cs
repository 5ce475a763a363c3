using System.Text.Json.Nodes;
using Clem.Backends.Registry;
using Clem.Core.Models;

namespace Clem.Backends;

/// <summary>A kind of model access (an API, a local runtime, a person). Creates models from registry entries.</summary>
public interface IModelBackend
{
    /// <summary>The registry's "backend" value.</summary>
    string Name { get; }

    /// <summary>Other backend names of clembench registries served by this one (e.g. "mistral" → openai_compatible).</summary>
    IReadOnlyList<string> Aliases => [];

    string Description { get; }

    /// <summary>Remote calls are retried and rate limited by the resolver's decorator.</summary>
    bool IsRemote => false;

    /// <summary>Where the key comes from and whether it is set (never the key itself); null when none is needed.</summary>
    string? KeyStatus(BackendContext context) => null;

    /// <summary>How models of this backend are reached, for the characteristics ("api:openai", "local:llamacpp" …).</summary>
    string AccessMethod(JsonObject entry) => Name;

    IModel Create(JsonObject entry, GenerationConfig generation, BackendContext context);
}

/// <summary>Builds the recorded model spec: the registry entry without key material, plus normalised characteristics.</summary>
public static class RecordedSpec
{
    public static ModelSpec Build(JsonObject entry, string backend, ModelCharacteristics characteristics, JsonObject? extra = null)
    {
        var recorded = EntryFields.WithoutSecrets(entry);
        if (extra != null)
            foreach (var (k, v) in extra) recorded[k] = v?.DeepClone();
        recorded["characteristics"] = characteristics.ToJson();
        return new ModelSpec(entry["model_name"]!.GetValue<string>(), backend, recorded);
    }

    public static TimeSpan Timeout(JsonObject entry, BackendContext context, double defaultSeconds = 120) =>
        context.Timeout ?? TimeSpan.FromSeconds(EntryFields.Number(entry, "timeout_s") ?? defaultSeconds);
}
