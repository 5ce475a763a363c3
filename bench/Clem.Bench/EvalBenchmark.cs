using System.Diagnostics;
using System.Globalization;
using Clem.Evaluation;

namespace Clem.Bench;

/// <summary>
/// Evaluator throughput and memory: builds a results tree of N episodes from copies of the c4ai v1.6 run's
/// scores.json files (420 episodes per model copy, each under its own model name), then times
/// <see cref="Evaluator.Run"/> on it. Building the tree is timed separately and not counted.
/// </summary>
static class EvalBenchmark
{
    const string DefaultSource = "../shared/clembench/runs-e9a80005/c4ai-command-r-08-2024-t0.0--c4ai-command-r-08-2024-t0.0";

    public static int Run(string[] args)
    {
        int episodes = 100_000;
        string source = DefaultSource;
        bool keep = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--episodes": episodes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--source": source = args[++i]; break;
                case "--keep": keep = true; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        source = Path.GetFullPath(source);
        if (!Directory.Exists(source))
        {
            Console.Error.WriteLine($"source model directory not found: {source} (run from the repository root or pass --source)");
            return 2;
        }

        var tree = Path.Combine(Path.GetTempPath(), $"clem-bench-eval-{Guid.NewGuid():N}");
        try
        {
            var sw = Stopwatch.StartNew();
            var (models, perModel) = BuildTree(source, tree, episodes);
            Console.WriteLine($"built tree: {episodes} episodes, {models} models in {sw.Elapsed.TotalSeconds:F1} s ({tree}) — not counted");

            GC.Collect();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            long peakHeap = 0;
            using var sampler = new Timer(_ =>
            {
                long heap = GC.GetGCMemoryInfo().HeapSizeBytes;
                long current = GC.GetTotalMemory(false);
                Interlocked.Exchange(ref peakHeap, Math.Max(Interlocked.Read(ref peakHeap), Math.Max(heap, current)));
            }, null, 0, 20);

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            sw.Restart();
            var result = Evaluator.Run(tree);
            var elapsed = sw.Elapsed;
            sampler.Dispose();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var first = result.Table.Models[0];
            Console.WriteLine($"evaluated: {result.EpisodesRead} episodes, {result.RawRows} raw rows, {result.Table.Models.Count} models " +
                              $"(clemscore of each copy: {first.Clemscore.ToString(CultureInfo.InvariantCulture)})");
            Console.WriteLine($"wall time: {elapsed.TotalSeconds:F2} s  → {result.EpisodesRead / elapsed.TotalSeconds:F0} episodes/s; " +
                              $"CPU time {cpu.TotalSeconds:F2} s; machine load average {LoadAverage()}");
            Console.WriteLine($"peak working set (process): {Mb(process.PeakWorkingSet64)}");
            Console.WriteLine($"peak GC heap (sampled every 20 ms): {Mb(peakHeap)}; heap after run: {Mb(GC.GetGCMemoryInfo().HeapSizeBytes)}");
            Console.WriteLine($"allocated during eval: {Mb(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore)}; " +
                              $"GCs gen0/1/2: {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}");
            Console.WriteLine($"raw.csv size: {Mb(new FileInfo(Path.Combine(tree, Evaluator.RawCsv)).Length)}; cores: {Environment.ProcessorCount}; " +
                              $"server GC: {System.Runtime.GCSettings.IsServerGC}");
            // Every complete copy of the source model must score like the source (the last copy may be partial).
            if (result.Table.Models.Take(episodes / perModel).Any(m => m.Clemscore != first.Clemscore))
            {
                Console.Error.WriteLine("error: model copies got different clemscores");
                return 1;
            }
            return 0;
        }
        finally
        {
            if (keep) Console.WriteLine($"kept {tree}");
            else if (Directory.Exists(tree)) Directory.Delete(tree, recursive: true);
        }
    }

    /// <summary>Copies the source model's episodes (scores.json only) under model names m00000, m00001, … until N episodes exist.</summary>
    static (int Models, int PerModel) BuildTree(string source, string tree, int episodes)
    {
        var files = Directory.EnumerateFiles(source, "scores.json", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(source, Path.GetDirectoryName(f)!), Bytes: File.ReadAllBytes(f)))
            .OrderBy(f => f.Relative, StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InvalidOperationException($"no scores.json under {source}");
        int written = 0, model = 0;
        while (written < episodes)
        {
            var modelDir = Path.Combine(tree, $"bench-{model:D5}-t0.0--bench-{model:D5}-t0.0");
            foreach (var (relative, bytes) in files)
            {
                if (written == episodes) break;
                var dir = Path.Combine(modelDir, relative);
                Directory.CreateDirectory(dir);
                File.WriteAllBytes(Path.Combine(dir, "scores.json"), bytes);
                written++;
            }
            model++;
        }
        return (model, files.Count);
    }

    static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
    }

    static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MB";
}
