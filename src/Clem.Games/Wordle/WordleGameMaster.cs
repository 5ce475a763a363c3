using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Core.Models;

namespace Clem.Games.Wordle;

/// <summary>
/// clembench v1.6's wordle game master (master.py + game.py) with its own play loop: one turn per guesser
/// call, the critic (if any) asked within the guesser's turn, every call logged as send/get/parse events,
/// the scoring data logged in the last event. Known clembench bugs are reproduced only under the
/// settings that ask for them (<see cref="WordleSettings"/>).
/// Not ported: clembench's tailor_prompt, which drops old turns once a prompt exceeds 3,800 tiktoken tokens,
/// and only for the model names gpt-3.5-turbo(-0301), gpt-4(-0314) and text-davinci-003 (no tokenizer here;
/// every other model, including all recorded c4ai runs, gets the full history as here).
/// </summary>
public sealed class WordleGameMaster(GameContext context) : GameMaster(context)
{
    /// <summary>
    /// clembench's critic loop never ends while the critic answers in a wrong format; a run would hang.
    /// We stop after this many consecutive failures with an error (no record, exactly what clembench leaves).
    /// </summary>
    public const int UnboundedCriticSafetyLimit = 100;

    WordleConfig _config = null!;
    WordlePrompts _prompts = null!;
    WordleGuesser _guesser = null!;
    WordleCritic? _critic;
    HashSet<string> _allowedWords = null!;
    string _targetWord = "", _clue = "";
    JsonNode? _difficulty;
    readonly Dictionary<string, string> _players = new();
    bool _legacyFeedback, _unboundedCriticRetries, _caseSensitiveAgreement;

    // clembench's WordleGame state
    int _attempts, _guesserRetry, _guesserRetryInvalidWord, _criticRetry;
    int _guesserReqCount, _criticReqCount, _guesserParsedReqCount, _criticParsedReqCount;
    bool _terminate;
    string? _guesserError, _criticError;
    readonly List<Message> _guesserHistory = [], _criticHistory = [];

    // the master's bookkeeping for scoring
    readonly JsonArray _turnResults = [], _turnReqCount = [], _turnParseCount = [], _changeGuessWords = [];

    string ModelName(int i) => PlayerModels[Math.Min(i, PlayerModels.Count - 1)].Spec.Name;

    public override void Setup(JsonObject instance)
    {
        var where = $"{GameName}/{Context.ExperimentName}";
        _config = WordleConfig.FromExperiment(Experiment, where);
        _legacyFeedback = Setting(WordleSettings.LegacyFeedback, false);
        _unboundedCriticRetries = Setting(WordleSettings.UnboundedCriticRetries, false);
        _caseSensitiveAgreement = Setting(WordleSettings.CaseSensitiveAgreement, false);
        _allowedWords = WordleWordList.ForExperiment(Experiment, Context.Spec, where);

        _targetWord = PyStr.Strip(instance["target_word"]?.GetValue<string>() ?? throw new Clem.ClemUserException($"{where}: an instance has no \"target_word\""));
        _clue = PyStr.Strip(instance["target_word_clue"]?.GetValue<string>() ?? "");
        _difficulty = instance["target_word_difficulty"]?.DeepClone();

        _players["GM"] = "Game master for wordle";
        _players["Player 1"] = $"Word Guesser ({ModelName(0)})";
        if (PlayerModels.Count == 1)
            _players["Player 2"] = _config.UseCritic ? $"Word Guesser Critic ({ModelName(0)})" : "Guess Word Evaluator (Programmatic)";
        else _players["Player 2"] = $"Word Guesser Critic ({ModelName(1)})";

        _guesser = new WordleGuesser(PlayerModels[0], _config, _allowedWords, _clue);
        NamePlayer(_guesser, 1);
        if (_config.UseCritic)
        {
            _critic = new WordleCritic(PlayerModels[Math.Min(1, PlayerModels.Count - 1)], _config, _allowedWords);
            NamePlayer(_critic, 2);
        }
        // clembench marks this NO_CLUE_FOUND and crashes on logging before the first turn: a data error either way.
        if (_config.UseClue && _clue.Length == 0)
            throw new Clem.ClemUserException($"{where}: instance {instance["game_id"]} has no \"target_word_clue\" although the experiment uses clues");
        _prompts = new WordlePrompts(Experiment, _config, _clue);
        LogPlayers(_players);
    }

