using System.Text.Json.Nodes;

namespace Clem.Core.Models;

/// <summary>
/// What a model is: its name (as it appears in result folders), the backend that serves it, and every
/// other field of its registry entry (model_id, model_config, characteristics …) kept verbatim.
/// </summary>
public sealed class ModelSpec
{
    public ModelSpec(string name, string backend, JsonObject? entry = null)
    {
        Name = name;
        Backend = backend;
        Entry = entry?.DeepClone().AsObject() ?? new JsonObject();
        Entry["model_name"] = name;
        Entry["backend"] = backend;
    }

    public string Name { get; }
    public string Backend { get; }

    /// <summary>The full registry entry (a copy): everything a run record should keep about the model.</summary>
    public JsonObject Entry { get; }

    public string? Get(string key) => Entry[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public override string ToString() => $"{Name} ({Backend})";
}
