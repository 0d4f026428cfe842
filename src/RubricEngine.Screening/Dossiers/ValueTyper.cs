using System.Globalization;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Dossiers;

/// <summary>Reads one scalar as a value of a declared type, reporting why it cannot be.</summary>
internal static class ValueTyper
{
    // Panel scores are mostly one digit: their values are shared rather than allocated for every record.
    private static readonly NumberValue[] Digits = [.. Enumerable.Range(0, 10).Select(d => new NumberValue(d))];

    /// <summary>The typed value, or null after reporting a diagnostic. <paramref name="name"/> names the input or field.</summary>
    public static Value? Type(RawScalar scalar, DataType type, ValueName name, UnitScope units, DiagnosticBag diagnostics) =>
        Plain(scalar.Text!, type) ?? TypeInGeneral(scalar, type, name.Text, units, diagnostics);

    /// <summary>
    /// The value of a plain number (<c>4</c>, <c>3.50</c>: see <see cref="NumberSyntax.TryReadPlain"/>) for a decimal or
    /// whole-number input, which can never be an error; null for any other text or type, which the general path types.
    /// </summary>
    public static NumberValue? Plain(string text, DataType type)
    {
        if (type is DecimalType or IntegerType && NumberSyntax.TryReadPlain(text, out var plain)
            && (type is DecimalType || plain == decimal.Truncate(plain)))
        {
            return text.Length == 1 ? Digits[text[0] - '0'] : new NumberValue(plain);
        }

        return null;
    }

    /// <summary>Any text for any type, reporting what it cannot type; <see cref="Type"/> tries <see cref="Plain"/> first.</summary>
    internal static Value? TypeInGeneral(RawScalar scalar, DataType type, string name, UnitScope units, DiagnosticBag diagnostics)
    {
        var text = scalar.Text!.Trim();
        if (type is DecimalType or IntegerType or QuantityType && !IsReadableNumber(scalar, text, name, diagnostics))
        {
            return null;
        }

        var value = type switch
        {
            DecimalType => ScalarText.TryParseNumber(text, out var d) ? new NumberValue(d) : (Value?)null,
            IntegerType => ScalarText.TryParseNumber(text, out var i) && i == decimal.Truncate(i) ? new NumberValue(i) : null,
            BooleanType => ParseTruth(text),
            TextType => new TextValue(scalar.Text),
            DateType => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateValue(date) : null,
            EnumType e => e.Members.Contains(text) ? new EnumValue(text) : null,
            QuantityType q => ParseQuantity(scalar, q, name, units, diagnostics),
            _ => null,
        };

        if (value is null && type is not QuantityType)
        {
            diagnostics.Report(DiagnosticCatalog.WrongValueType, scalar.Span, DiagnosticPhrases.Named(name), DiagnosticPhrases.TypeName(type), text);
        }

        return value;
    }

    /// <summary>False after reporting a number no decimal holds exactly (RUB0421) or one written with a comma (RUB0422).</summary>
    private static bool IsReadableNumber(RawScalar scalar, string text, string name, DiagnosticBag diagnostics)
    {
        if (ScalarText.HasCommaInNumber(text))
        {
            diagnostics.Report(DiagnosticCatalog.NumberWithComma, scalar.Span, name, text);
            return false;
        }

        if (ScalarText.SplitQuantity(text, out _, out _) == NumberText.Inexact)
        {
            var end = NumberSyntax.PrefixLength(text);
            diagnostics.Report(DiagnosticCatalog.NumberNotExact, scalar.Span, name, text[..end]);
            return false;
        }

        return true;
    }

    private static TruthValue? ParseTruth(string text) => text.ToUpperInvariant() switch
    {
        "TRUE" or "YES" => new TruthValue(Truth.Met),
        "FALSE" or "NO" => new TruthValue(Truth.NotMet),
        _ => null,
    };

    private static QuantityValue? ParseQuantity(RawScalar scalar, QuantityType type, string name, UnitScope units, DiagnosticBag diagnostics)
    {
        var text = scalar.Text!.Trim();
        if (!ScalarText.TrySplitQuantity(text, out var number, out var unitText))
        {
            diagnostics.Report(DiagnosticCatalog.WrongValueType, scalar.Span, DiagnosticPhrases.Named(name), DiagnosticPhrases.TypeName(type), text);
            return null;
        }

        if (unitText.Length == 0)
        {
            // A bare number is only a quantity when the dimension is none (a plain ratio).
            if (type.Dimension.IsNone)
            {
                return new QuantityValue(new Quantity(number, Unit.One));
            }

            diagnostics.Report(DiagnosticCatalog.MissingValueUnit, scalar.Span, name, DiagnosticPhrases.DimensionName(type.Dimension), text);
            return null;
        }

        if (!units.TryParse(unitText, out var unit, out var unknown))
        {
            // A whole unit that is unknown should be one of the input's dimension; a part of a compound unit could be anything.
            var suggestion = unknown is null ? null : units.Suggest(unknown, unknown == unitText.Replace(" ", string.Empty, StringComparison.Ordinal) ? type.Dimension : null);
            diagnostics.Report(DiagnosticCatalog.UnknownUnit, scalar.Span, unknown ?? unitText,
                DiagnosticPhrases.DidYouMean(suggestion));
            return null;
        }

        if (!unit.Dimension.Equals(type.Dimension))
        {
            diagnostics.Report(DiagnosticCatalog.WrongValueDimension, scalar.Span, name, DiagnosticPhrases.DimensionName(type.Dimension), text,
                DiagnosticPhrases.DimensionName(unit.Dimension));
            return null;
        }

        return new QuantityValue(new Quantity(number, unit));
    }
}

/// <summary>The input, or the field of a record input, that a value is for; its text is built only for a message.</summary>
/// <param name="Input">The input's name.</param>
/// <param name="Field">The record field's name, if any.</param>
internal readonly record struct ValueName(string Input, string? Field = null)
{
    public string Text => Field is null ? Input : $"{Input}.{Field}";

    public static implicit operator ValueName(string input) => new(input);
}
