using System.Numerics;

namespace RubricEngine.Model.Units;

/// <summary>
/// An exact fraction, used for unit conversion factors. Factors such as kg/kWh are not finite decimals
/// (1000 / 3,600,000), so they are kept as fractions and only the final value becomes a decimal.
/// </summary>
internal readonly record struct Rational
{
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A rational needs a non-zero denominator.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsZero && !gcd.IsOne)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Rational One { get; } = new(1, 1);

    public static Rational FromDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = new BigInteger((uint)bits[0])
            | (new BigInteger((uint)bits[1]) << 32)
            | (new BigInteger((uint)bits[2]) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        return new Rational(negative ? -magnitude : magnitude, BigInteger.Pow(10, scale));
    }

    public static Rational operator *(Rational a, Rational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public Rational Pow(int exponent)
    {
        var n = BigInteger.Pow(Numerator, Math.Abs(exponent));
        var d = BigInteger.Pow(Denominator, Math.Abs(exponent));
        return exponent >= 0 ? new Rational(n, d) : new Rational(d, n);
    }

    public int CompareTo(Rational other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>
    /// Converts to decimal: exact when the fraction has a finite decimal expansion within 28 digits,
    /// otherwise rounded half-to-even at the 28th significant digit.
    /// </summary>
    public decimal ToDecimal()
    {
        var integer = BigInteger.DivRem(Numerator, Denominator, out var remainder);
        var scale = 0;
        var digits = integer;
        while (!remainder.IsZero && scale < 28 && BigInteger.Abs(digits) < DecimalLimit / 10)
        {
            remainder *= 10;
            digits = digits * 10 + BigInteger.DivRem(remainder, Denominator, out remainder);
            scale++;
        }

        if (!remainder.IsZero && BigInteger.Abs(remainder * 2) >= Denominator)
        {
            // Round half away from zero on the last kept digit.
            digits += Numerator.Sign;
        }

        if (BigInteger.Abs(digits) > DecimalLimit)
        {
            throw new OverflowException("The converted value is too large for a decimal.");
        }

        var result = (decimal)digits;
        return scale == 0 ? result : result / (decimal)BigInteger.Pow(10, scale);
    }

    private static readonly BigInteger DecimalLimit = new(decimal.MaxValue);

    public override string ToString() => $"{Numerator}/{Denominator}";
}
