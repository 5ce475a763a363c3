using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Evaluation.Output;

/// <summary>
/// eval_summary.json: counts of scores files and episodes, per-(model, game) episode accounting (missing
/// scores, unreadable files, error.json kinds) and the list of problem files. Paths are relative to the
/// results directory. Kept apart from results.csv, which stays identical to clembench's.
/// </summary>
public static class SummaryJsonWriter
{
    public static string Format(EvaluationResult r)
    {
        var episodes = new JsonArray();
        foreach (var a in r.Episodes)
            episodes.Add(new JsonObject
            {
                ["model"] = a.Model,
                ["game"] = a.Game,
                ["episode_dirs"] = a.EpisodeDirs,
                ["scored"] = a.Scored,
                ["missing_scores"] = a.MissingScores,
                ["unreadable_scores"] = a.Unreadable,
                ["repeated_scores"] = a.Repeated,
                ["error_files"] = a.ErrorFiles,
                ["infrastructure_errors"] = a.InfrastructureErrors,
                ["game_errors"] = a.GameErrors,
                ["other_errors"] = a.OtherErrors,
            });
        var problems = new JsonArray();
        foreach (var p in r.Problems)
            problems.Add(new JsonObject
            {
                ["kind"] = p.Kind switch
                {
                    EvalProblemKind.Unreadable => "unreadable_scores",
                    EvalProblemKind.Repeated => "repeated_scores",
                    EvalProblemKind.ErrorFile => "error_file",
                    _ => "unkeyed_scores",
                },
                ["path"] = p.Path,
                ["message"] = p.Message,
            });
        var root = new JsonObject
        {
            ["scores_files"] = r.ScoresFilesFound,
            ["episodes_read"] = r.EpisodesRead,
            ["unreadable_scores_files"] = r.UnreadableFiles,
            ["repeated_scores_files"] = r.RepeatedFiles,
            ["raw_rows"] = r.RawRows,
            ["missing_scores"] = r.Episodes.Sum(a => a.MissingScores),
            ["error_files"] = r.Episodes.Sum(a => a.ErrorFiles),
            ["infrastructure_errors"] = r.Episodes.Sum(a => a.InfrastructureErrors),
            ["incremental"] = r.IncrementalNote,
            ["episodes"] = episodes,
            ["problems"] = problems,
        };
        return ClemJson.Serialize(root, indent: 2, ensureAscii: false) + "\n";
    }
}
