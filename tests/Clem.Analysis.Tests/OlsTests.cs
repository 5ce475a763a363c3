using Clem.Analysis.Stats;
using MathNet.Numerics.Distributions;
using Xunit;

namespace Clem.Analysis.Tests;

/// <summary>
/// Our OLS (QR via MathNet) checked against an independent computation written here: the normal equations
/// XᵀX b = Xᵀy solved by Cramer's rule, the coefficient covariance σ²(XᵀX)⁻¹ by the adjugate, and p values
/// via MathNet's Student-t / F CDFs (our code uses the incomplete beta function instead).
/// </summary>
public class OlsTests
{
    static (double[] B, double[] Se, double R2, double F) ClosedForm(double[] y, params double[][] xs)
    {
        int n = y.Length, k = xs.Length + 1;
        double X(int i, int j) => j == 0 ? 1 : xs[j - 1][i];
        var a = new double[k, k]; var c = new double[k];
        for (int r = 0; r < k; r++)
        {
            for (int s = 0; s < k; s++) for (int i = 0; i < n; i++) a[r, s] += X(i, r) * X(i, s);
            for (int i = 0; i < n; i++) c[r] += X(i, r) * y[i];
        }
        double det = Det(a);
        var b = new double[k];
        for (int j = 0; j < k; j++)
        {
            var m = (double[,])a.Clone();
            for (int r = 0; r < k; r++) m[r, j] = c[r];
            b[j] = Det(m) / det;
        }
        double sse = 0, mean = y.Average(), sst = y.Sum(v => (v - mean) * (v - mean));
        for (int i = 0; i < n; i++) { double fit = 0; for (int j = 0; j < k; j++) fit += b[j] * X(i, j); sse += (y[i] - fit) * (y[i] - fit); }
        double sigma2 = sse / (n - k);
        var se = new double[k];
        for (int j = 0; j < k; j++) se[j] = Math.Sqrt(sigma2 * Cofactor(a, j, j) / det); // (A⁻¹)jj = Cjj / det
        return (b, se, 1 - sse / sst, (sst - sse) / (k - 1) / sigma2);
    }

    static double Det(double[,] m) => m.GetLength(0) switch
    {
        1 => m[0, 0],
        2 => m[0, 0] * m[1, 1] - m[0, 1] * m[1, 0],
        _ => Enumerable.Range(0, m.GetLength(0)).Sum(j => (j % 2 == 0 ? 1 : -1) * m[0, j] * Det(Minor(m, 0, j))),
    };

    static double Cofactor(double[,] m, int r, int c) => ((r + c) % 2 == 0 ? 1 : -1) * Det(Minor(m, r, c));

    static double[,] Minor(double[,] m, int row, int col)
    {
        int n = m.GetLength(0);
        var res = new double[n - 1, n - 1];
        for (int i = 0, ri = 0; i < n; i++)
        {
            if (i == row) continue;
            for (int j = 0, rj = 0; j < n; j++) { if (j == col) continue; res[ri, rj++] = m[i, j]; }
            ri++;
        }
        return res;
    }

    static readonly double[] Y = [3.1, 4.9, 7.2, 8.8, 11.5, 12.1, 15.3, 16.2, 19.9, 20.4];
    static readonly double[] X1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static readonly double[] X2 = [2.0, 1.5, 3.5, 2.5, 4.0, 3.0, 5.5, 4.5, 6.0, 5.0];

    [Fact]
    public void SimpleRegressionMatchesNormalEquations()
    {
        var fit = OlsFit.Fit(Y, ["x"], X1);
        var (b, se, r2, f) = ClosedForm(Y, X1);
        for (int j = 0; j < 2; j++)
        {
            Assert.Equal(b[j], fit.Coefficients[j].Estimate, 10);
            Assert.Equal(se[j], fit.Coefficients[j].StdError, 10);
        }
        Assert.Equal(r2, fit.RSquared, 12);
        Assert.Equal(f, fit.F, 8);
        Assert.Equal(1 - (1 - r2) * 9 / 8, fit.AdjustedRSquared, 12);
        // p values by a different route: Student t and F CDFs.
        double t = b[1] / se[1];
        Assert.Equal(2 * (1 - StudentT.CDF(0, 1, 8, Math.Abs(t))), fit.Coefficients[1].P, 9);
        Assert.Equal(1 - FisherSnedecor.CDF(1, 8, f), fit.FP, 9);
    }

    [Fact]
    public void TwoRegressorsMatchNormalEquations()
    {
        var fit = OlsFit.Fit(Y, ["x1", "x2"], X1, X2);
        var (b, se, r2, f) = ClosedForm(Y, X1, X2);
        for (int j = 0; j < 3; j++)
        {
            Assert.Equal(b[j], fit.Coefficients[j].Estimate, 9);
            Assert.Equal(se[j], fit.Coefficients[j].StdError, 9);
        }
        Assert.Equal(r2, fit.RSquared, 12);
        Assert.Equal(f, fit.F, 7);
        Assert.Equal(7, fit.DfResidual);
        Assert.Equal(2, fit.DfModel);
    }

    [Fact]
    public void ConfidenceBandOfTheMeanIsCentredAndWidestAwayFromTheCentre()
    {
        var fit = OlsFit.Fit(Y, ["x"], X1);
        var centre = fit.Predict(5.5);
        var edge = fit.Predict(10);
        Assert.Equal(fit.Coefficients[0].Estimate + 5.5 * fit.Coefficients[1].Estimate, centre.Mean, 10);
        Assert.True(centre.High - centre.Low < edge.High - edge.Low);
        // At the mean of x the half-width is t·s/√n.
        double half = StudentT.InvCDF(0, 1, 8, 0.975) * fit.ResidualStdError / Math.Sqrt(10);
        Assert.Equal(half, (centre.High - centre.Low) / 2, 9);
    }

    [Fact]
    public void TooFewObservationsAreRejected() =>
        Assert.Throws<ArgumentException>(() => OlsFit.Fit([1.0, 2.0], ["x"], [1.0, 2.0]));
}
