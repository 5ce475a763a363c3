using System.Text.Json.Nodes;
using Clem.Core.Running;
using Xunit;

namespace Clem.Games.Tests.Wordle;

/// <summary>Wordle writes model names into its events, so a replay must give the players the recorded names.</summary>
public class ReplayModelNamesTests
{
    static string Episode(string pair) => Path.Combine("/results", pair, "wordle", "0_exp", "episode_0");

    [Fact]
    public void Clembench_trees_name_the_models_by_their_pair_folder()
    {
        Assert.Equal(["c4ai-command-r-08-2024"], Replay.RecordedModelNames(Episode("c4ai-command-r-08-2024-t0.0--c4ai-command-r-08-2024-t0.0"), new JsonObject(), 1));
        Assert.Equal(["gpt-4-0613", "claude-v1.3"], Replay.RecordedModelNames(Episode("gpt-4-0613-t0.7--claude-v1.3-t0.0"), new JsonObject(), 2));
        Assert.Equal(["Player 1", "Player 2"], Replay.RecordedModelNames(Episode("not-a-pair"), new JsonObject(), 2));
    }

    [Fact]
    public void Our_experiment_records_name_the_models_exactly()
    {
        var experiment = new JsonObject
        {
            ["clem_net"] = new JsonObject
            {
                ["players"] = new JsonArray(new JsonObject { ["model"] = new JsonObject { ["model_name"] = "meta-llama/Llama-3-8B" } }),
            },
        };
        // the folder has '/' replaced; the record keeps the real name
        Assert.Equal(["meta-llama/Llama-3-8B"], Replay.RecordedModelNames(Episode("meta-llama_Llama-3-8B-t0.0--meta-llama_Llama-3-8B-t0.0"), experiment, 1));
    }
}
