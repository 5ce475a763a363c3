namespace Clem.Games.PrivateShared;

/// <summary>
/// scikit-learn's accuracy_score and cohen_kappa_score (unweighted) with numpy's floating-point order of
/// operations, so that scores match clembench's to the last bit.
/// </summary>
public static class SkMetrics
{
    /// <summary>accuracy_score: the share of equal pairs (numpy's mean of 0/1 values is exact count / n).</summary>
    public static double Accuracy(IReadOnlyList<int> gold, IReadOnlyList<int> pred)
    {
        if (gold.Count != pred.Count) throw new ArgumentException("label lists differ in length");
        if (gold.Count == 0) return double.NaN; // numpy's mean of nothing
        var equal = 0;
        for (int i = 0; i < gold.Count; i++) if (gold[i] == pred[i]) equal++;
        return (double)equal / gold.Count;
    }

    /// <summary>
    /// cohen_kappa_score(y1, y2): labels = sorted union; confusion C[i,j] = #(y1=i, y2=j);
    /// expected = outer(colsums, rowsums) / n; κ = 1 − Σ(w·C) / Σ(w·expected) with w = 1 off the diagonal.
    /// A single label gives 0/0 = NaN, as numpy does.
    /// </summary>
    public static double CohenKappa(IReadOnlyList<int> y1, IReadOnlyList<int> y2)
    {
        if (y1.Count != y2.Count) throw new ArgumentException("label lists differ in length");
        var labels = y1.Concat(y2).Distinct().Order().ToList();
        var n = labels.Count;
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var confusion = new long[n, n];
        for (int k = 0; k < y1.Count; k++) confusion[index[y1[k]], index[y2[k]]]++;
        var sum0 = new long[n]; // column sums (axis 0)
        var sum1 = new long[n]; // row sums (axis 1)
        long total = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) { sum0[j] += confusion[i, j]; sum1[i] += confusion[i, j]; total += confusion[i, j]; }
        var weightedExpected = new double[n * n];
        long weightedObserved = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                var w = i == j ? 0 : 1;
                weightedExpected[i * n + j] = w * ((double)(sum0[i] * sum1[j]) / total);
                weightedObserved += w * confusion[i, j];
            }
        var k2 = weightedObserved / NumpySum(weightedExpected);
        return 1 - k2;
    }

    /// <summary>np.sum over a contiguous float64 array: the identity 0.0 plus numpy's pairwise sum of all elements.</summary>
    public static double NumpySum(ReadOnlySpan<double> a) => 0.0 + PairwiseSum(a);

    static double PairwiseSum(ReadOnlySpan<double> a)
    {
        var n = a.Length;
        if (n < 8)
        {
            var res = 0.0;
            for (int i = 0; i < n; i++) res += a[i];
            return res;
        }
        if (n <= 128)
        {
            Span<double> r = stackalloc double[8];
            for (int j = 0; j < 8; j++) r[j] = a[j];
            int i;
            for (i = 8; i < n - n % 8; i += 8)
                for (int j = 0; j < 8; j++) r[j] += a[i + j];
            var res = (r[0] + r[1] + (r[2] + r[3])) + (r[4] + r[5] + (r[6] + r[7]));
            for (; i < n; i++) res += a[i];
            return res;
        }
        var n2 = n / 2;
        n2 -= n2 % 8;
        return PairwiseSum(a[..n2]) + PairwiseSum(a[n2..]);
    }
}
