using Clem.Analysis.Data;
using Clem.Analysis.Stats;

namespace Clem.Analysis.Study;

/// <summary>
/// §1 and §2: clemscore against ln(parameters). As in the study (size_analysis.ipynb), the regressions run on
/// the models that have both a parameter count and a training-data size, so that adding ln(training tokens)
/// compares like with like; a size-only fit over every model with a parameter count is reported beside it.
/// </summary>
internal static class SizeAnalysis
{
    public static SizeSection Run(ModelCatalog catalog, Diagnostics diag)
    {
        var sized = catalog.Distinct.Where(e => e.ParametersB is > 0 && !double.IsNaN(e.Clemscore)).ToList();
        if (sized.Count < 3)
            return new SizeSection("fewer than 3 models have both a clemscore and a parameter count", [], null, null, null, [], [], []);
        var withData = sized.Where(e => e.TrainingTokensT is > 0).ToList();
        bool studySample = withData.Count >= 4;
        var sample = studySample ? withData : sized;
        var inSample = sample.Select(e => e.Key).ToHashSet();
        var models = sized.Select(e => new SizedModel(e.Name, e.ParametersB!.Value, e.TrainingTokensT, e.Clemscore, inSample.Contains(e.Key)))
            .OrderBy(m => m.ParametersB).ThenBy(m => m.Model, StringComparer.Ordinal).ToList();
        if (!studySample)
            diag.Note("fewer than 4 models have a training-data size: the size regression uses every model with a parameter count, without ln(training tokens)");

        var y = sample.Select(e => e.Clemscore).ToList();
        var lnP = sample.Select(e => Math.Log(e.ParametersB!.Value)).ToList();
        var fitP = OlsFit.Fit(y, ["ln(parameters [B])"], lnP);
        var sampleText = studySample
            ? $"{sample.Count} models with both a parameter count and a training-data size"
            : $"{sample.Count} models with a parameter count";
        var pReport = new RegressionReport("clemscore ~ ln(parameters [B])", sampleText, fitP);
        RegressionReport? pdReport = null;
        if (studySample)
        {
            var lnD = sample.Select(e => Math.Log(e.TrainingTokensT!.Value)).ToList();
            pdReport = new RegressionReport("clemscore ~ ln(parameters [B]) + ln(training tokens [T])", sampleText,
                OlsFit.Fit(y, ["ln(parameters [B])", "ln(training tokens [T])"], lnP, lnD));
        }
        RegressionReport? allReport = null;
        List<CorrelationResult> allCorr = [];
        if (studySample && sized.Count > sample.Count)
        {
            var ya = sized.Select(e => e.Clemscore).ToList();
            var xa = sized.Select(e => Math.Log(e.ParametersB!.Value)).ToList();
            allReport = new RegressionReport("clemscore ~ ln(parameters [B])", $"all {sized.Count} models with a parameter count", OlsFit.Fit(ya, ["ln(parameters [B])"], xa));
            allCorr = [CorrelationResult.Pearson(xa, ya), CorrelationResult.Spearman(xa, ya)];
        }
        var residuals = sized.Select(e =>
        {
            var predicted = fitP.Predict(Math.Log(e.ParametersB!.Value)).Mean;
            return new SizeResidual(e.Name, e.ParametersB.Value, e.Clemscore, predicted, e.Clemscore - predicted, inSample.Contains(e.Key));
        }).OrderByDescending(r => r.Residual).ToList();
        return new SizeSection(null, models, pReport, pdReport, allReport,
            [CorrelationResult.Pearson(lnP, y), CorrelationResult.Spearman(lnP, y)], allCorr, residuals);
    }

    public static BucketSection Buckets(ModelCatalog catalog)
    {
        var sized = catalog.Distinct.Where(e => e.ParametersB is > 0 && !double.IsNaN(e.Clemscore)).ToList();
        if (sized.Count == 0) return new BucketSection("no model has both a clemscore and a parameter count", [], 0);
        var buckets = new List<Bucket>();
        double lower = 0;
        foreach (var (label, upper) in AnalysisOptions.SizeBuckets)
        {
            var members = sized.Where(e => e.ParametersB > lower && e.ParametersB <= upper)
                .Select(e => new BucketModel(e.Name, e.ParametersB!.Value, e.Clemscore))
                .OrderBy(m => m.ParametersB).ThenBy(m => m.Model, StringComparer.Ordinal).ToList();
            buckets.Add(new Bucket(label, lower, upper, members, Summary.Of(members.Select(m => m.Clemscore))));
            lower = upper;
        }
        return new BucketSection(null, buckets, sized.Count(e => e.ParametersB > lower));
    }
}
