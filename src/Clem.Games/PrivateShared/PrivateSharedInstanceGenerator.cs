using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Clem;
using Clem.Core.Games;
using Clem.Core.Json;

namespace Clem.Games.PrivateShared;

/// <summary>
/// Our own privateshared instances, deterministic from a seed: per scenario (resources/texts/&lt;experiment&gt;/)
/// random slot values, request order, request phrasings and probe phrasings, and the initial prompt from
/// resources/initial_prompts/&lt;experiment&gt;.template. Unlike clembench's generator, the values of one instance
/// never contain one another (case-insensitively), so a reply can only give away the slots it names.
/// </summary>
public sealed class PrivateSharedInstanceGenerator : InstanceGenerator
{
    public const string Version = "1.0";
    public static readonly string[] Experiments = ["travel-booking", "job-interview", "restaurant", "hotel-stay", "locker-codes"];
    public const int InstancesPerExperiment = 10;

    public override int DefaultSeed => 2102;

    public override JsonObject Generate(string gameDirectory, int seed)
    {
        var resources = Path.Combine(gameDirectory, "resources");
        var rng = new SplitMix64((ulong)seed);
        var experiments = new JsonArray();
        foreach (var name in Experiments)
        {
            var texts = PrivateSharedTexts.Load(resources, name, "en");
            var textDir = Path.Combine(resources, "texts", name);
            var scenario = ReadObject(Path.Combine(textDir, "scenario.json"));
            var tag = scenario["tag"]?.GetValue<string>() ?? throw new ClemUserException($"{textDir}/scenario.json: no \"tag\"");
            var what = scenario["what"]?.GetValue<string>() ?? throw new ClemUserException($"{textDir}/scenario.json: no \"what\"");
            var pools = ReadObject(Path.Combine(textDir, "slot_values.json"))
                .Select(p => (Slot: p.Key, Values: (p.Value as JsonArray)!.Select(v => v!.GetValue<string>()).ToList())).ToList();
            foreach (var (slot, _) in pools)
                if (!texts.Requests.ContainsKey(slot) || !texts.ProbingQuestions.ContainsKey(slot))
                    throw new ClemUserException($"{textDir}: slot '{slot}' needs request and probing phrasings");
            var templateFile = Path.Combine(resources, "initial_prompts", $"{name}.template");
            if (!File.Exists(templateFile)) throw new ClemUserException($"{templateFile}: template not found");
            var template = File.ReadAllText(templateFile);

            var instances = new JsonArray();
            for (int id = 0; id < InstancesPerExperiment; id++)
                instances.Add(Instance(rng, id, tag, what, pools, texts, template, textDir));
            experiments.Add(new JsonObject { ["name"] = name, ["game_instances"] = instances });
        }
        return new JsonObject
        {
            ["provenance"] = new JsonObject
            {
                ["generator"] = $"{typeof(PrivateSharedInstanceGenerator).FullName} {Version}",
                ["seed"] = seed,
                ["random"] = "SplitMix64",
                ["sources"] = "resources/texts/<experiment>/{scenario,slot_values,requests,probing_questions}.json, resources/initial_prompts/<experiment>.template, resources/en_words.json, resources/texts/reprompts.json",
                ["licence"] = "all texts written for Clem.NET (same licence as Clem.NET); no clembench data",
            },
            ["experiments"] = experiments,
        };
    }

    static JsonObject Instance(SplitMix64 rng, int id, string tag, string what, List<(string Slot, List<string> Values)> pools,
        PrivateSharedTexts texts, string template, string textDir)
    {
        var slots = new JsonObject();
        var chosen = new List<string>();
        foreach (var (slot, values) in pools)
        {
            // values of one instance must not contain one another, or a reply could give away a slot it does not name
            var allowed = values.Where(v => chosen.All(c => !PyStr.ContainsIgnoreCase(v, c) && !PyStr.ContainsIgnoreCase(c, v))).ToList();
            if (allowed.Count == 0) throw new ClemUserException($"{textDir}/slot_values.json: no value left for slot '{slot}' that does not overlap the others");
            var value = allowed[rng.Next(allowed.Count)];
            chosen.Add(value);
            slots[slot] = value;
        }
        var order = pools.Select(p => p.Slot).ToList();
        rng.Shuffle(order);
        var requests = new JsonObject();
        foreach (var (slot, _) in pools) requests[slot] = rng.Next(texts.Requests[slot].Count);
        var probes = new JsonObject();
        for (int round = 0; round <= pools.Count; round++)
        {
            var r = new JsonObject();
            foreach (var (slot, _) in pools) r[slot] = rng.Next(texts.ProbingQuestions[slot].Count);
            probes[round.ToString(CultureInfo.InvariantCulture)] = r;
        }
        var details = new StringBuilder($"WHAT: {what}");
        foreach (var (slot, value) in slots) details.Append('\n').Append(slot.Replace('-', ' ').ToUpperInvariant()).Append(": ").Append(value!.GetValue<string>());
        var prompt = template.Replace("$INSTANCE$", details.ToString())
            .Replace("$QUESTIONER$", tag)
            .Replace("$ANSWER$", texts.Answer)
            .Replace("$ASIDE$", texts.Aside)
            .Replace("$ME$", PyStr.Strip(texts.Me));
        return new JsonObject
        {
            ["game_id"] = id,
            ["tag"] = tag,
            ["slots"] = slots,
            ["initial_prompt"] = prompt,
            ["request_order"] = new JsonArray(order.Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
            ["requests"] = requests,
            ["probes"] = probes,
            ["lang"] = "en",
        };
    }

    static JsonObject ReadObject(string file)
    {
        if (!File.Exists(file)) throw new ClemUserException($"{file}: not found");
        try { return ClemJson.ReadObject(file); }
        catch (System.Text.Json.JsonException e) { throw new ClemUserException(e.Message, e); }
    }
}

/// <summary>SplitMix64: a tiny generator whose sequence is fixed by its definition (System.Random's may change).</summary>
sealed class SplitMix64(ulong seed)
{
    ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, n) by rejection (no modulo bias).</summary>
    public int Next(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
        var limit = ulong.MaxValue - ulong.MaxValue % (ulong)n;
        ulong x;
        do x = NextUInt64(); while (x >= limit);
        return (int)(x % (ulong)n);
    }

    public void Shuffle<T>(IList<T> list)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
