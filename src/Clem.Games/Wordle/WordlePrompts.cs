using System.Text.Json.Nodes;
using Clem.Core.Models;

namespace Clem.Games.Wordle;

/// <summary>
/// Builds the guesser's and the critic's message histories the way clembench v1.x's PromptGenerator does:
/// the game master, not the model, writes the assistant turns (a reconstruction "guess:…\nexplanation:…\n"
/// from the parsed reply), and each history only ever grows.
/// </summary>
public sealed class WordlePrompts
{
    /// <summary>clembench's hard-coded re-prompt texts (v1.6), keyed by error status.</summary>
    public static readonly IReadOnlyDictionary<string, string> ClembenchErrorMessages = new Dictionary<string, string>
    {
        [WordleErrors.InvalidWordLength] = "the word should have exactly 5 letters. Please try again",
        [WordleErrors.InvalidWord] = "the word should contain only alphabets. Please try again",
        [WordleErrors.NotValidEnglishWord] = "your guess is not a valid word for this game. Please try again",
        [WordleErrors.InvalidFormat] = "Provide your response only in this format:\nguess:word\nexplanation:details.\nPlease try again",
        // used instead of all of the above when use_error_explanation is false
        ["NO_EXPLANATION"] = "guess an english five letter word Provide your response only in this format:\nguess:word\nexplanation:details.\nPlease try again",
        ["CRITIC_INVALID_FORMAT"] = "Provide your response only in this format:\nagreement:yes or no\nexplanation:details\nPlease try again",
    };

    public const string DoNotUse = "do_not_use";

    readonly string _systemDefinition;
    readonly IReadOnlyList<Message> _guesserPrompt;
    readonly IReadOnlyList<Message> _criticPrompt;
    readonly bool _useSystemMessage, _useClue, _useCritic, _useErrorExplanation;
    readonly string _clue;
    readonly IReadOnlyDictionary<string, string> _errorMessages;

    public WordlePrompts(JsonObject experiment, WordleConfig config, string clue)
    {
        _systemDefinition = experiment["system_definition"]?.GetValue<string>() ?? "";
        _guesserPrompt = Messages(experiment["guesser_prompt"]);
        _criticPrompt = Messages(experiment["guesser_critic_prompt"]);
        _useSystemMessage = config.UseSystemMessage;
        _useErrorExplanation = config.UseErrorExplanation;
        _useClue = config.UseClue;
        _useCritic = config.UseCritic;
        _clue = clue;
        var messages = new Dictionary<string, string>(ClembenchErrorMessages);
        // Our own game version may word the re-prompts itself (same rules); clembench's data has no such key.
        if (experiment["error_messages"] is JsonObject own)
            foreach (var (k, v) in own) if (v is JsonValue s && s.TryGetValue<string>(out var text)) messages[k] = text;
        _errorMessages = messages;
    }

    static List<Message> Messages(JsonNode? node) =>
        node is JsonArray a
            ? a.OfType<JsonObject>().Select(m => new Message(m["role"]?.GetValue<string>() ?? Message.User, m["content"]?.GetValue<string>() ?? "")).ToList()
            : [];

    /// <summary>clembench's create(): the first prompt, or the reconstructed reply plus the GM's answer to a valid guess.</summary>
    public void AddGuesserTurn(List<Message> history, string guess, string explanation, string? feedback, string? agreement, string? agreementExplanation)
    {
        if (history.Count == 0)
        {
            if (_useSystemMessage)
            {
                history.Add(Message.FromSystem(_systemDefinition));
                history.AddRange(_guesserPrompt);
            }
            else history.Add(Message.FromUser(_systemDefinition + (_guesserPrompt.Count > 0 ? _guesserPrompt[0].Content : "")));
            if (_useClue) history[^1] = history[^1] with { Content = history[^1].Content + "clue:" + _clue + "\n" };
            return;
        }
        history.Add(Message.FromAssistant("guess:" + guess + "\nexplanation:" + explanation + "\n"));
        if (_useCritic)
        {
            var content = agreement == DoNotUse
                ? ""
                : "clue:" + _clue + "\nguess_agreement:" + agreement + "\nagreement_explanation:" + agreementExplanation + "\n";
            if (!string.IsNullOrEmpty(feedback)) content += "guess_feedback: " + feedback;
            history.Add(Message.FromUser(content));
        }
        else history.Add(Message.FromUser("guess_feedback: " + feedback));
    }

    /// <summary>clembench's recreate(): the reconstructed failed reply plus the re-prompt for its error.</summary>
    public void AddGuesserRetry(List<Message> history, string error, string guess, string explanation)
    {
        var prefix = _useCritic ? "clue:" + _clue + "\n" : "";
        history.Add(Message.FromAssistant(prefix + "guess:" + guess + "\nexplanation:" + explanation + "\n"));
        var key = _useErrorExplanation ? error : "NO_EXPLANATION";
        // clembench would fail on an unknown status here; all statuses that reach a retry are known.
        history.Add(Message.FromUser(_errorMessages.TryGetValue(key, out var text) ? text : _errorMessages[WordleErrors.InvalidFormat]));
    }

    /// <summary>clembench's create_critic_prompt().</summary>
    public void AddCriticTurn(List<Message> history, string guess, string explanation, string? feedback, string? agreement, string? agreementExplanation)
    {
        var request = "clue:" + _clue + "\nguess:" + guess + "\nexplanation:" + explanation + "\n";
        if (history.Count == 0)
        {
            history.Add(Message.FromUser((_criticPrompt.Count > 0 ? _criticPrompt[0].Content : "") + request));
            return;
        }
        history.Add(agreement == DoNotUse
            ? Message.FromUser("")
            : Message.FromAssistant("agreement:" + agreement + "\nexplanation:" + agreementExplanation + "\n"));
        if (!string.IsNullOrEmpty(feedback)) request += "guess_feedback: " + feedback;
        history.Add(Message.FromUser(request));
    }

    /// <summary>clembench's recreate(for_critic=True).</summary>
    public void AddCriticRetry(List<Message> history, string agreement, string agreementExplanation)
    {
        history.Add(Message.FromAssistant("agreement:" + agreement + "\nexplanation:" + agreementExplanation + "\n"));
        history.Add(Message.FromUser(_errorMessages["CRITIC_INVALID_FORMAT"]));
    }
}
