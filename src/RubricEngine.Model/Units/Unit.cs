namespace RubricEngine.Model.Units;

/// <summary>
/// A unit of measure: a symbol, its dimension and its exact factor to the coherent unit of that
/// dimension (for example kWh = 3,600,000 J). Compound units such as <c>gCO2e/kWh</c> are built by
/// <see cref="UnitCatalog.TryParse(string, out Unit, out string?)"/>. Two units are equal when symbol, dimension and factor are equal.
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    internal Unit(string symbol, Dimension dimension, Rational factor)
    {
        Symbol = symbol;
        Dimension = dimension;
        Factor = factor;
    }

    /// <summary>The unit as written, such as <c>gCO2e/kWh</c>.</summary>
    public string Symbol { get; }

    /// <summary>The dimension measured.</summary>
    public Dimension Dimension { get; }

    internal Rational Factor { get; }

    /// <summary>The dimensionless unit of plain numbers.</summary>
    public static Unit One { get; } = new(string.Empty, Dimension.None, Rational.One);

    /// <summary>
    /// The coherent unit of a dimension a rubric declares (<c>unit kgH2 dimension hydrogen</c>): factor 1 of a
    /// new base dimension, comparable with no catalogue unit.
    /// </summary>
    public static Unit OfNewDimension(string symbol, string dimensionName) => new(symbol, Dimension.Base(dimensionName), Rational.One);

    /// <summary>The coherent unit (factor 1) of any dimension, under the given symbol, for results of arithmetic.</summary>
    public static Unit Coherent(Dimension dimension, string symbol) => new(symbol, dimension, Rational.One);

    /// <summary>A unit a rubric declares as a positive multiple of this one (<c>unit tH2 = 1000 kgH2</c>), exactly.</summary>
    public Unit Times(decimal multiple, string symbol) => new(symbol, Dimension, Rational.FromDecimal(multiple) * Factor);

    /// <summary>True when values in the two units can be compared or converted.</summary>
    public bool IsCompatibleWith(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ReferenceEquals(this, other) || Dimension.Equals(other.Dimension);
    }

    internal Unit Multiply(Unit other, string symbol) =>
        new(symbol, Dimension.Multiply(other.Dimension), Factor * other.Factor);

    internal Unit Divide(Unit other, string symbol) =>
        new(symbol, Dimension.Divide(other.Dimension), Factor / other.Factor);

    internal Unit Pow(int exponent, string symbol) =>
        new(symbol, Dimension.Pow(exponent), Factor.Pow(exponent));

    /// <inheritdoc />
    public bool Equals(Unit? other) =>
        ReferenceEquals(this, other) || other is not null && Symbol == other.Symbol && Dimension.Equals(other.Dimension) && Factor == other.Factor;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Unit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Symbol, Dimension);

    /// <inheritdoc />
    public override string ToString() => Symbol;
}
