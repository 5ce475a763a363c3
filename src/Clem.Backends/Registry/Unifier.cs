using System.Text.Json.Nodes;

namespace Clem.Backends.Registry;

/// <summary>
/// Feature-structure unification of model specs, as clemcore does with NLTK: two specs unify when every
/// key they share has unifiable values (objects recursively, anything else by equality); the result holds
/// the keys of both.
/// </summary>
public static class Unifier
{
    /// <summary>The unification of <paramref name="spec"/> with <paramref name="entry"/>, or null when they conflict.</summary>
    public static JsonObject? Unify(JsonObject spec, JsonObject entry)
    {
        var result = entry.DeepClone().AsObject();
        foreach (var (key, value) in spec)
        {
            if (!result.TryGetPropertyValue(key, out var existing) || existing == null)
            {
                result[key] = value?.DeepClone();
                continue;
            }
            if (value == null) continue;
            if (value is JsonObject a && existing is JsonObject b)
            {
                var merged = Unify(a, b);
                if (merged == null) return null;
                result[key] = merged;
            }
            else if (!JsonNode.DeepEquals(value, existing))
            {
                return null;
            }
        }
        return result;
    }
}