    bool Proceeds()
    {
        if (_terminate) return false;
        if (_config.UseCritic && _criticError != null) return _criticRetry < _config.MaxRetryPerError;
        if (_guesserError != null)
        {
            if (_guesserError == WordleErrors.NotValidEnglishWord) return _guesserRetryInvalidWord < _config.MaxRetryInvalidWord;
            return _guesserRetry < _config.MaxRetryPerError;
        }
        return _attempts < _config.MaxAttempts;
    }

    bool IsNo(string? agreement) => _caseSensitiveAgreement ? agreement == "no" : string.Equals(agreement, "no", StringComparison.OrdinalIgnoreCase);

    public override async Task PlayAsync(CancellationToken cancellationToken = default)
    {
        string guess = "", explanation = "";
        string? feedback = null, guesserError = null, criticError = null, agreement = null, agreementExplanation = null;
        var opinionCount = 0;
        var guessBeforeCriticism = "";
        var ignoreCritic = !_config.UseCritic;

        while (Proceeds())
        {
            LogNextTurn();
            (guess, explanation, guesserError) = await GuesserTurnAsync(guess, explanation, feedback, agreement, agreementExplanation, guesserError, cancellationToken).ConfigureAwait(false);
            if (guesserError != null)
            {
                LogGameInfo(guess, explanation, agreement, agreementExplanation, guesserError, null);
                continue;
            }
            if (!_config.UseCritic)
            {
                feedback = Validate(guess);
                LogGameInfo(guess, explanation, agreement, agreementExplanation, null, feedback);
                _attempts++;
                continue;
            }
            if (!ignoreCritic)
            {
                guessBeforeCriticism = guess;
                var failures = 0;
                while (true)
                {
                    (agreement, agreementExplanation, criticError) = await CriticTurnAsync(guess, explanation, feedback, agreement, agreementExplanation, criticError, cancellationToken).ConfigureAwait(false);
                    if (criticError == null) break;
                    if (_unboundedCriticRetries)
                    {
                        // clembench: `while game.proceeds:` tests a bound method, which is always true.
                        if (++failures >= UnboundedCriticSafetyLimit)
                            throw new InvalidOperationException($"the critic answered in a wrong format {failures} times in a row; clembench v1.6 would retry forever (setting {WordleSettings.UnboundedCriticRetries})");
                    }
                    else if (!Proceeds()) break;
                }
                if (criticError != null)
                {
                    LogEvent("Player 2", "GM", "error", criticError);
                    break;
                }
                LogEvent("GM", "GM", new JsonObject
                {
                    ["type"] = "metadata",
                    ["content"] = IsNo(agreement)
                        ? "Critic disagrees with the Guesser -- Sharing the critic's explanation with the guesser"
                        : "Critic agrees with the Guesser -- Sharing the critic's explanation with the guesser",
                });
                if (++opinionCount == _config.MaxCriticOpinionCount)
                {
                    ignoreCritic = true;
                    feedback = "";
                }
                continue;
            }
            // the guesser's reply after hearing the critic: record the (non-)change, then validate
            _changeGuessWords.Add(new JsonArray(guessBeforeCriticism, guess, agreement));
            const string indent = "\n                                                ";
            var change = guessBeforeCriticism != guess ? "Change in player1's guess" : "No change in player1's guess";
            LogEvent("GM", "GM", new JsonObject
            {
                ["type"] = "metadata",
                ["content"] = $"{change}\nguess_before_critic_opinion: {guessBeforeCriticism}{indent}critic_agreement: {agreement}\nguess_after_critic_opinion: {guess}{indent}Proceeding with guess validation",
            });
            feedback = Validate(guess);
            LogGameInfo(guess, explanation, agreement, agreementExplanation, criticError, feedback);
            _attempts++;
            agreement = agreementExplanation = WordlePrompts.DoNotUse;
            ignoreCritic = false;
            opinionCount = 0;
        }

        LogResult();
    }

