using System.Text.Json.Nodes;
using Clem;

namespace Clem.Games.PrivateShared;

/// <summary>
/// One privateshared instance (clembench's setup(**instance) arguments): the slots the answerer knows, the order
/// and phrasing of the questioner's requests, and per probing round which phrasing asks about each slot.
/// </summary>
public sealed record PrivateSharedInstance(
    int GameId,
    string Tag,
    IReadOnlyList<KeyValuePair<string, string>> Slots,
    string InitialPrompt,
    IReadOnlyList<string> RequestOrder,
    IReadOnlyDictionary<string, int> Requests,
    IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, int>>> Probes,
    string Lang)
{
    public static PrivateSharedInstance Parse(JsonObject instance, string context)
    {
        string Where(string key) => $"{context}: instance {instance["game_id"]?.ToJsonString() ?? "?"}, \"{key}\"";
        JsonNode Need(string key) => instance[key] ?? throw new ClemUserException($"{Where(key)} is missing");
        string Str(JsonNode n, string key) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new ClemUserException($"{Where(key)}: expected a string");
        int Int(JsonNode? n, string key) => n is JsonValue v && v.TryGetValue<int>(out var i) ? i : throw new ClemUserException($"{Where(key)}: expected an integer");
        JsonObject Obj(JsonNode n, string key) => n as JsonObject ?? throw new ClemUserException($"{Where(key)}: expected an object");

        var slots = Obj(Need("slots"), "slots").Select(p => new KeyValuePair<string, string>(p.Key, Str(p.Value!, "slots"))).ToList();
        if (slots.Count == 0) throw new ClemUserException($"{Where("slots")}: no slots");
        var names = slots.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var order = (Need("request_order") as JsonArray ?? throw new ClemUserException($"{Where("request_order")}: expected a list"))
            .Select(n => Str(n!, "request_order")).ToList();
        if (order.Count != slots.Count || order.Any(s => !names.Contains(s)) || order.Distinct().Count() != order.Count)
            throw new ClemUserException($"{Where("request_order")}: must list every slot exactly once");
        var requests = Obj(Need("requests"), "requests").ToDictionary(p => p.Key, p => Int(p.Value, "requests"), StringComparer.Ordinal);
        foreach (var slot in order)
            if (!requests.ContainsKey(slot)) throw new ClemUserException($"{Where("requests")}: no request index for slot '{slot}'");
        var probes = new Dictionary<string, IReadOnlyList<KeyValuePair<string, int>>>(StringComparer.Ordinal);
        foreach (var (round, node) in Obj(Need("probes"), "probes"))
            probes[round] = Obj(node!, "probes").Select(p => new KeyValuePair<string, int>(p.Key, Int(p.Value, "probes"))).ToList();
        for (int r = 0; r <= slots.Count; r++)
            if (!probes.ContainsKey(r.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                throw new ClemUserException($"{Where("probes")}: no probes for round {r} (needs rounds 0..{slots.Count})");
        foreach (var (_, list) in probes)
            foreach (var (slot, _) in list)
                if (!names.Contains(slot)) throw new ClemUserException($"{Where("probes")}: probe for unknown slot '{slot}'");
        return new PrivateSharedInstance(Int(Need("game_id"), "game_id"), Str(Need("tag"), "tag"), slots, Str(Need("initial_prompt"), "initial_prompt"),
            order, requests, probes, Str(Need("lang"), "lang"));
    }

    public string ValueOf(string slot) => Slots.First(s => s.Key == slot).Value;
}
