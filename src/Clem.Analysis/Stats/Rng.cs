using MathNet.Numerics.Random;

namespace Clem.Analysis.Stats;

/// <summary>Seeded random streams: Mersenne Twister (MathNet), one stream per named purpose so that results do not depend on analysis order.</summary>
internal static class Rng
{
    public static MersenneTwister For(int seed, string purpose)
    {
        // FNV-1a over the purpose: stable across runs and platforms (string.GetHashCode is randomised per process).
        uint h = 2166136261;
        foreach (var c in purpose) { h ^= c; h *= 16777619; }
        return new MersenneTwister(unchecked((int)(h ^ (uint)seed)), threadSafe: false);
    }
}
