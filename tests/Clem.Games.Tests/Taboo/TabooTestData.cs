using Clem.Games.Text;
using Clem.Testing;
using Xunit;

namespace Clem.Games.Tests.Taboo;

/// <summary>Shared data for the taboo tests: clembench's recorded episodes and NLTK's stopword list from ../shared.</summary>
static class TabooTestData
{
    public const string Pair = "runs-e9a80005/c4ai-command-r-08-2024-t0.0--c4ai-command-r-08-2024-t0.0/taboo";
    const string Missing = "shared-missing";

    /// <summary>Every recorded taboo episode as "experiment/episode" (one placeholder row when ../shared is absent,
    /// so the tests skip visibly instead of vanishing).</summary>
    public static TheoryData<string> RecordedEpisodes()
    {
        var data = new TheoryData<string>();
        var root = SharedData.Root == null ? null : Path.Combine(SharedData.Root, "clembench", Pair);
        if (root == null || !Directory.Exists(root)) { data.Add(Missing); return data; }
        foreach (var exp in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            foreach (var ep in Directory.GetDirectories(exp, "episode_*").OrderBy(d => int.Parse(Path.GetFileName(d)["episode_".Length..])))
                data.Add($"{Path.GetFileName(exp)}/{Path.GetFileName(ep)}");
        return data;
    }

    /// <summary>The episode folder (skips/fails via SharedData when ../shared is absent).</summary>
    public static string Episode(string id)
    {
        UseNltkStopwords();
        return SharedData.Clembench(id == Missing ? Pair : Path.Combine(Pair, id));
    }

    /// <summary>Points clembench mode at NLTK's list in ../shared (Clem.NET ships no copy of it).</summary>
    public static StopwordList UseNltkStopwords()
    {
        var path = SharedData.Clembench("nltk/stopwords-english.txt");
        Environment.SetEnvironmentVariable(StopwordList.NltkFileVariable, path);
        return StopwordList.LoadNltkEnglish(path);
    }
}
