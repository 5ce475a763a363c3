using System.Globalization;
using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Games.Text;

namespace Clem.Games.Taboo;

/// <summary>
/// clembench v1.6's taboo game master on the generic dialogue loop. Per turn the describer gives a clue
/// ("CLUE: …"), the guesser guesses ("GUESS: …"). A response without its prefix aborts the game ("invalid
/// format"); a clue that uses the target or a related word (by stem) ends it as a loss ("invalid clue"); a
/// correct guess wins; after max_turns turns the game is lost. The first clue is appended to the guesser's
/// prompt (prompt + "\n\n" + the describer's reply); later clues and wrong guesses are forwarded verbatim.
/// </summary>
public sealed class TabooGameMaster(GameContext context) : DialogueGameMaster(context)
{
    TabooSettings _settings = TabooSettings.Clembench;
    StopwordList _stopwords = null!;
    WordDescriber _describer = null!;
    WordGuesser _guesser = null!;
    string _target = "";
    List<string> _related = [];
    string _guesserPrompt = "";
    int _maxTurns;
    bool _invalidResponse;
    ClueError? _clueError;
    string? _guess;

    protected override void OnSetup(JsonObject instance)
    {
        _settings = TabooSettings.FromJson(Context.Settings);
        _stopwords = _settings.LoadStopwords();
        _target = instance["target_word"]?.GetValue<string>() ?? throw new ClemUserException("taboo instance without \"target_word\"");
        _related = (instance["related_word"] as JsonArray ?? throw new ClemUserException($"taboo instance '{_target}' without a \"related_word\" list"))
            .Select(n => n!.GetValue<string>()).ToList();
        _maxTurns = Experiment["max_turns"]?.GetValue<int>() ?? throw new ClemUserException($"taboo experiment '{Context.ExperimentName}' without \"max_turns\"");
        var n = _maxTurns.ToString(CultureInfo.InvariantCulture);

        var describerPrompt = Template("describer_initial_prompt")
            .Replace("$TARGET_WORD$", _target, StringComparison.Ordinal)
            .Replace("$REL_WORD$", string.Join("\n", _related.Select(w => "- " + w)), StringComparison.Ordinal)
            .Replace("$N$", n, StringComparison.Ordinal);
        _guesserPrompt = Template("guesser_initial_prompt").Replace("$N$", n, StringComparison.Ordinal);

        _describer = new WordDescriber(PlayerModels[0], new TabooSecret(_target, _related, _stopwords, _settings));
        _guesser = new WordGuesser(PlayerModels[1]);
        AddPlayer(_describer);
        AddPlayer(_guesser);
        AddUserMessage(_describer, describerPrompt);
    }

    string Template(string key) =>
        Experiment[key]?.GetValue<string>() ?? throw new ClemUserException($"taboo experiment '{Context.ExperimentName}' without \"{key}\"");

    protected override bool DoesGameProceed()
    {
        if (_invalidResponse)
        {
            LogEvent("GM", "GM", "invalid format", "abort game");
            return false;
        }
        if (_clueError != null)
        {
            LogEvent("GM", "GM", "invalid clue", _clueError.Message);
            return false;
        }
        if (_guess == _target)
        {
            LogEvent("GM", "GM", "correct guess", "end game");
            return false;
        }
        if (CurrentTurn >= _maxTurns)
        {
            LogEvent("GM", "GM", "max turns reached", _maxTurns.ToString(CultureInfo.InvariantCulture));
            return false;
        }
        return true;
    }

    protected override bool ValidatePlayerResponse(Player player, string utterance)
    {
        if (player == _guesser)
        {
            if (!utterance.StartsWith(TabooRules.GuessPrefix, StringComparison.Ordinal))
            {
                _invalidResponse = true;
                return false;
            }
            LogEvent("GM", "GM", "valid response", "continue");
            _guess = TabooRules.NormaliseGuess(utterance);
            LogEvent("GM", "GM", "valid guess", _guess);
        }
        if (player == _describer)
        {
            if (!utterance.StartsWith(TabooRules.CluePrefix, StringComparison.Ordinal))
            {
                _invalidResponse = true;
                return false;
            }
            LogEvent("GM", "GM", "valid response", "continue");
            var (clue, errors) = TabooRules.CheckClue(utterance, _target, _related, _stopwords, _settings.ClueTokensSplitOnAnySeparator);
            if (errors.Count > 0)
            {
                _clueError = errors[0];
                return false;
            }
            LogEvent("GM", "GM", "valid clue", clue);
        }
        return true;
    }

    protected override void AfterAddPlayerResponse(Player player, string utterance)
    {
        if (player == _describer)
            AddUserMessage(_guesser, CurrentTurn == 0 ? $"{_guesserPrompt}\n\n{utterance}" : utterance);
        if (player == _guesser && _guess != _target)
            AddUserMessage(_describer, utterance);
    }
}
