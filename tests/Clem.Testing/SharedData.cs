using Xunit;

namespace Clem.Testing;

/// <summary>
/// Locates the read-only data shared beside the repository (../shared): clembench's recorded runs,
/// spec fixtures and the tiny GGUF model. Tests that need it call <see cref="Require"/>: when the
/// folder is absent the test is skipped with a visible reason, except under CI=true, where the
/// absence is a failure (CI always has the folder, so a missing one means a broken setup).
/// </summary>
public static class SharedData
{
    /// <summary>Environment variable that overrides where ../shared is.</summary>
    public const string EnvVar = "CLEM_SHARED";

    public static string? Root { get; } = Locate();

    static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable(EnvVar);
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? Path.GetFullPath(env) : null;
        // Walk up from the test binary to the repository root (the folder holding global.json).
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json")))
            {
                var shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Full path of <paramref name="relative"/> under ../shared, or skip/fail if it is missing.</summary>
    public static string Require(string relative)
    {
        var path = Root == null ? null : Path.Combine(Root, relative);
        if (path != null && (File.Exists(path) || Directory.Exists(path))) return path;
        var reason = $"shared data '{relative}' not found (looked in {(Root ?? $"../shared; set {EnvVar}")})";
        if (IsCi) Assert.Fail(reason + " — required under CI=true");
        Assert.Skip(reason);
        return null!; // unreachable: Skip throws
    }

    /// <summary>The v1.6 recorded runs and clembench game data.</summary>
    public static string Clembench(string relative) => Require(Path.Combine("clembench", relative));

    /// <summary>The tiny GGUF model used for local-inference tests (CLEM_TEST_MODEL overrides).</summary>
    public static string TestModel()
    {
        var env = Environment.GetEnvironmentVariable("CLEM_TEST_MODEL");
        if (!string.IsNullOrEmpty(env) && File.Exists(env)) return env;
        return Require(Path.Combine("models", "stories260K.gguf"));
    }

    /// <summary>The repository root (folder with global.json), for tests that run the CLI or read game folders.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "global.json"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A fresh temporary folder, removed by the OS eventually; tests write results here.</summary>
    public static string TempDir(string prefix = "clem-test")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }
}
