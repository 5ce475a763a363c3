using System.Text;

namespace Clem.Evaluation.Output;

/// <summary>
/// An output written to a hidden temporary file beside its target and renamed over it only on
/// <see cref="Commit"/>: a failed evaluation leaves the previous raw.csv/results.csv untouched.
/// </summary>
public sealed class StagedFile : IDisposable
{
    public StagedFile(string target)
    {
        Target = Path.GetFullPath(target);
        TempPath = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.{Guid.NewGuid():N}.tmp");
    }

    public string Target { get; }
    public string TempPath { get; }
    bool _committed;

    /// <summary>A UTF-8 (no BOM) writer with '\n' line ends on the temporary file.</summary>
    public StreamWriter OpenWriter() =>
        new(new FileStream(TempPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), new UTF8Encoding(false), 1 << 16)
        { NewLine = "\n" };

    public void Commit()
    {
        File.Move(TempPath, Target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        try { File.Delete(TempPath); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
