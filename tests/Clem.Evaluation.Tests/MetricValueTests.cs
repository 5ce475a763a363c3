using Clem.Core.Json;
using Clem.Evaluation.Scores;
using Xunit;

namespace Clem.Evaluation.Tests;

public class MetricValueTests
{
    [Theory]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.0, "1.0")]
    [InlineData(-3.0, "-3.0")]
    [InlineData(255.0, "255.0")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(9999999999999998.0, "9999999999999998.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(33.333333333333336, "33.333333333333336")]
    [InlineData(0.5333333333333333, "0.5333333333333333")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(double.NaN, "")]
    [InlineData(double.PositiveInfinity, "inf")]
    public void CellsAreFormattedAsPandasWritesFloat64(double value, string expected)
    {
        Assert.Equal(expected, MetricValue.FormatFloat(value));
        if (double.IsFinite(value)) Assert.Equal(PyFloat.Repr(value), MetricValue.FormatFloat(value));
        Assert.Equal(expected == "" ? double.NaN : value, MetricValue.ParseCsv(expected).Number);
    }
}
