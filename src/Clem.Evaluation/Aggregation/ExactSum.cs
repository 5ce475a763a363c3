using System.Numerics;

namespace Clem.Evaluation.Aggregation;

/// <summary>
/// Exact running sums of doubles (Σx and Σx²) as dyadic rationals <c>mantissa · 2^exponent</c>.
/// pandas computes group means with a Kahan-compensated sum in file order and the std with Welford's
/// update; both depend on the (filesystem) row order and carry tiny rounding errors. Exact sums are
/// order-independent and give the correctly rounded sum, which is what the compensated sum yields for
/// score-sized data, so the 2-decimal results agree with clembench's tables while memory stays O(1)
/// per (model, game) instead of keeping every episode's value.
/// </summary>
public sealed class ExactSum
{
    BigInteger _sum, _squares;   // Σx = _sum·2^_exp, Σx² = _squares·2^(2·_exp)
    int _exp = int.MaxValue;     // smallest binary exponent seen so far (int.MaxValue: no finite value yet)
    bool _posInf, _negInf;

    /// <summary>Number of values added (NaN is skipped by the caller, as pandas skips it).</summary>
    public long Count { get; private set; }

    public void Add(double x)
    {
        if (double.IsNaN(x)) throw new ArgumentException("NaN is skipped by the caller, never summed", nameof(x));
        Count++;
        if (double.IsPositiveInfinity(x)) { _posInf = true; return; }
        if (double.IsNegativeInfinity(x)) { _negInf = true; return; }
        if (x == 0) return;
        var (mant, exp) = Decompose(x);
        if (_exp == int.MaxValue) _exp = exp;
        if (exp < _exp)
        {
            int shift = _exp - exp;
            _sum <<= shift;
            _squares <<= 2 * shift;
            _exp = exp;
        }
        int d = exp - _exp;
        _sum += new BigInteger(mant) << d;
        _squares += (new BigInteger(mant) * mant) << (2 * d);
    }

    /// <summary>The sum, correctly rounded to a double (±∞ or NaN if infinities were added).</summary>
    public double Sum
    {
        get
        {
            if (_posInf || _negInf) return _posInf && _negInf ? double.NaN : _posInf ? double.PositiveInfinity : double.NegativeInfinity;
            if (_exp == int.MaxValue) return 0.0;
            return RoundToDouble(_sum, _exp, sticky: false);
        }
    }

    /// <summary>pandas' group mean: sum / count (NaN when empty).</summary>
    public double Mean => Count == 0 ? double.NaN : Sum / Count;

    /// <summary>Sample variance (ddof=1) from the exact sums: (nΣx² − (Σx)²) / (n(n−1)), correctly rounded; NaN when n &lt; 2.</summary>
    public double SampleVariance
    {
        get
        {
            if (Count < 2) return double.NaN;
            if (_posInf || _negInf) return double.NaN; // as Welford: inf − inf
            if (_exp == int.MaxValue) return 0.0;
            var numerator = Count * _squares - _sum * _sum; // scaled by 2^(2·_exp); ≥ 0 exactly
            var denominator = new BigInteger(Count) * (Count - 1);
            return Divide(numerator, denominator, 2 * _exp);
        }
    }

    /// <summary>Sample standard deviation (ddof=1), as <c>sqrt</c> of the variance like pandas.</summary>
    public double SampleStd => Math.Sqrt(SampleVariance);

    /// <summary>x = mant · 2^exp with mant odd (or 0).</summary>
    static (long Mant, int Exp) Decompose(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool neg = bits < 0;
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        long mant = rawExp == 0 ? frac : frac | (1L << 52);
        int exp = (rawExp == 0 ? 1 : rawExp) - 1075;
        int tz = BitOperations.TrailingZeroCount(mant);
        mant >>= tz;
        exp += tz;
        return (neg ? -mant : mant, exp);
    }

    /// <summary>p/q · 2^exp2 correctly rounded (q &gt; 0).</summary>
    static double Divide(BigInteger p, BigInteger q, int exp2)
    {
        if (p.IsZero) return 0.0;
        bool neg = p.Sign < 0;
        var a = BigInteger.Abs(p);
        // Shift so the quotient has at least 55 significant bits; the remainder becomes a sticky bit.
        int k = (int)Math.Max(0, 55 + q.GetBitLength() - a.GetBitLength());
        var quot = BigInteger.DivRem(a << k, q, out var rem);
        double r = RoundToDouble(quot, exp2 - k, sticky: !rem.IsZero);
        return neg ? -r : r;
    }

    /// <summary>m · 2^exp rounded half-to-even to 53 bits; <paramref name="sticky"/> marks discarded non-zero bits below m.</summary>
    static double RoundToDouble(BigInteger m, int exp, bool sticky)
    {
        if (m.IsZero) return 0.0;
        bool neg = m.Sign < 0;
        var a = BigInteger.Abs(m);
        long bitLen = a.GetBitLength();
        if (bitLen > 53)
        {
            int drop = (int)(bitLen - 53);
            var kept = a >> drop;
            var rest = a - (kept << drop);
            var half = BigInteger.One << (drop - 1);
            int cmp = rest.CompareTo(half);
            if (cmp > 0 || (cmp == 0 && sticky) || (cmp == 0 && !kept.IsEven)) kept += 1;
            a = kept;
            exp += drop;
        }
        // a ≤ 2^53 fits a double exactly; ScaleB is exact unless the result under/overflows (not score-sized data).
        double r = Math.ScaleB((double)(long)a, exp);
        return neg ? -r : r;
    }
}
