using System.CommandLine;
using System.Reflection;
using Clem.Cli;

// Every ICliCommand in this assembly is a top-level verb (run, score, eval, …): adding a verb is adding a file.
var root = new RootCommand("Clem.NET — evaluate chat models by self-play of conversational games (clembench-compatible).");
foreach (var type in Assembly.GetExecutingAssembly().GetTypes()
             .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
             .OrderBy(t => t.Name, StringComparer.Ordinal))
{
    var verb = (ICliCommand)Activator.CreateInstance(type)!;
    root.Subcommands.Add(verb.Build());
}
return await CliRunner.InvokeAsync(root, args);
