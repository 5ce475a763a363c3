using System.Diagnostics;
using Clem.Backends.HuggingFace;

namespace Clem.Backends.Tests.Support;

/// <summary>Resolver options isolated from the machine: no packaged/cwd registry unless asked, env from a dictionary.</summary>
public static class TestResolver
{
    public static ResolverOptions Options(string? registryJson = null, Dictionary<string, string>? env = null, string? keyFile = null, bool packaged = false, HfOptions? hf = null)
    {
        var dir = Clem.Testing.SharedData.TempDir("resolver");
        var files = new List<string>();
        if (registryJson != null)
        {
            var path = Path.Combine(dir, "registry.json");
            File.WriteAllText(path, registryJson);
            files.Add(path);
        }
        var vars = env ?? [];
        return new ResolverOptions
        {
            RegistryFiles = files,
            WorkingDirectory = dir,
            Env = name => vars.GetValueOrDefault(name),
            KeyFile = keyFile,
            IncludePackagedRegistry = packaged,
            Progress = null,
            HuggingFace = hf ?? new HfOptions("http://127.0.0.1:9", null, Path.Combine(dir, "cache")),
            Retry = new Resilience.RetrySettings { MaxRetries = 0, BaseDelay = TimeSpan.FromMilliseconds(10) },
        };
    }
}

/// <summary>Runs the built clem CLI as a separate process (its own environment, captured output).</summary>
public static class ClemProcess
{
    public static string Dll
    {
        get
        {
            // The CLI's own build output (built as a project reference of this test project, same configuration):
            // a copy beside the tests would resolve assemblies through this test project's ASP.NET framework reference.
            var parts = AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var bin = Array.LastIndexOf(parts, "bin");
            var configuration = bin >= 0 && bin + 1 < parts.Length ? parts[bin + 1] : "Debug";
            var dll = Path.Combine(Clem.Testing.SharedData.RepoRoot(), "src", "Clem.Cli", "bin", configuration, "net10.0", "linux-x64", "clem.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("the clem CLI is not built", dll);
        }
    }

    public static async Task<(int Code, string Out, string Err)> RunAsync(string workingDirectory, IDictionary<string, string>? env, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
