using Xunit;

namespace Clem.Games.Tests.PrivateShared;

/// <summary>clembench's recorded privateshared episodes (c4ai-command-r, v1.6 game code); see <see cref="RecordedEpisodes"/>.</summary>
static class Recorded
{
    public const string Model = "c4ai-command-r-08-2024";

    public static TheoryData<string> Episodes() => RecordedEpisodes.Of("privateshared", RecordedEpisodes.CommandR);

    /// <summary>The first episode of each experiment (the ones with a requests.json to compare against).</summary>
    public static TheoryData<string> FirstEpisodes()
    {
        var data = new TheoryData<string>();
        foreach (var row in Episodes())
            if (row.Data == RecordedEpisodes.Missing || row.Data.EndsWith("/episode_0", StringComparison.Ordinal)) data.Add(row.Data);
        return data;
    }
}
