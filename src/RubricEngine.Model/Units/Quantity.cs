using System.Globalization;

namespace RubricEngine.Model.Units;

/// <summary>
/// A decimal amount in a unit, such as <c>100 gCO2e/kWh</c>. Comparison across units of one dimension
/// is exact (cross-multiplied fractions, no rounding); comparing different dimensions throws, since the
/// binder rejects it before anything runs.
/// </summary>
/// <param name="Value">The amount.</param>
/// <param name="Unit">The unit the amount is expressed in.</param>
public readonly record struct Quantity(decimal Value, Unit Unit) : IComparable<Quantity>
{
    /// <summary>The dimension of the unit.</summary>
    public Dimension Dimension => Unit.Dimension;

    /// <summary>
    /// The same quantity in another unit of the same dimension. Exact whenever the result has a finite
    /// decimal expansion (0.1 kgCO2e/kWh is exactly 100 gCO2e/kWh); otherwise rounded at 28 digits.
    /// </summary>
    public Quantity ConvertTo(Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        EnsureCompatible(target);
        if (target.Equals(Unit))
        {
            return this;
        }

        if (ConversionFactors.Decimal(Unit, target) is { } factor)
        {
            try
            {
                // Dividing by 1.000... drops the trailing zeros the factor's scale adds (4.500000 to 4.5),
                // so the fast path gives the same decimal as the exact one.
                return new Quantity(Value * factor / 1.0000000000000000000000000000m, target);
            }
            catch (OverflowException)
            {
                // The exact path below reports overflow its own way.
            }
        }

        var exact = Rational.FromDecimal(Value) * ConversionFactors.Exact(Unit, target);
        return new Quantity(exact.ToDecimal(), target);
    }

    /// <summary>Compares exactly, whatever the two units, as long as they share a dimension.</summary>
    public int CompareTo(Quantity other)
    {
        EnsureCompatible(other.Unit);
        if (Unit.Equals(other.Unit))
        {
            return Value.CompareTo(other.Value);
        }

        var left = Rational.FromDecimal(Value) * Unit.Factor;
        var right = Rational.FromDecimal(other.Value) * other.Unit.Factor;
        return left.CompareTo(right);
    }

    /// <summary>True when both denote the same amount, whatever their units.</summary>
    public bool IsSameAmount(Quantity other) => CompareTo(other) == 0;

    /// <summary>Exact less-than across units of one dimension.</summary>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>Exact less-or-equal across units of one dimension.</summary>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>Exact greater-than across units of one dimension.</summary>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>Exact greater-or-equal across units of one dimension.</summary>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    private void EnsureCompatible(Unit other)
    {
        if (!Unit.IsCompatibleWith(other))
        {
            throw new InvalidOperationException(
                $"Cannot compare {Unit.Dimension} with {other.Dimension}: the binder should have rejected this.");
        }
    }

    /// <summary>Formats as <c>100 gCO2e/kWh</c>, invariant culture.</summary>
    public override string ToString()
    {
        var number = Value.ToString(CultureInfo.InvariantCulture);
        return Unit.Symbol.Length == 0 ? number : Unit.Symbol == "%" ? number + "%" : $"{number} {Unit.Symbol}";
    }
}
