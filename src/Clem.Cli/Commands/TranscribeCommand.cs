using System.CommandLine;
using Clem.Core.Json;
using Clem.Core.Records;
using Clem.Core.Running;

namespace Clem.Cli.Commands;

/// <summary><c>clem transcribe -r &lt;results&gt; [-g game]</c>: write transcript.html beside each episode's interactions.json.</summary>
public sealed class TranscribeCommand : ICliCommand
{
    public Command Build()
    {
        var cmd = new Command("transcribe", "write an HTML transcript (transcript.html) for every recorded episode");
        var results = CommonOptions.Results();
        var game = CommonOptions.Game("only this game");
        cmd.Options.Add(results);
        cmd.Options.Add(game);
        cmd.SetAction(parse =>
        {
            int written = 0, skipped = 0;
            foreach (var ep in ResultsLayout.Episodes(parse.GetValue(results)!, parse.GetValue(game)))
            {
                var path = Path.Combine(ep.Path, GameRecorder.InteractionsFile);
                if (!File.Exists(path)) { skipped++; continue; }
                var interactions = ClemJson.ReadObject(path);
                var instancePath = Path.Combine(ep.Path, ResultsLayout.InstanceFile);
                var gameId = File.Exists(instancePath) ? ClemJson.Serialize(ClemJson.ReadObject(instancePath)["game_id"]) : ep.Episode;
                File.WriteAllText(Path.Combine(ep.Path, Transcript.FileName), Transcript.Html(interactions, ep.ExperimentName, gameId, ep.Pair));
                written++;
            }
            Console.WriteLine($"wrote {written} transcript(s){(skipped > 0 ? $"; {skipped} episode(s) without interactions.json skipped" : "")}");
            return 0;
        });
        return cmd;
    }
}
