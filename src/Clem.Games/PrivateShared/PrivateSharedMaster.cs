using System.Globalization;
using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Models;
using Clem.Core.Records;

namespace Clem.Games.PrivateShared;

/// <summary>
/// clembench v1.6's privateshared game master, loop for loop: a probing round before the game, then for every slot
/// a slot-filling turn (the programmatic questioner asks, the answerer replies with ANSWER:) followed by a probing
/// round (for every slot: "does the questioner know it?", answered with ASIDE: yes/no, up to one try per retry
/// suffix). Probes run on a copy of the history and never enter it. Any invalid reply that is not retried aborts.
/// </summary>
public sealed class PrivateSharedMaster(GameContext context) : GameMaster(context)
{
    const string Invalid = "NA";
    const int InvalidLabel = 2;

    PrivateSharedTexts _texts = null!;
    PrivateSharedInstance _instance = null!;
    Answerer _answerer = null!;
    Questioner _questioner = null!;
    string _questionerTag = "";
    readonly List<Message> _messages = [];
    // slot → turn after which the questioner knows it (clembench's probe_gt, logged as realised_slots)
    readonly List<string> _gtOrder = [];
    readonly Dictionary<string, int> _probeGt = new(StringComparer.Ordinal);
    readonly List<bool> _filledSlots = [];
    int _currentTurn, _maxTurns, _playedProbingRounds;
    bool _aborted;
    int[] _requestCounts = [], _parsedRequestCounts = [], _violatedRequestCounts = [];

    bool CodaLoggedNotSent => Setting(PrivateSharedGame.CodaLoggedNotSent, false);
    bool ProbeDoubleSpace => Setting(PrivateSharedGame.ProbeDoubleSpace, false);

    public override void Setup(JsonObject instance)
    {
        _instance = PrivateSharedInstance.Parse(instance, Path.Combine(Context.Spec.Directory, "in"));
        _texts = PrivateSharedTexts.Load(Path.Combine(Context.Spec.Directory, "resources"), Context.ExperimentName, _instance.Lang);
        _questionerTag = $"{_instance.Tag}: ";
        for (int i = 0; i < _instance.RequestOrder.Count; i++)
        {
            _gtOrder.Add(_instance.RequestOrder[i]);
            _probeGt[_instance.RequestOrder[i]] = i;
        }
        _answerer = new Answerer(PlayerModels[0], _instance, _texts);
        NamePlayer(_answerer, 1);
        _questioner = new Questioner(_instance, _texts);
        _maxTurns = _instance.Slots.Count;
        var probeTurns = _maxTurns + 1; // one probing round before the game and one after each request
        _requestCounts = new int[probeTurns];
        _parsedRequestCounts = new int[probeTurns];
        _violatedRequestCounts = new int[probeTurns];
        LogPlayers([
            new("GM", "Game master for privateshared"),
            new("Player 1", $"Answerer: {PlayerModels[0].Spec.Name}"),
            new("Player 2", "Questioner: Programmatic"),
        ]);
    }

    public override async Task PlayAsync(CancellationToken cancellationToken = default)
    {
        LogNextTurn();
        var allProbes = new JsonArray();
        // the instructions, then a filler reply so that the requests do not follow a user turn
        _messages.Add(Message.FromUser(_instance.InitialPrompt));
        _messages.Add(Message.FromAssistant("Ok."));
        LogEvent("GM", "Player 1", "send message", _instance.InitialPrompt);

        var (turnProbes, probingSuccessful) = await ProbeAsync(cancellationToken).ConfigureAwait(false);
        allProbes.Add(turnProbes);
        if (!probingSuccessful)
        {
            LogEvent("GM", "GM", "invalid format", "Abort: invalid format in probing.");
            _aborted = true;
        }

        while (_currentTurn < _maxTurns && !_aborted)
        {
            LogNextTurn();
            if (!await SlotTurnAsync(cancellationToken).ConfigureAwait(false))
            {
                LogEvent("GM", "GM", "invalid format", "Abort: invalid format in slot filling.");
                _aborted = true;
                break;
            }
            (turnProbes, probingSuccessful) = await ProbeAsync(cancellationToken).ConfigureAwait(false);
            allProbes.Add(turnProbes);
            if (!probingSuccessful)
            {
                LogEvent("GM", "GM", "invalid format", "Abort: invalid format in probing.");
                _aborted = true;
                break;
            }
        }

        LogKey("probes", allProbes);
        var realised = new JsonObject();
        foreach (var slot in _gtOrder) realised[slot] = _probeGt[slot];
        LogKey("realised_slots", realised);
        LogEvent("GM", "GM", "end", "Game finished.");
        LogKey(Metrics.RequestCount, IntList(_requestCounts));
        LogKey(Metrics.RequestCountParsed, IntList(_parsedRequestCounts));
        LogKey(Metrics.RequestCountViolated, IntList(_violatedRequestCounts));
        LogKey("Filled Slots", new JsonArray(_filledSlots.Select(b => (JsonNode)JsonValue.Create(b)).ToArray()));
        LogKey(Metrics.Aborted, _aborted);
        LogKey("Played Probe Rounds", _playedProbingRounds);
    }

