using System.Text;
using Clem.Analysis.Stats;
using Clem.Analysis.Study;
using static Clem.Analysis.Report.Md;

namespace Clem.Analysis.Report;

internal static class SizeReport
{
    public static void Write(StringBuilder sb, SizeSection s, BucketSection b, IReadOnlyCollection<string> figs)
    {
        sb.AppendLine("## 1. Size: clemscore against ln(parameters)").AppendLine();
        if (s.Unavailable != null) sb.AppendLine($"Not available: {Esc(s.Unavailable)}.").AppendLine();
        else
        {
            Regression(sb, s.Parameters!);
            sb.AppendLine($"Correlation of clemscore with ln(parameters) ({Esc(s.Parameters!.Sample)}): " +
                          string.Join("; ", s.Correlations.Select(c => $"{c.Method} r = {F(c.R, 3)} (p = {P(c.P)})")) + ".").AppendLine();
            Figure(sb, figs, "size_regression", "clemscore against parameters (log scale) with the OLS fit and its 95% confidence band; filled = in the fit sample.");
            if (s.ParametersAndData != null)
            {
                sb.AppendLine("**With training data as a second regressor**:").AppendLine();
                Regression(sb, s.ParametersAndData);
                var d = s.ParametersAndData.Fit.RSquared - s.Parameters.Fit.RSquared;
                sb.AppendLine($"Adding ln(training tokens) raises R² by {F(d, 3)} on the same models.").AppendLine();
                Figure(sb, figs, "size_data_fit", "Observed clemscore against the fit on ln(parameters) + ln(training tokens); dashed: perfect fit.");
            }
            if (s.ParametersAllModels != null)
            {
                sb.AppendLine("**Size only, every model with a parameter count** (closed-model sizes in such sheets are often estimates):").AppendLine();
                Regression(sb, s.ParametersAllModels);
                sb.AppendLine(string.Join("; ", s.CorrelationsAllModels.Select(c => $"{c.Method} r = {F(c.R, 3)} (p = {P(c.P)})")) + ".").AppendLine();
            }
            sb.AppendLine($"**Residuals** (observed − predicted by the first fit; positive = better than its size predicts; ° = outside the fit sample):").AppendLine();
            Table(sb, ["model", "params (B)", "clemscore", "predicted", "residual"],
                s.Residuals.Select(x => (IReadOnlyList<string>)[Esc(x.Model) + (x.InFitSample ? "" : " °"), F(x.ParametersB, x.ParametersB < 10 ? 1 : 0), F(x.Clemscore), F(x.Predicted), Signed(x.Residual)]), "lrrrr");
            Figure(sb, figs, "size_residuals", "Residuals of the size fit: which models over- or under-perform their size.");
        }

        sb.AppendLine("## 2. Size buckets").AppendLine();
        if (b.Unavailable != null) { sb.AppendLine($"Not available: {Esc(b.Unavailable)}.").AppendLine(); return; }
        sb.AppendLine("The study's buckets (upper edges inclusive). Quartiles by linear interpolation.").AppendLine();
        Table(sb, ["bucket", "n", "min", "Q1", "median", "Q3", "max", "range", "IQR", "models"],
            b.Buckets.Select(x => (IReadOnlyList<string>)[Esc(x.Label), x.Models.Count.ToString(), F(x.Summary.Min), F(x.Summary.Q1), F(x.Summary.Median), F(x.Summary.Q3), F(x.Summary.Max),
                F(x.Summary.Range), F(x.Summary.Iqr), Esc(string.Join(", ", x.Models.OrderByDescending(m => m.Clemscore).Select(m => $"{m.Model} ({F(m.Clemscore)})")))]), "lrrrrrrrrl");
        if (b.Outside > 0) sb.AppendLine($"{b.Outside} model(s) above 2000B are outside the study's buckets.").AppendLine();
        Figure(sb, figs, "size_buckets", "Spread of clemscore within each size bucket (box: quartiles and median; whiskers: range; dots: models).");
    }

    static void Regression(StringBuilder sb, RegressionReport r)
    {
        var f = r.Fit;
        sb.AppendLine($"`{r.Formula}` on {Esc(r.Sample)}: **clemscore = {MarkdownReport.Coefs(f)}**").AppendLine();
        Table(sb, ["term", "estimate", "std. error", "t", "p", "95% CI"],
            f.Coefficients.Select(c => (IReadOnlyList<string>)[Esc(c.Term), F(c.Estimate, 3), F(c.StdError, 3), F(c.T, 3), P(c.P), Ci(c.Ci95Low, c.Ci95High, 3)]), "lrrrrr");
        sb.AppendLine($"n = {f.N}, R² = {F(f.RSquared, 3)}, adjusted R² = {F(f.AdjustedRSquared, 3)}, F({f.DfModel}, {f.DfResidual}) = {F(f.F, 2)}, p = {P(f.FP)}, residual std. error = {F(f.ResidualStdError, 2)}.").AppendLine();
    }
}
