namespace Clem.Evaluation.Discovery;

/// <summary>Something the walk found: a scores file, or an episode directory (for episode accounting).</summary>
public abstract record WalkEntry(string Path);

/// <summary>A file whose name ends in <c>scores.json</c> (clembench's glob <c>**/*scores.json</c>).</summary>
public sealed record ScoresFileEntry(string Path) : WalkEntry(Path);

/// <summary>An <c>episode_*</c> (v1.x) or <c>instance_*</c> (clemcore 3) directory.</summary>
public sealed record EpisodeDirEntry(string Path, bool HasScores, bool HasErrorFile) : WalkEntry(Path);

/// <summary>
/// Walks a results tree depth-first with every directory's entries in natural order, so the output order is
/// deterministic (model, game, experiment, episode for the standard layout) and memory is bounded by the
/// largest single directory listing, not by the number of episodes. Hidden entries are included (Python's
/// rglob includes them); symlinked directories are followed unless they lead back into their own ancestry.
/// </summary>
public static class ResultsWalker
{
    public const string ScoresSuffix = "scores.json";
    public const string ErrorFile = "error.json";

    public static bool IsEpisodeDirName(string name) =>
        name.StartsWith("episode_", StringComparison.Ordinal) || name.StartsWith("instance_", StringComparison.Ordinal);

    static readonly EnumerationOptions Options = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = true,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    public static IEnumerable<WalkEntry> Walk(string root)
    {
        var stack = new Stack<(string Dir, string RealPath)>();
        var full = System.IO.Path.GetFullPath(root);
        stack.Push((full, Canonical(full)));
        while (stack.Count > 0)
        {
            var (dir, real) = stack.Pop();
            var files = new List<string>();
            var dirs = new List<string>();
            var links = new HashSet<string>(StringComparer.Ordinal);
            bool hasError = false;
            foreach (var info in new DirectoryInfo(dir).EnumerateFileSystemInfos("*", Options))
            {
                if (info is DirectoryInfo)
                {
                    dirs.Add(info.Name);
                    if (info.Attributes.HasFlag(FileAttributes.ReparsePoint)) links.Add(info.Name);
                }
                else if (info.Name.EndsWith(ScoresSuffix, StringComparison.Ordinal)) files.Add(info.Name);
                else if (info.Name == ErrorFile) hasError = true;
            }
            files.Sort(NameOrder.Natural);
            dirs.Sort(NameOrder.Natural);
            if (dir != full && IsEpisodeDirName(System.IO.Path.GetFileName(dir)))
                yield return new EpisodeDirEntry(dir, files.Count > 0, hasError);
            foreach (var f in files) yield return new ScoresFileEntry(System.IO.Path.Combine(dir, f));
            for (int i = dirs.Count - 1; i >= 0; i--)
            {
                var sub = System.IO.Path.Combine(dir, dirs[i]);
                var subReal = System.IO.Path.Combine(real, dirs[i]);
                if (links.Contains(dirs[i]))
                {
                    subReal = ResolveLink(sub) ?? subReal;
                    // A link to this directory or one of its ancestors would loop forever; skip it.
                    if (IsWithin(subReal, real)) continue;
                }
                stack.Push((sub, subReal));
            }
        }
    }

    /// <summary>The path with every symlinked component resolved (like realpath), for cycle checks.</summary>
    static string Canonical(string full)
    {
        var root = System.IO.Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = System.IO.Path.Combine(current, part);
            current = ResolveLink(next) ?? next;
        }
        return current;
    }

    static string? ResolveLink(string dir)
    {
        try
        {
            var info = new DirectoryInfo(dir);
            return info.LinkTarget == null ? null : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException) { return null; }
    }

    static bool IsWithin(string ancestor, string path) =>
        path == ancestor || path.StartsWith(ancestor.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
