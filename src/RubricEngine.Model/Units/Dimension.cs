using System.Collections.Immutable;
using System.Text;

namespace RubricEngine.Model.Units;

/// <summary>
/// A physical dimension as a product of base dimensions with integer exponents, such as
/// <c>co2e·energy⁻¹</c> for an emission intensity. Each currency is a base dimension of its own,
/// because there is no implicit exchange rate. Dimensionless values (ratios, percent) have no bases.
/// </summary>
public sealed class Dimension : IEquatable<Dimension>
{
    private readonly ImmutableSortedDictionary<string, int> _exponents;

    private Dimension(ImmutableSortedDictionary<string, int> exponents) => _exponents = exponents;

    /// <summary>The dimension of pure numbers, ratios and percentages.</summary>
    public static Dimension None { get; } = new(ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal));

    /// <summary>A base dimension, such as <c>mass</c>, <c>energy</c> or <c>currency:CNY</c>.</summary>
    public static Dimension Base(string name) => new(None._exponents.Add(name, 1));

    /// <summary>The base dimensions and their non-zero exponents, in ordinal order of name.</summary>
    public IReadOnlyDictionary<string, int> Exponents => _exponents;

    /// <summary>True for dimensionless values.</summary>
    public bool IsNone => _exponents.Count == 0;

    /// <summary>The product of two dimensions.</summary>
    public Dimension Multiply(Dimension other) => Combine(other, 1);

    /// <summary>The quotient of two dimensions.</summary>
    public Dimension Divide(Dimension other) => Combine(other, -1);

    /// <summary>This dimension raised to an integer power.</summary>
    public Dimension Pow(int exponent) =>
        new(_exponents.Where(kv => kv.Value * exponent != 0)
            .ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value * exponent, StringComparer.Ordinal));

    private Dimension Combine(Dimension other, int sign)
    {
        var builder = _exponents.ToBuilder();
        foreach (var (name, exponent) in other._exponents)
        {
            var sum = builder.GetValueOrDefault(name) + (sign * exponent);
            if (sum == 0)
            {
                builder.Remove(name);
            }
            else
            {
                builder[name] = sum;
            }
        }

        return new Dimension(builder.ToImmutable());
    }

    /// <inheritdoc />
    public bool Equals(Dimension? other) =>
        ReferenceEquals(this, other) || other is not null && _exponents.Count == other._exponents.Count
        && _exponents.All(kv => other._exponents.TryGetValue(kv.Key, out var e) && e == kv.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Dimension);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (name, exponent) in _exponents)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(exponent);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats as <c>co2e/energy</c> or <c>none</c>, for messages.</summary>
    public override string ToString() => Format(name => name, "none");

    /// <summary>Formats with each base dimension named by <paramref name="baseName"/> (a message in another language).</summary>
    internal string Format(Func<string, string> baseName, string none)
    {
        if (IsNone)
        {
            return none;
        }

        var numerator = Format(_exponents.Where(kv => kv.Value > 0).Select(kv => KeyValuePair.Create(baseName(kv.Key), kv.Value)), 1);
        var denominator = Format(_exponents.Where(kv => kv.Value < 0).Select(kv => KeyValuePair.Create(baseName(kv.Key), kv.Value)), -1);
        return denominator.Length == 0 ? numerator : $"{(numerator.Length == 0 ? "1" : numerator)}/{denominator}";
    }

    private static string Format(IEnumerable<KeyValuePair<string, int>> parts, int sign)
    {
        var text = new StringBuilder();
        foreach (var (name, exponent) in parts)
        {
            if (text.Length > 0)
            {
                text.Append('·');
            }

            text.Append(name);
            if (exponent * sign != 1)
            {
                text.Append('^').Append(exponent * sign);
            }
        }

        return text.ToString();
    }
}
