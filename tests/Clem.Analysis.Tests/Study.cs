using Clem.Testing;

namespace Clem.Analysis.Tests;

/// <summary>Paths of the public tables the 2024 study worked from (in ../shared, never copied here).</summary>
internal static class Study
{
    public static string Runs(string relative) => SharedData.Clembench(Path.Combine("clembench-runs", relative));
    public static string Sheet => Runs("Addenda/ModelAnalysis2024/Results/clembench_model_scores.csv");
    public static string Characteristics => Runs("Addenda/ModelAnalysis2024/Results/model_characteristics.csv");
    /// <summary>The misspelled older copy with line breaks inside its header cells.</summary>
    public static string CharacteristicsOld => Runs("Addenda/ModelAnalysis2024/Results/model_characterisitcs.csv");
    public static string Config => Runs("Addenda/ModelAnalysis2024/Data/model_config.yaml");
    public static string V16 => Runs("v1.6/results.csv");
    public static string V16Backends => Runs("v1.6_backends/results.csv");
}
