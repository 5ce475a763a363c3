using Clem.Core.Games;
using Clem.Core.Models;

namespace Clem.Games.PrivateShared;

/// <summary>The programmatic questioner (Player 2): asks for the slots in the instance's order and phrasing.</summary>
public sealed class Questioner(PrivateSharedInstance instance, PrivateSharedTexts texts)
{
    public string Request(int turn)
    {
        if (turn >= instance.RequestOrder.Count) throw new InvalidOperationException("Maximum turns already reached!");
        var slot = instance.RequestOrder[turn];
        return PrivateSharedMaster.Phrasing(texts.Requests, slot, instance.Requests[slot], "requests");
    }
}

/// <summary>
/// The answerer (Player 1). With a model it just relays; its mock imitates clembench's random mock (a random tag,
/// optionally a yes/no start) with a hash of the conversation instead of a random generator, so runs repeat; its
/// programmatic strategy knows the instance's slots and answers every request and probe correctly — an upper bound.
/// </summary>
public sealed class Answerer(IModel model, PrivateSharedInstance instance, PrivateSharedTexts texts) : Player(model)
{
    public override string Description => $"Answerer: {Model.Spec.Name}";

    protected override string MockResponse(IReadOnlyList<Message> messages, int turnIndex)
    {
        var h = StableHash(messages.Count > 0 ? messages[^1].Content : "", messages.Count, turnIndex);
        var r = (h & 0xFFFF) / 65536.0;
        var begin = r < 0.33 ? $"{texts.No}, " : r < 0.66 ? $"{texts.Yes}, " : "";
        var tag = ((h >> 16) & 1) == 0 ? texts.Answer : texts.Aside;
        return $"{tag}{begin}placeholder for turn {turnIndex}.";
    }

    protected override string ProgrammaticResponse(IReadOnlyList<Message> messages, int turnIndex)
    {
        var last = messages.Count > 0 ? messages[^1].Content : "";
        // A probe asks about one slot: say yes iff one of my earlier answers gave its value away.
        if (Match(texts.ProbingQuestions, last) is { } probed)
        {
            var value = instance.ValueOf(probed);
            var told = messages.Take(messages.Count - 1).Any(m => m.Role == Message.Assistant && PyStr.ContainsIgnoreCase(m.Content, value));
            return $"{texts.Aside}{(told ? texts.Yes : texts.No)}";
        }
        if (Match(texts.Requests, last) is { } requested)
            return $"{texts.Answer}{instance.ValueOf(requested)}";
        return $"{texts.Aside}{texts.No}";
    }

    /// <summary>The slot whose phrasing the message contains (longest phrasing wins, so "Salads?" never beats a longer one).</summary>
    string? Match(IReadOnlyDictionary<string, IReadOnlyList<string>> phrasings, string message)
    {
        string? best = null;
        var bestLength = 0;
        foreach (var (slot, list) in phrasings)
        {
            if (!instance.Slots.Any(s => s.Key == slot)) continue;
            foreach (var p in list)
                if (p.Length > bestLength && message.Contains(p, StringComparison.Ordinal)) (best, bestLength) = (slot, p.Length);
        }
        return best;
    }

    /// <summary>FNV-1a over the inputs: stable across processes and .NET versions (string.GetHashCode is not).</summary>
    static uint StableHash(string text, int count, int turn)
    {
        uint h = 2166136261;
        void Add(int v) { h ^= (uint)v; h *= 16777619; }
        foreach (var c in text) Add(c);
        Add(count);
        Add(turn);
        return h;
    }
}