    async Task<(string Guess, string Explanation, string? Error)> GuesserTurnAsync(string guess, string explanation, string? feedback,
        string? agreement, string? agreementExplanation, string? error, CancellationToken ct)
    {
        if (error == null) _prompts.AddGuesserTurn(_guesserHistory, guess, explanation, feedback, agreement, agreementExplanation);
        else
        {
            // Unknown words do not use up the format budget: the model cannot know the game's word list.
            if (error != WordleErrors.NotValidEnglishWord) _guesserRetry++;
            else _guesserRetryInvalidWord++;
            _prompts.AddGuesserRetry(_guesserHistory, error, guess, explanation);
        }
        _guesserReqCount++;
        var text = await CallAsync(_guesser, _guesserHistory, ct).ConfigureAwait(false);
        var parsed = _guesser.Parse(text);
        LogEvent("GM", "GM", "parse", new JsonObject { [_config.GuessKeyword] = parsed.Value, ["explanation"] = parsed.Explanation });
        var newError = WordleParsing.CheckGuess(parsed.Value, _config.MaxWordLength, _allowedWords);
        _guesserError = newError;
        if (newError == null)
        {
            _guesserRetry = 0;
            _guesserRetryInvalidWord = 0;
            _guesserParsedReqCount++;
        }
        else if (newError == WordleErrors.NotValidEnglishWord)
        {
            _guesserRetry = 0;
            _guesserParsedReqCount++;
        }
        return (parsed.Value, parsed.Explanation, newError);
    }

    async Task<(string Agreement, string Explanation, string? Error)> CriticTurnAsync(string guess, string explanation, string? feedback,
        string? agreement, string? agreementExplanation, string? error, CancellationToken ct)
    {
        if (error == null) _prompts.AddCriticTurn(_criticHistory, guess, explanation, feedback, agreement, agreementExplanation);
        else
        {
            _criticRetry++;
            _prompts.AddCriticRetry(_criticHistory, agreement ?? "", agreementExplanation ?? "");
        }
        _criticReqCount++;
        var text = await CallAsync(_critic!, _criticHistory, ct).ConfigureAwait(false);
        var parsed = _critic!.Parse(text);
        LogEvent("GM", "GM", "parse", new JsonObject { [_config.AgreementKeyword] = parsed.Value, ["explanation"] = parsed.Explanation });
        var newError = parsed.Value == WordleErrors.InvalidFormat ? WordleErrors.InvalidFormat : null;
        _criticError = newError;
        if (newError == null)
        {
            _criticRetry = 0;
            _criticParsedReqCount++;
        }
        return (parsed.Value, parsed.Explanation, newError);
    }

    /// <summary>clembench logs the send event with the call after the reply arrived, then the get event.</summary>
    async Task<string> CallAsync(Player player, List<Message> history, CancellationToken ct)
    {
        var response = await player.CallAsync(history.ToList(), _attempts, Recorder.Clock, ct).ConfigureAwait(false);
        LogEvent("GM", player.Name, "send message", history[^1].Content, response.Call);
        LogEvent(player.Name, "GM", "get message", response.Text);
        return response.Text;
    }

