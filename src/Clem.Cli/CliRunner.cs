using System.CommandLine;

namespace Clem.Cli;

/// <summary>Runs the parsed command and turns expected failures (bad input files, unknown names) into one clear line and exit code 1.</summary>
public static class CliRunner
{
    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (ClemUserException e)
        {
            Console.Error.WriteLine($"clem: {e.Message}");
            return 1;
        }
    }
}
