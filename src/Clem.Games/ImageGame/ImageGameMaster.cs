using System.Text.Json.Nodes;
using Clem.Core.Games;
using Clem.Games.Grids;

namespace Clem.Games.ImageGame;

/// <summary>
/// clembench v1.6's imagegame loop, step for step. Each player's history is an empty system message followed by
/// alternating user/assistant messages. Per turn: the giver is asked (the target grid and the question in turn 0,
/// the question afterwards); "instruction: done" ends the game; otherwise its first line is the instruction, which
/// the follower receives (after its prompt header in turn 0) and answers with a grid. A reply that breaks the format
/// ends the game (aborted). At most grid_dimension² turns.
/// </summary>
public sealed class ImageGameMaster(GameContext context) : GameMaster(context)
{
    ImageGameInstance _game = null!;
    InstructionGiver _giver = null!;
    InstructionFollower _follower = null!;
    readonly DialogueHistory _giverHistory = new(), _followerHistory = new();
    string _nextTurnMessage = "";
    int _currentTurn;
    bool _terminate;

    public override void Setup(JsonObject instance)
    {
        _game = ImageGameInstance.From(instance, Experiment);
        _giver = new InstructionGiver(PlayerModels[0]);
        _follower = new InstructionFollower(PlayerModels[1]);
        NamePlayer(_giver, 1);
        NamePlayer(_follower, 2);
        _giverHistory.AddUser(_game.GiverHeader + "\n" + _game.TargetGrid + "\n" + _game.Question + "\n");
        LogPlayers(Setting(ImageGame.LegacyPlayersMap, false)
            ? [new("GM", "Game master for imagegame"), new("Player_1", _giver.Model.Spec.Name), new("Player_2", _follower.Model.Spec.Name)]
            : [new("GM", "Game master for imagegame"), new("Player 1", _giver.Description), new("Player 2", _follower.Description)]);
    }

    public override async Task PlayAsync(CancellationToken cancellationToken = default)
    {
        while (!_terminate && _currentTurn < _game.MaxTurns)
            await TurnAsync(cancellationToken).ConfigureAwait(false);
    }

    async Task TurnAsync(CancellationToken ct)
    {
        LogNextTurn();
        if (_nextTurnMessage != "") _giverHistory.AddUser(_nextTurnMessage);
        _nextTurnMessage = _game.Question;

        var instruction = await AskAsync(_giver, _giverHistory.Messages(), _currentTurn, cancellationToken: ct).ConfigureAwait(false);
        _giverHistory.AddAssistant(instruction);

        if (_game.TerminatePattern.Match(instruction) != null)
        {
            _terminate = true;
            return;
        }
        if (_game.InstructionPattern.Match(instruction) == null)
        {
            LogEvent("GM", "GM", new JsonObject { ["type"] = "invalid format", ["content"] = "Invalid instruction format", ["original_content"] = instruction });
            _terminate = true;
            return;
        }
        // The pattern admits one trailing newline; only the first line is passed on.
        var parsed = instruction.Contains('\n') ? instruction.Split('\n')[0] : instruction;
        LogEvent("GM", "GM", new JsonObject { ["type"] = "parse", ["content"] = parsed, ["original_content"] = instruction });

        _followerHistory.AddUser(_currentTurn == 0 ? _game.FollowerHeader + "\n" + parsed : parsed);
        var grid = await AskAsync(_follower, _followerHistory.Messages(), _currentTurn, cancellationToken: ct).ConfigureAwait(false);
        _followerHistory.AddAssistant(grid);

        if (_game.GridPattern.Match(grid) != null)
            LogEvent("GM", "GM", new JsonObject { ["type"] = "parse", ["content"] = grid, ["original_content"] = grid });
        else
        {
            LogEvent("GM", "GM", new JsonObject { ["type"] = "invalid format", ["content"] = "Invalid grid format", ["original_content"] = grid });
            _terminate = true;
            return;
        }
        _currentTurn++;
    }
}