    string Validate(string guess)
    {
        var feedback = GuessFeedback.Compute(guess, _targetWord, _legacyFeedback);
        if (GuessFeedback.AllGreen(feedback)) _terminate = true;
        _turnResults.Add(new JsonArray(guess, feedback));
        _turnReqCount.Add(_guesserReqCount + (_config.UseCritic ? _criticReqCount : 0));
        _turnParseCount.Add(_guesserParsedReqCount + (_config.UseCritic ? _criticParsedReqCount : 0));
        return feedback;
    }

    void LogGameInfo(string guess, string explanation, string? agreement, string? agreementExplanation, string? error, string? feedback)
    {
        var attempts = error == null ? _attempts + 1 : _attempts;
        string content;
        if (error != null) content = $"Guesser Error: {error} while parsing Player 1's (model: {ModelName(0)}) response";
        else if (_config.UseClue) content = $"attempts: {attempts}\ntarget_word = {_targetWord}\ntarget_word_clue = {_clue}\nguess: {guess}\nguess_feedback: {feedback}";
        else content = $"attempts: {attempts}\ntarget_word = {_targetWord}\nguess: {guess}\nguess_feedback: {feedback}";
        var info = new JsonObject
        {
            ["attempts"] = attempts,
            ["target_word"] = _targetWord,
            ["target_word_difficulty"] = _difficulty?.DeepClone(),
            ["guesser"] = _players["Player 1"],
            ["guess"] = guess,
            ["explanation"] = explanation,
            ["error"] = error,
        };
        if (_config.UseClue) info["target_word_clue"] = _clue;
        if (_config.UseCritic)
        {
            info["critic_agreement"] = agreement;
            info["critic_explanation"] = agreementExplanation;
            info["guess_critic"] = _players["Player 2"];
        }
        LogEvent("GM", "GM", new JsonObject { ["type"] = "metadata", ["content"] = content, ["game_info"] = info });
    }

    string? GameStatus()
    {
        if (_config.UseCritic && _criticError != null) return _criticError;
        if (_guesserError != null) return _guesserError;
        if (_terminate) return "SUCCESS";
        if (_attempts == _config.MaxAttempts) return "MAX_ATTEMPTS_REACHED";
        return null;
    }

    void LogResult()
    {
        var status = GameStatus();
        string final;
        if (status != null && WordleErrors.Aborting.Contains(status))
        {
            final = "ABORTED";
            LogEvent("GM", "GM", new JsonObject
            {
                ["type"] = "invalid format",
                ["content"] = "Aborted due to invalid format in response",
                ["original_content"] = status,
            });
        }
        else final = status == "MAX_ATTEMPTS_REACHED" ? "LOSS" : "WIN";

        var data = new JsonObject
        {
            ["player_1"] = ModelName(0),
            ["player_2"] = PlayerModels.Count > 1 ? ModelName(1) : "",
            ["total_attempts"] = _attempts,
            ["turns_req_count"] = _turnReqCount.DeepClone(),
            ["turns_parse_count"] = _turnParseCount.DeepClone(),
            ["turns_guess_feedback"] = _turnResults.DeepClone(),
            ["critic_guesses_change"] = _changeGuessWords.DeepClone(),
            ["guesser_error"] = _guesserError,
            ["critic_error"] = _criticError,
            ["guesser retry count"] = _guesserRetry,
            ["critic retry count"] = _criticRetry,
            ["guesser_req_count"] = _guesserReqCount,
            ["critic_req_count"] = _criticReqCount,
            ["guesser_parsed_req_count"] = _guesserParsedReqCount,
            ["critic_parsed_req_count"] = _criticParsedReqCount,
            ["target_word"] = _targetWord,
            ["target_word_clue"] = _clue,
            ["target_word_difficulty"] = _difficulty?.DeepClone(),
            ["game_final_status"] = final,
            ["use_clue"] = _config.UseClue,
            ["use_critic"] = _config.UseCritic,
        };
        LogEvent("GM", "GM", new JsonObject
        {
            ["type"] = "metadata",
            ["content"] = $"game_result = {final}",
            ["data_for_computation"] = data,
        });
    }
}
