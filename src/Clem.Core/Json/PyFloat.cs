using System.Globalization;

namespace Clem.Core.Json;

/// <summary>Python's float formatting and rounding, needed to reproduce clembench's files exactly.</summary>
public static class PyFloat
{
    /// <summary>Python <c>repr(float)</c>: shortest round-trip digits; fixed notation for exponents in [-4, 16), else d.ddde±XX.</summary>
    public static string Repr(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        // "E16" is not shortest; "R" is, but its layout differs from Python's. Decompose "R" into digits and exponent.
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        bool neg = r[0] == '-';
        if (neg) r = r[1..];
        int exp = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0) { exp = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture); r = r[..e]; }
        int dot = r.IndexOf('.');
        string intPart = dot >= 0 ? r[..dot] : r, frac = dot >= 0 ? r[(dot + 1)..] : "";
        string digits = (intPart + frac).TrimStart('0');
        int leadingZeros = (intPart + frac).Length - (intPart + frac).TrimStart('0').Length;
        // decimal exponent of the first significant digit
        int pointPos = intPart.Length + exp - leadingZeros; // digits before the decimal point
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        int sciExp = pointPos - 1;
        string body;
        if (sciExp >= -4 && sciExp < 16)
        {
            if (pointPos <= 0) body = "0." + new string('0', -pointPos) + digits;
            else if (pointPos >= digits.Length) body = digits + new string('0', pointPos - digits.Length) + ".0";
            else body = digits[..pointPos] + "." + digits[pointPos..];
        }
        else
        {
            var mant = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
            body = mant + "e" + (sciExp < 0 ? "-" : "+") + Math.Abs(sciExp).ToString("00", CultureInfo.InvariantCulture);
        }
        return neg ? "-" + body : body;
    }

    /// <summary>numpy/pandas <c>round(x, 2)</c>: rint(x·100)/100 with half-to-even on the scaled double.</summary>
    public static double Round2(double x) => Math.Round(x * 100.0, MidpointRounding.ToEven) / 100.0;

    /// <summary>numpy <c>round(x, n)</c> for small n (same scaling as <see cref="Round2"/>).</summary>
    public static double Round(double x, int decimals)
    {
        double p = Math.Pow(10, decimals);
        return Math.Round(x * p, MidpointRounding.ToEven) / p;
    }

    /// <summary>Python 3's built-in <c>round(x, n)</c>: half-even on the exact binary value (so round(2.675, 2) = 2.67).</summary>
    public static double PyRound(double x, int decimals)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return x;
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool neg = bits < 0;
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        System.Numerics.BigInteger mant = rawExp == 0 ? frac : frac | (1L << 52);
        int exp2 = (rawExp == 0 ? 1 : rawExp) - 1075; // |x| = mant * 2^exp2 exactly
        var scale = System.Numerics.BigInteger.Pow(10, decimals);
        System.Numerics.BigInteger q;
        if (exp2 >= 0) q = (mant << exp2) * scale;
        else
        {
            var num = mant * scale;
            var den = System.Numerics.BigInteger.One << -exp2;
            q = System.Numerics.BigInteger.DivRem(num, den, out var rem);
            var twice = rem * 2;
            if (twice > den || (twice == den && !q.IsEven)) q += 1;
        }
        var text = q.ToString(CultureInfo.InvariantCulture) + "e-" + decimals.ToString(CultureInfo.InvariantCulture);
        var r = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return neg ? -r : r;
    }
}
