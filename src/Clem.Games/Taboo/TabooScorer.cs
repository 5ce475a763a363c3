using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Records;

namespace Clem.Games.Taboo;

/// <summary>
/// clembench v1.6's TabooScorer. Turn scores: Accuracy (1 in the turn of the correct guess), request counts.
/// Episode: Aborted (an "invalid format" event), Success (a "correct guess"), Lose otherwise; Main Score =
/// 100 / number of turns when won, 0 when lost, NaN when aborted. Under clembench's settings the request counts
/// are one per turn (violated from the abort on) and the repetition metrics are always 0 (see <see cref="TabooSettings"/>).
/// </summary>
public sealed class TabooScorer(string game, JsonObject experiment, JsonObject instance, TabooSettings settings)
    : GameScorer(game, experiment, instance)
{
    public override void ComputeScores(JsonObject interactions)
    {
        var turns = (interactions["turns"] as JsonArray ?? throw new ClemUserException("interactions without \"turns\""))
            .Select(t => (t as JsonArray ?? []).OfType<JsonObject>().ToList()).ToList();
        if (turns.Count == 0) throw new InvalidOperationException("taboo episode without turns: no request to score (clembench divides by zero here)");

        bool invalid = false, won = false;
        int violatedSum = 0, parsedSum = 0, requestSum = 0, guessRepeats = 0, clueRepeats = 0;
        var guesses = new List<string>();
        var clues = new List<string>();
        for (int t = 0; t < turns.Count; t++)
        {
            int requests = 0, invalidEvents = 0;
            foreach (var ev in turns[t])
            {
                var type = ev["action"]?["type"]?.GetValue<string>();
                var content = ev["action"]?["content"];
                switch (type)
                {
                    case "invalid format": invalid = true; invalidEvents++; break;
                    case "correct guess": won = true; break;
                    case "get message": requests++; break;
                    case "valid guess" when settings.CountRepetitions: guessRepeats += Repeats(guesses, content); break;
                    case "valid clue" when settings.CountRepetitions: clueRepeats += Repeats(clues, content); break;
                }
            }
            int count, violated;
            if (settings.RequestCountPerCall) (count, violated) = (requests, invalidEvents);
            else (count, violated) = (1, invalid ? 1 : 0);
            var parsed = count - violated;
            LogTurnScore(t, "Accuracy", won ? 1 : 0);
            LogTurnScore(t, Metrics.RequestCountViolated, violated);
            LogTurnScore(t, Metrics.RequestCountParsed, parsed);
            LogTurnScore(t, Metrics.RequestCount, count);
            violatedSum += violated;
            parsedSum += parsed;
            requestSum += count;
        }

        LogEpisodeScore(Metrics.RequestCountViolated, violatedSum);
        LogEpisodeScore(Metrics.RequestCountParsed, parsedSum);
        LogEpisodeScore(Metrics.RequestCount, requestSum);
        LogEpisodeScore(Metrics.RequestSuccess, requestSum == 0 ? double.NaN : (double)parsedSum / requestSum);
        if (invalid)
        {
            LogEpisodeScore(Metrics.Aborted, 1);
            LogEpisodeScore(Metrics.Success, 0);
            LogEpisodeScore(Metrics.Lose, 0);
            LogEpisodeScore(Metrics.MainScore, double.NaN);
        }
        else
        {
            LogEpisodeScore(Metrics.Aborted, 0);
            LogEpisodeScore(Metrics.Success, won ? 1 : 0);
            LogEpisodeScore(Metrics.Lose, won ? 0 : 1);
            if (won) LogEpisodeScore(Metrics.MainScore, 100.0 / turns.Count);
            else LogEpisodeScore(Metrics.MainScore, 0); // an int, as clembench logs it
        }
        LogEpisodeScore("Repetition-Guesser", guessRepeats);
        LogEpisodeScore("Repetition-Describer", clueRepeats);
    }

    /// <summary>1 if <paramref name="content"/> was said before in this episode (then remembered), else 0.</summary>
    static int Repeats(List<string> seen, JsonNode? content)
    {
        var text = content is JsonValue v && v.TryGetValue<string>(out var s) ? s : content?.ToJsonString() ?? "";
        var repeated = seen.Contains(text) ? 1 : 0;
        seen.Add(text);
        return repeated;
    }
}
