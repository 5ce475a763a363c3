using System.Text.Json.Nodes;
using Clem.Core.Models;

namespace Clem.Core.Games;

/// <summary>
/// The one generic turn loop (clembench v1.x DialogueGameMaster): players act in the order they were
/// added, a player may be re-prompted, and the game may stop between players. Games plug in through hooks.
/// Invalid responses are not added to the player's history.
/// </summary>
public abstract class DialogueGameMaster(GameContext context) : GameMaster(context)
{
    readonly List<Player> _players = [];
    readonly Dictionary<Player, List<Message>> _history = [];

    public IReadOnlyList<Player> Players => _players;
    public int CurrentTurn { get; private set; }

    protected void AddPlayer(Player player)
    {
        _players.Add(player);
        NamePlayer(player, _players.Count);
        _history[player] = [];
    }

    public IReadOnlyList<Message> History(Player player) => _history[player];

    protected void AddMessage(Player player, string content, string role) => _history[player].Add(new Message(role, content));
    protected void AddUserMessage(Player player, string content) => AddMessage(player, content, Message.User);
    protected void AddAssistantMessage(Player player, string content) => AddMessage(player, content, Message.Assistant);

    public sealed override void Setup(JsonObject instance)
    {
        OnSetup(instance);
        var map = new List<KeyValuePair<string, string>> { new("GM", $"Game master for {GameName}") };
        map.AddRange(_players.Select(p => new KeyValuePair<string, string>(p.Name, p.Description)));
        LogPlayers(map);
    }

    /// <summary>Reads the instance, creates and adds the players, sets up the first messages.</summary>
    protected abstract void OnSetup(JsonObject instance);

    public sealed override async Task PlayAsync(CancellationToken cancellationToken = default)
    {
        OnBeforeGame();
        var innerBreak = false;
        while (!innerBreak && DoesGameProceed())
        {
            LogNextTurn();
            OnBeforeTurn(CurrentTurn);
            foreach (var player in _players)
            {
                if (!DoesGameProceed()) { innerBreak = true; break; }
                await PromptAsync(player, reprompt: false, cancellationToken).ConfigureAwait(false);
                while (ShouldReprompt(player))
                {
                    OnBeforeReprompt(player);
                    await PromptAsync(player, reprompt: true, cancellationToken).ConfigureAwait(false);
                }
            }
            OnAfterTurn(CurrentTurn);
            CurrentTurn++;
        }
        OnAfterGame();
    }

    async Task PromptAsync(Player player, bool reprompt, CancellationToken cancellationToken)
    {
        var messages = _history[player];
        if (messages.Count == 0) throw new InvalidOperationException($"{player.Name} has no messages to respond to");
        if (messages[^1].Role == Message.Assistant)
            throw new InvalidOperationException($"the last message for {player.Name} is its own: add a user message before prompting");
        var text = await AskAsync(player, messages.ToList(), CurrentTurn, reprompt ? "send message (reprompt)" : "send message", cancellationToken).ConfigureAwait(false);
        if (!ValidatePlayerResponse(player, text)) return;
        var (parsed, logParse) = OnParseResponse(player, text);
        if (parsed != text && logParse) LogEvent("GM", "GM", "parse", parsed);
        AddAssistantMessage(player, parsed);
        AfterAddPlayerResponse(player, parsed);
    }

    protected virtual void OnBeforeGame() { }
    protected abstract bool DoesGameProceed();
    protected virtual void OnBeforeTurn(int turnIndex) { }
    protected virtual void OnAfterTurn(int turnIndex) { }
    protected virtual void OnAfterGame() { }
    protected virtual bool ShouldReprompt(Player player) => false;
    protected virtual void OnBeforeReprompt(Player player) { }

    /// <summary>False: the response is not added to the history (the game usually stops or reprompts).</summary>
    protected virtual bool ValidatePlayerResponse(Player player, string utterance) => true;

    /// <summary>May rewrite a valid response before it enters the history; log = record a "parse" event.</summary>
    protected virtual (string Text, bool Log) OnParseResponse(Player player, string utterance) => (utterance, false);

    /// <summary>Typically forwards the response to the other player as a user message.</summary>
    protected virtual void AfterAddPlayerResponse(Player player, string utterance) { }
}
