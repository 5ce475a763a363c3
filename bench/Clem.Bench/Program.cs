using Clem.Bench;

// Benchmarks print measured figures; they are not unit tests. Usage: Clem.Bench <benchmark> [options]
var benchmarks = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["eval"] = EvalBenchmark.Run,
};
if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: Clem.Bench <{string.Join("|", benchmarks.Keys)}> [options]");
    Console.Error.WriteLine("  eval [--episodes N=100000] [--source DIR] [--keep]");
    return 2;
}
return run(args[1..]);
