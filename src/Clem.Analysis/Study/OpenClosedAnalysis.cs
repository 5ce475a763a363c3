using Clem.Analysis.Data;
using Clem.Analysis.Stats;

namespace Clem.Analysis.Study;

/// <summary>§7 open vs closed weights: closed − open differences overall and per game (% played vs quality).</summary>
internal static class OpenClosedAnalysis
{
    static List<GroupMember> Members(List<ModelEntry> list) =>
        list.OrderByDescending(e => e.Clemscore).Select(e => new GroupMember(e.Name, e.Clemscore, e.Result.PercentPlayed, e.Result.Quality)).ToList();

    public static OpenClosedSection Run(ModelCatalog catalog, IReadOnlyList<LeaderboardRow> board, AnalysisOptions opt)
    {
        var known = catalog.Distinct.Where(e => e.OpenWeights != null && !double.IsNaN(e.Clemscore)).ToList();
        var open = known.Where(e => e.OpenWeights == true).ToList();
        var closed = known.Where(e => e.OpenWeights == false).ToList();
        if (open.Count < 2 || closed.Count < 2)
            return new OpenClosedSection($"needs at least two open and two closed models with known weights status (have {open.Count} open, {closed.Count} closed)",
                Members(open), Members(closed), null, null, null, [], []);
        GroupDifference? Diff(string metric, Func<ModelEntry, double> f) =>
            GroupComparison.Compare(metric, open.Select(f).ToList(), closed.Select(f).ToList(), opt.Resamples, opt.Seed);
        var games = known.SelectMany(e => e.Result.Games.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var perGame = games.Select(g => new GameGroupDifference(g,
            Diff(g + ", % played", e => e.Result.Games.TryGetValue(g, out var s) ? s.PercentPlayed : double.NaN),
            Diff(g + ", quality", e => e.Result.Games.TryGetValue(g, out var s) ? s.Quality : double.NaN))).ToList();
        var keys = known.ToDictionary(e => (e.Run, e.Name), e => e.OpenWeights);
        var top = board.Where(r => keys.ContainsKey((r.Run, r.Model))).Take(10).ToList();
        return new OpenClosedSection(null, Members(open), Members(closed),
            Diff("clemscore", e => e.Clemscore), Diff("% played", e => e.Result.PercentPlayed), Diff("quality", e => e.Result.Quality),
            perGame, top);
    }
}
