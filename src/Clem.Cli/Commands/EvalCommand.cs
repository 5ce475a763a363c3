using System.CommandLine;
using Clem.Evaluation;
using Clem.Evaluation.Output;

namespace Clem.Cli.Commands;

/// <summary><c>clem eval</c>: clembench's evaluation (raw.csv, results.csv, results.html) plus episode accounting.</summary>
public sealed class EvalCommand : ICliCommand
{
    public Command Build()
    {
        var results = new Option<string>("--results", "-r")
        {
            Description = "Results directory to evaluate (searched recursively for *scores.json); outputs are written here.",
            DefaultValueFactory = _ => "results",
        };
        var std = new Option<bool>("--std")
        {
            Description = "Include the 'Quality Score (std)' columns. This is the default (every v1.x results.csv and clemcore's " +
                          "golden fixture have them); the flag is accepted for compatibility with clemcore's 'clem eval --std'.",
        };
        var noStd = new Option<bool>("--no-std")
        {
            Description = "Leave out the std columns (clemcore 3's default layout without --std).",
        };
        var games = new Option<string[]>("--game", "-g")
        {
            Description = "Re-read only this game (repeatable). Rows of other games are kept from the existing raw.csv and the tables are rebuilt (incremental update).",
            AllowMultipleArgumentsPerToken = true,
        };
        var models = new Option<string[]>("--model", "-m")
        {
            Description = "Re-read only this model: a pair directory or a model name (repeatable). Other rows come from the existing raw.csv.",
            AllowMultipleArgumentsPerToken = true,
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Fail on the first unusable scores.json (clembench's behaviour) instead of listing it and leaving the episode out.",
        };
        var command = new Command("eval", "Compute clembench's results tables (raw.csv, results.csv, results.html) and the clemscore " +
                                          "from the scores.json files of a results directory; also writes eval_summary.json with " +
                                          "missing and failed episodes per model and game.");
        foreach (var o in new Option[] { results, std, noStd, games, models, strict }) command.Options.Add(o);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(std) && parse.GetValue(noStd))
                throw new ClemUserException("--std and --no-std contradict each other");
            var options = new EvalOptions
            {
                IncludeStd = !parse.GetValue(noStd),
                Games = parse.GetValue(games) ?? [],
                Models = parse.GetValue(models) ?? [],
                Strict = parse.GetValue(strict),
            };
            var result = await Evaluator.RunAsync(parse.GetValue(results)!, options, ct);
            Console.Out.Write(ResultsReport.Format(result));
            return 0;
        });
        return command;
    }
}
