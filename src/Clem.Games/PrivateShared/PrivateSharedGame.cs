using System.Text.Json.Nodes;
using Clem.Core.Games;

namespace Clem.Games.PrivateShared;

/// <summary>
/// Private/Shared (scorekeeping): a model answers a programmatic questioner's requests for the details it was
/// given, and between turns says whether the questioner already knows each detail. Single-player for -m.
/// </summary>
public sealed class PrivateSharedGame : Game
{
    /// <summary>
    /// clembench v1.6 writes the request with its coda ("… Answer only this question in one short sentence and then
    /// stop.") into the send-message event, but sends the model the request alone (the recorded requests.json show
    /// it). Our version sends, keeps in the history and logs the same text: the request with its coda.
    /// </summary>
    public const string CodaLoggedNotSent = "request_coda_logged_not_sent";

    /// <summary>
    /// clembench v1.6 builds a probe by replacing "ME: " with "ME: " + suffix + " ", so the first try (empty suffix)
    /// reads "ME:  question" with two spaces. Our version adds the suffix and its space only when there is a suffix.
    /// </summary>
    public const string ProbeDoubleSpace = "probe_me_double_space";

    public override string Name => "privateshared";
    public override int PlayerCount => 1;
    public override string Description => "Questioner and answerer in scorekeeping game.";

    public override JsonObject DefaultSettings => new() { [CodaLoggedNotSent] = false, [ProbeDoubleSpace] = false };
    public override JsonObject ClembenchSettings => new() { [CodaLoggedNotSent] = true, [ProbeDoubleSpace] = true };

    public override GameMaster CreateGameMaster(GameContext context) => new PrivateSharedMaster(context);

    public override GameScorer CreateScorer(JsonObject experiment, JsonObject instance, JsonObject settings) =>
        new PrivateSharedScorer(Name, experiment, instance);

    public override InstanceGenerator? Generator => new PrivateSharedInstanceGenerator();
}
