using Clem.Evaluation.Aggregation;
using Xunit;

namespace Clem.Evaluation.Tests;

public class ExactSumTests
{
    [Fact]
    public void SumIsExactAndOrderIndependent()
    {
        var values = new[] { 1e16, 1.0, -1e16, 1.0, 0.1, 0.2 };
        double naive = 0;
        foreach (var v in values) naive += v;
        var forward = Sum(values);
        var backward = Sum(values.Reverse());
        Assert.Equal(2.3, forward.Sum, 15);        // exact: 2 + 0.1 + 0.2 (as doubles) → 2.3000000000000003
        Assert.Equal(forward.Sum, backward.Sum);
        Assert.NotEqual(naive, forward.Sum);       // naive left-to-right loses the 1.0s
    }

    [Fact]
    public void MeanAndSampleStdMatchReferenceValues()
    {
        // Python, exact with fractions: variance 1203.7037037037037, statistics.stdev = 34.69443332443554
        var s = Sum([50, 100, 33.333333333333336]);
        Assert.Equal(61.111111111111114, s.Mean);
        Assert.Equal(1203.7037037037037, s.SampleVariance);
        Assert.Equal(34.69443332443554, s.SampleStd);
        Assert.Equal(0.0, Sum([7.5, 7.5, 7.5]).SampleStd);
        Assert.True(double.IsNaN(Sum([7.5]).SampleStd));
        Assert.True(double.IsNaN(new ExactSum().Mean));
    }

    static ExactSum Sum(IEnumerable<double> values)
    {
        var s = new ExactSum();
        foreach (var v in values) s.Add(v);
        return s;
    }
}
