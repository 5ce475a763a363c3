using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Clem.Analysis.Stats;

/// <summary>One coefficient of a fitted linear model.</summary>
public sealed record Coefficient(string Term, double Estimate, double StdError, double T, double P, double Ci95Low, double Ci95High);

/// <summary>
/// Ordinary least squares with an intercept, reported as statsmodels' summary does: coefficients with
/// standard errors, t and two-sided p values, R², adjusted R², the overall F test, and the 95% confidence
/// band of the fitted mean. Solved by QR decomposition (MathNet.Numerics); p values from the regularised
/// incomplete beta function so that small p values keep their precision.
/// </summary>
public sealed class OlsFit
{
    public required IReadOnlyList<string> Terms { get; init; }
    public required IReadOnlyList<Coefficient> Coefficients { get; init; }
    public required int N { get; init; }
    public required int DfModel { get; init; }
    public required int DfResidual { get; init; }
    public required double RSquared { get; init; }
    public required double AdjustedRSquared { get; init; }
    public required double F { get; init; }
    public required double FP { get; init; }
    public required double ResidualStdError { get; init; }
    public required IReadOnlyList<double> Fitted { get; init; }
    public required IReadOnlyList<double> Residuals { get; init; }
    /// <summary>(XᵀX)⁻¹ including the intercept row/column.</summary>
    internal Matrix<double> XtXInverse { get; init; } = null!;

    /// <summary>Fits y = b0 + Σ bj·xj; <paramref name="regressors"/>[j][i] is regressor j of observation i.</summary>
    public static OlsFit Fit(IReadOnlyList<double> y, IReadOnlyList<string> names, params IReadOnlyList<double>[] regressors)
    {
        int n = y.Count, k = regressors.Length + 1;
        if (names.Count != regressors.Length) throw new ArgumentException("one name per regressor");
        if (n <= k) throw new ArgumentException($"OLS needs more observations ({n}) than coefficients ({k})");
        var x = Matrix<double>.Build.Dense(n, k, (i, j) => j == 0 ? 1.0 : regressors[j - 1][i]);
        var yv = Vector<double>.Build.DenseOfEnumerable(y);
        var beta = x.QR().Solve(yv);
        var fitted = x * beta;
        var resid = yv - fitted;
        double sse = resid.DotProduct(resid);
        double mean = yv.Average();
        double sst = yv.Sum(v => (v - mean) * (v - mean));
        int dfRes = n - k, dfModel = k - 1;
        double sigma2 = sse / dfRes;
        var xtxInv = (x.TransposeThisAndMultiply(x)).Inverse();
        double tCrit = StudentT.InvCDF(0, 1, dfRes, 0.975);
        var terms = new[] { "Intercept" }.Concat(names).ToList();
        var coefs = new List<Coefficient>();
        for (int j = 0; j < k; j++)
        {
            double se = Math.Sqrt(sigma2 * xtxInv[j, j]);
            double t = beta[j] / se;
            coefs.Add(new Coefficient(terms[j], beta[j], se, t, TwoSidedP(t, dfRes), beta[j] - tCrit * se, beta[j] + tCrit * se));
        }
        double r2 = 1 - sse / sst;
        double f = (sst - sse) / dfModel / sigma2;
        return new OlsFit
        {
            Terms = terms, Coefficients = coefs, N = n, DfModel = dfModel, DfResidual = dfRes,
            RSquared = r2, AdjustedRSquared = 1 - (1 - r2) * (n - 1) / dfRes,
            F = f, FP = UpperTailF(f, dfModel, dfRes), ResidualStdError = Math.Sqrt(sigma2),
            Fitted = fitted.ToArray(), Residuals = resid.ToArray(), XtXInverse = xtxInv,
        };
    }

    /// <summary>Fitted mean at <paramref name="x"/> (regressor values, intercept excluded) with its 95% confidence interval.</summary>
    public (double Mean, double Low, double High) Predict(params double[] x)
    {
        var row = Vector<double>.Build.Dense(x.Length + 1, i => i == 0 ? 1.0 : x[i - 1]);
        double mean = 0;
        for (int j = 0; j < row.Count; j++) mean += row[j] * Coefficients[j].Estimate;
        double se = ResidualStdError * Math.Sqrt(row.DotProduct(XtXInverse * row));
        double tCrit = StudentT.InvCDF(0, 1, DfResidual, 0.975);
        return (mean, mean - tCrit * se, mean + tCrit * se);
    }

    /// <summary>P(|T| ≥ |t|) for Student's t with <paramref name="df"/> degrees of freedom.</summary>
    public static double TwoSidedP(double t, double df) =>
        double.IsNaN(t) ? double.NaN : SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + t * t));

    /// <summary>P(F ≥ f) for Fisher's F(d1, d2).</summary>
    public static double UpperTailF(double f, double d1, double d2) =>
        double.IsNaN(f) ? double.NaN : SpecialFunctions.BetaRegularized(d2 / 2, d1 / 2, d2 / (d2 + d1 * f));
}
