using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Games.Grids;

namespace Clem.Games.ReferenceGame;

/// <summary>
/// clembench v1.6's referencegame turn: the speaker gets its prompt; its reply must match the expression pattern
/// with an empty "remainder" (nothing after the first line break(s)), else the game ends (aborted, listener not
/// asked). The listener's prompt is its header with TARGET_EXPRESSION replaced by the speaker's whole reply; its
/// answer is judged by the same remainder rule (an invalid answer is logged, the scorer decides what it means).
/// </summary>
public sealed class ReferenceGameMaster(GameContext context) : GameMaster(context)
{
    ReferenceGameInstance _game = null!;
    Speaker _speaker = null!;
    Listener _listener = null!;
    readonly DialogueHistory _speakerHistory = new(), _listenerHistory = new();

    public override void Setup(JsonObject instance)
    {
        _game = ReferenceGameInstance.From(instance, Experiment);
        _speaker = new Speaker(PlayerModels[0]);
        _listener = new Listener(PlayerModels[1]);
        NamePlayer(_speaker, 1);
        NamePlayer(_listener, 2);
        LogPlayers(Setting(ReferenceGame.LegacyPlayersMap, false)
            ? [new("GM", "Game master for referencegame"), new("Player_1", _speaker.Model.Spec.Name), new("Player_2", _listener.Model.Spec.Name)]
            : [new("GM", "Game master for referencegame"), new("Player 1", _speaker.Description), new("Player 2", _listener.Description)]);
    }

    public override async Task PlayAsync(CancellationToken cancellationToken = default)
    {
        LogNextTurn();
        _speakerHistory.AddUser(_game.SpeakerPrompt);
        var expression = await AskAsync(_speaker, _speakerHistory.Messages(), 0, cancellationToken: cancellationToken).ConfigureAwait(false);
        _speakerHistory.AddAssistant(expression);

        var m1 = _game.ExpressionPattern.Match(expression);
        if (m1 != null && m1.Group("remainder") == "")
            LogEvent("GM", "GM", new JsonObject { ["type"] = "parse", ["content"] = expression, ["expression"] = m1.Group("content") });
        else
        {
            LogEvent("GM", "GM", new JsonObject { ["type"] = "invalid format", ["content"] = "Invalid generated expression", ["original_content"] = expression });
            return;
        }

        _listenerHistory.AddUser(_game.ListenerPrompt.Replace(ReferenceGameInstance.ExpressionPlaceholder, expression, StringComparison.Ordinal));
        var answer = await AskAsync(_listener, _listenerHistory.Messages(), 0, cancellationToken: cancellationToken).ConfigureAwait(false);
        _listenerHistory.AddAssistant(answer);

        var m2 = _game.AnswerPattern.Match(answer);
        if (m2 != null && m2.Group("remainder") == "")
            LogEvent("GM", "GM", new JsonObject { ["type"] = "parse", ["content"] = answer, ["answer"] = m2.Group("content") });
        else
            LogEvent("GM", "GM", new JsonObject { ["type"] = "invalid format", ["content"] = "Invalid generated choice", ["original_content"] = answer });
    }
}