    static JsonArray IntList(IEnumerable<int> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    async Task<bool> SlotTurnAsync(CancellationToken ct)
    {
        LogEvent("GM", "Player 2", "send message", _texts.DummyPrompt);
        var request = _questionerTag + _questioner.Request(_currentTurn);
        var cleanRequest = PyStr.Strip(request.Replace(_questionerTag, "", StringComparison.Ordinal));
        LogEvent("Player 2", "GM", "get message", cleanRequest);
        var withCoda = PyStr.Format(_texts.Coda, request);
        // clembench v1.6 logs the request with its coda but sends the model the request alone.
        _messages.Add(Message.FromUser(CodaLoggedNotSent ? request : withCoda));
        LogEvent("GM", "Player 1", "send message", withCoda);

        var response = await _answerer.CallAsync(_messages.ToList(), _currentTurn, Recorder.Clock, ct).ConfigureAwait(false);
        var answer = response.Text;
        _messages.Add(Message.FromAssistant(answer));
        _currentTurn++;
        LogEvent("Player 1", "GM", "get message", answer, response.Call);
        // the turn counter has just moved on, so it names the probing round that follows
        _requestCounts[_currentTurn]++;

        var parsed = ParseSlotResponse(answer);
        LogEvent("GM", "GM", "parse", parsed);
        if (parsed == Invalid)
        {
            _violatedRequestCounts[_currentTurn]++;
            return false;
        }
        _parsedRequestCounts[_currentTurn]++;

        var slot = _instance.RequestOrder[_currentTurn - 1];
        var filled = PyStr.ContainsIgnoreCase(answer, _instance.ValueOf(slot));
        _filledSlots.Add(filled);
        LogEvent("GM", "GM", "metadata", $"Slot filled: {(filled ? "True" : "False")}");
        UpdateAnticipatedSlots(answer);
        LogEvent("GM", "Player 2", "send message", parsed);
        return true;
    }

    /// <summary>A reply that gives away a slot asked later moves that slot's ground-truth turn to now.</summary>
    void UpdateAnticipatedSlots(string answer)
    {
        var turn = _currentTurn - 1;
        foreach (var (slot, value) in _instance.Slots)
        {
            if (PyStr.ContainsIgnoreCase(answer, value) && turn < _probeGt[slot])
            {
                LogEvent("GM", "GM", "metadata", $"Value for {slot.ToUpperInvariant()} anticipated; ground truth turn updated from {_probeGt[slot]} to {turn}.");
                _probeGt[slot] = turn;
            }
        }
    }

    async Task<(JsonArray Probes, bool Successful)> ProbeAsync(CancellationToken ct)
    {
        LogEvent("GM", "GM", "info", "Begin probing");
        var turn = _currentTurn;
        var round = _instance.Probes[turn.ToString(CultureInfo.InvariantCulture)];
        var probes = new JsonArray();
        foreach (var (slot, idx) in round)
        {
            probes.Add(new JsonObject
            {
                ["target"] = slot.ToUpperInvariant(),
                ["question"] = PyStr.Format(_texts.Probe, Phrasing(_texts.ProbingQuestions, slot, idx, "probing_questions")),
                ["gt"] = turn > _probeGt[slot] ? 1 : 0,
            });
        }
        var successByRound = new List<bool>();
        foreach (var node in probes)
        {
            var probe = node!.AsObject();
            var (answer, parsed, successful, tries) = await ProbingLoopAsync(probe["question"]!.GetValue<string>(), turn, ct).ConfigureAwait(false);
            probe["answer"] = answer;
            probe["value"] = parsed == _texts.Yes ? 1 : parsed == _texts.No ? 0 : InvalidLabel;
            probe["tries"] = tries;
            var target = probe["target"]!.GetValue<string>();
            LogEvent("GM", "GM", "metadata", successful ? $"Answer for {target} valid after {tries} tries." : $"Answer for {target} invalid after max attempts.");
            var correct = probe["value"]!.GetValue<int>() == probe["gt"]!.GetValue<int>();
            LogEvent("GM", "GM", "check", $"Answer is {(correct ? "" : "in")}correct.");
            successByRound.Add(successful);
            if (!successful) break; // a probe that stays invalid ends the round (and the game)
        }
        var all = successByRound.All(s => s);
        if (all) _playedProbingRounds++;
        LogEvent("GM", "GM", "info", "End probing");
        return (probes, all);
    }

    async Task<(string Answer, string Parsed, bool Successful, int Tries)> ProbingLoopAsync(string question, int turn, CancellationToken ct)
    {
        // the probe goes to a copy of the history and is never kept in it
        var history = _messages.ToList();
        history.Add(Message.FromUser(""));
        int tries = 1;
        string answer = "", parsed = "";
        var successful = false;
        while (tries <= _texts.RetrySuffixes.Count)
        {
            var content = ProbeContent(question, tries);
            history[^1] = Message.FromUser(content);
            LogEvent("GM", "Player 1", "probe question", content);
            var response = await _answerer.CallAsync(history.ToList(), turn, Recorder.Clock, ct).ConfigureAwait(false);
            answer = response.Text;
            LogEvent("Player 1", "GM", "probe answer", answer, response.Call);
            _requestCounts[turn]++;
            parsed = ParseProbingResponse(answer);
            LogEvent("GM", "GM", "parse", parsed);
            if (parsed == _texts.Yes || parsed == _texts.No)
            {
                successful = true;
                _parsedRequestCounts[turn]++;
                break;
            }
            _violatedRequestCounts[turn]++;
            tries++;
        }
        return (answer, parsed, successful, tries);
    }

    /// <summary>The probe with the try's retry suffix after the ME tag.</summary>
    string ProbeContent(string question, int tries)
    {
        var suffix = _texts.RetrySuffixes[tries - 1];
        // clembench: replace("ME: ", "ME: " + suffix + " ") — two spaces after the tag on the first try (empty suffix).
        if (ProbeDoubleSpace) return question.Replace(_texts.Me, $"{_texts.Me}{suffix} ", StringComparison.Ordinal);
        if (suffix.Length == 0 || !question.StartsWith(_texts.Me, StringComparison.Ordinal)) return question;
        return $"{_texts.Me}{suffix} {question[_texts.Me.Length..]}";
    }

    static bool HasContinuation(string response) => PyStr.Strip(response, '\n').Contains('\n');

    string ParseSlotResponse(string response)
    {
        var tag = PyStr.Strip(_texts.Answer);
        if (!response.StartsWith(tag, StringComparison.Ordinal) || HasContinuation(response)) return Invalid;
        return FilterTag(response, tag);
    }

    string ParseProbingResponse(string response)
    {
        var tag = PyStr.Strip(_texts.Aside);
        if (!response.StartsWith(tag, StringComparison.Ordinal) || HasContinuation(response)) return Invalid;
        var clean = PyStr.Lower(FilterTag(response, tag));
        if (clean.StartsWith(_texts.Yes, StringComparison.Ordinal)) return _texts.Yes;
        if (clean.StartsWith(_texts.No, StringComparison.Ordinal)) return _texts.No;
        return Invalid;
    }

    /// <summary>clembench removes every occurrence of the tag, not just the leading one.</summary>
    static string FilterTag(string answer, string tag) => PyStr.Strip(answer.Replace(tag, "", StringComparison.Ordinal));

    internal static string Phrasing(IReadOnlyDictionary<string, IReadOnlyList<string>> phrasings, string slot, int index, string file) =>
        phrasings.TryGetValue(slot, out var list) && index >= 0 && index < list.Count ? list[index]
            : throw new ClemUserException($"privateshared resources/texts/…/{file}.json: no phrasing {index} for slot '{slot}'");
}
