using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Clem.Core.Games;
using Clem.Core.Json;
using Clem.Core.Records;

namespace Clem.Games.Wordle;

/// <summary>
/// clembench v1.6's WordleGameScorer: reads only the data_for_computation the game master logged in the last
/// event. Value types follow Python (ints stay ints, round() gives floats, NaN where clembench has np.nan).
/// </summary>
public sealed partial class WordleScorer(string gameName, JsonObject experiment, JsonObject instance, JsonObject settings)
    : GameScorer(gameName, experiment, instance)
{
    readonly bool _caseSensitiveAgreement = WordleSettings.Get(settings, WordleSettings.CaseSensitiveAgreement, false);

    public override void ComputeScores(JsonObject interactions)
    {
        if (interactions["turns"] is not JsonArray turns || turns.Count == 0 || turns[^1] is not JsonArray last || last.Count == 0) return;
        if (last[^1]?["action"]?["data_for_computation"] is not JsonObject data || data.Count == 0) return;

        var status = data["game_final_status"]!.GetValue<string>();
        int aborted = status == "ABORTED" ? 1 : 0, loss = status == "LOSS" ? 1 : 0, success = aborted == 0 && loss == 0 ? 1 : 0;
        LogEpisodeScore(Metrics.Aborted, aborted);
        LogEpisodeScore(Metrics.Lose, loss);
        LogEpisodeScore(Metrics.Success, success);

        RequestCounts(data);

        var turnResults = data["turns_guess_feedback"]!.AsArray()
            .Select(r => (Guess: r![0]!.GetValue<string>(), Feedback: r[1]!.GetValue<string>())).ToList();
        GameSpecific(aborted == 1, loss == 1, turnResults, data["use_critic"]!.GetValue<bool>(), data["critic_guesses_change"]!.AsArray());
    }

    void RequestCounts(JsonObject data)
    {
        int I(string k) => data[k]!.GetValue<int>();
        var requests = I("guesser_req_count") + I("critic_req_count");
        var parsed = I("guesser_parsed_req_count") + I("critic_parsed_req_count");
        LogEpisodeScore(Metrics.RequestCount, requests);
        LogEpisodeScore(Metrics.RequestCountParsed, parsed);
        LogEpisodeScore(Metrics.RequestCountViolated, requests - parsed);
        // Python would raise ZeroDivisionError (no scores.json) for zero requests; so do we.
        if (requests == 0) throw new DivideByZeroException("wordle: no requests were made, the request success ratio is undefined");
        LogEpisodeScore(Metrics.RequestSuccess, PyFloat.PyRound((double)parsed / requests, 2));

        var req = Deltas(data["turns_req_count"]!.AsArray());
        var par = Deltas(data["turns_parse_count"]!.AsArray());
        for (int i = 0; i < req.Count; i++) LogTurnScore(i + 1, Metrics.RequestCount, req[i]);
        for (int i = 0; i < par.Count; i++) LogTurnScore(i + 1, Metrics.RequestCountParsed, par[i]);
        for (int i = 0; i < req.Count; i++) LogTurnScore(i + 1, Metrics.RequestCountViolated, req[i] - par[i]);
    }

    /// <summary>The logged counts are cumulative at each valid guess; a turn's count is the difference.</summary>
    static List<int> Deltas(JsonArray cumulative)
    {
        var values = cumulative.Select(n => n!.GetValue<int>()).ToList();
        var result = new List<int>();
        for (int i = 0; i < values.Count; i++) result.Add(i == 0 ? values[0] : values[i] - values[i - 1]);
        return result;
    }

    void GameSpecific(bool aborted, bool loss, List<(string Guess, string Feedback)> turns, bool useCritic, JsonArray changes)
    {
        JsonNode? mainScore, repeats, repetitions;
        if (aborted) (mainScore, repeats, repetitions) = (Nan, Nan, Nan);
        else
        {
            mainScore = loss ? JsonValue.Create(0) : Speed(turns.Count);
            var guesses = turns.Select(t => t.Guess).ToList();
            var distinct = guesses.Distinct(StringComparer.Ordinal).Count();
            (repeats, repetitions) = (JsonValue.Create(guesses.Count != distinct ? 1 : 0), JsonValue.Create(guesses.Count - distinct));
        }

        // change of opinion: [guess before critic, guess after, agreement] per critic round
        JsonNode? totalYes = Nan, totalNo = Nan;
        int sameYes = 0, diffYes = 0, sameNo = 0, diffNo = 0;
        var overallChange = new List<JsonNode?> { Nan };
        if (useCritic && changes.Count > 0)
        {
            int yes = 0, no = 0;
            overallChange.Clear();
            foreach (var c in changes)
            {
                var changed = c![0]!.GetValue<string>() != c[1]!.GetValue<string>();
                overallChange.Add(JsonValue.Create(changed ? 1 : 0));
                var agreement = c[2]?.GetValue<string>();
                var isYes = _caseSensitiveAgreement ? agreement == "yes" : string.Equals(agreement, "yes", StringComparison.OrdinalIgnoreCase);
                if (isYes) { yes++; if (changed) diffYes++; else sameYes++; }
                else { no++; if (changed) diffNo++; else sameNo++; }
            }
            (totalYes, totalNo) = (JsonValue.Create(yes), JsonValue.Create(no));
        }

        var closeness = new List<JsonNode?> { Nan };
        var strategy = new List<JsonNode?> { Nan };
        if (turns.Count > 0)
        {
            closeness = turns.Select(t => (JsonNode?)JsonValue.Create(Closeness(t.Feedback))).ToList();
            strategy = Strategy(turns.Select(t => t.Feedback).ToList()).Select(s => (JsonNode?)JsonValue.Create(s)).ToList();
            if (strategy.Count == 1 && aborted) strategy = [JsonValue.Create(0)];
        }

        LogEpisodeScore(Metrics.MainScore, mainScore);
        LogEpisodeScore("repeats guess", repeats);
        LogEpisodeScore("total guess repetitions", repetitions);
        for (int i = 0; i < closeness.Count; i++) LogTurnScore(i + 1, "closeness score", closeness[i]);
        for (int i = 0; i < strategy.Count; i++) LogTurnScore(i + 1, "strategy score", strategy[i]);
        if (!useCritic) return;
        for (int i = 0; i < overallChange.Count; i++) LogTurnScore(i + 1, "change_of_opinion", overallChange[i]?.DeepClone());
        // clembench's `total_yes == np.nan` is never true; with NaN totals the ratios below come out NaN anyway.
        LogRatio("Repetition-Guesser-On-Critic-Agreement", sameYes, totalYes);
        LogRatio("Non-Repetition-Guesser-On-Critic-Agreement", diffYes, totalYes);
        LogRatio("Repetition-Guesser-On-Critic-Disagreement", sameNo, totalNo);
        LogRatio("Non-Repetition-Guesser-On-Critic-Disagreement", diffNo, totalNo);
    }

    void LogRatio(string name, int count, JsonNode? total)
    {
        var t = ClemJson.AsDouble(total) ?? double.NaN;
        if (t == 0) LogEpisodeScore(name, 0);
        else LogEpisodeScore(name, PyFloat.PyRound(count / t, 2));
    }

    static JsonNode Nan => JsonValue.Create(double.NaN);

    /// <summary>
    /// v1.6 (2024-05-15): classic wordle scores a win by a speed table (n ≤ 3 → 100, 4 → 50, 5 → 30, 6 → 20; an int);
    /// the clue and critic variants keep round(100 / n, 2).
    /// </summary>
    JsonNode Speed(int n)
    {
        if (GameName != "wordle") return JsonValue.Create(PyFloat.PyRound(100.0 / n, 2));
        return JsonValue.Create(n switch
        {
            <= 3 => 100,
            4 => 50,
            5 => 30,
            6 => 20,
            // clembench would fail (unbound variable) past 6 guesses; the game never allows more
            _ => throw new InvalidOperationException($"wordle: a win in {n} guesses is beyond the v1.6 speed table"),
        });
    }

    /// <summary>Closeness: 5 per green, 3 per yellow ("green"/"yellow" substring per space-separated token).</summary>
    static int Closeness(string feedback)
    {
        var score = 0;
        foreach (var part in feedback.Split(' '))
        {
            if (part.Contains("green", StringComparison.Ordinal)) score += 5;
            else if (part.Contains("yellow", StringComparison.Ordinal)) score += 3;
        }
        return score;
    }

    /// <summary>
    /// Strategy: per guess after the first, −20 per red letter of the previous guess reused, +20 per green
    /// and +10 per yellow reused (letter sets, ignoring positions); the first guess scores 0, a one-guess game 100.
    /// </summary>
    static List<int> Strategy(List<string> feedback)
    {
        if (feedback.Count == 1) return [100];
        var scores = new List<int> { 0 };
        for (int i = 1; i < feedback.Count; i++)
        {
            var (previous, _) = ByColor(feedback[i - 1]);
            var (_, letters) = ByColor(feedback[i]);
            var next = letters.ToHashSet(StringComparer.Ordinal);
            int Reused(string color) => previous.TryGetValue(color, out var l) ? l.ToHashSet(StringComparer.Ordinal).Intersect(next).Count() : 0;
            scores.Add(-20 * Reused("red") + 20 * Reused("green") + 10 * Reused("yellow"));
        }
        return scores;
    }

    [GeneratedRegex(@"\b(\w+)\b\s*\<(.+?)\>")]
    private static partial Regex LetterColor();

    static (Dictionary<string, List<string>> ByColor, List<string> Letters) ByColor(string feedback)
    {
        var byColor = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var letters = new List<string>();
        foreach (var part in feedback.Split(' '))
        {
            foreach (Match m in LetterColor().Matches(part))
            {
                var letter = m.Groups[1].Value.Trim();
                var color = m.Groups[2].Value.Trim();
                letters.Add(letter);
                if (!byColor.TryGetValue(color, out var list)) byColor[color] = list = [];
                list.Add(letter);
            }
        }
        return (byColor, letters);
    }
}
