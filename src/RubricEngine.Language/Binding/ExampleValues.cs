using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Language.Binding;

/// <summary>Converts a written example value into a model value of the declared type, or reports why it cannot.</summary>
internal static class ExampleValues
{
    /// <summary>The value, or null after reporting it; a number outside <paramref name="range"/> is an error (RUB0430), never clamped.</summary>
    public static Value? Convert(ExpressionSyntax syntax, DataType type, string target, BindingContext context, ValueRange? range)
    {
        var value = Convert(syntax, type, target, context);
        if (range is not null && value is NumberValue number && !range.Contains(number.Number))
        {
            context.Report(DiagnosticCatalog.ValueOutOfRange, syntax.Span, target, DiagnosticPhrases.Range(range), number.Number);
            return null;
        }

        return value;
    }

    public static Value? Convert(ExpressionSyntax syntax, DataType type, string target, BindingContext context)
    {
        var (number, negated) = syntax is UnarySyntax { Operator: UnaryOperator.Negate, Operand: NumberSyntax n } ? (n, true) : (syntax as NumberSyntax, false);
        Value? value = (type, syntax) switch
        {
            (DecimalType, _) when number is { Unit: null } => new NumberValue(Sign(number.Value, negated)),
            (IntegerType, _) when number is { Unit: null } && decimal.Truncate(number.Value) == number.Value => new NumberValue(Sign(number.Value, negated)),
            (QuantityType q, _) when number is { Unit: { } unit } => Quantity(number, unit, q, negated, context, out var failed) ?? (failed ? null : Mismatch()),
            (BooleanType, BooleanSyntax b) => new TruthValue(Kleene.From(b.Value)),
            (TextType, StringSyntax s) => new TextValue(s.Value),
            (DateType, DateSyntax d) => new DateValue(d.Value),
            (EnumType e, ReferenceSyntax r) => Member(r, e, context),
            _ => Mismatch(),
        };
        return value;

        Value? Mismatch()
        {
            if (syntax is BinarySyntax or UnarySyntax or AnyOfSyntax or ListAggregateSyntax or CohortSyntax or AssessmentDateSyntax or ConditionalSyntax or ValueListSyntax)
            {
                context.Report(DiagnosticCatalog.ExampleValueNotLiteral, syntax.Span, target);
            }
            else
            {
                context.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, DiagnosticPhrases.ValueFor(type, target), Describe(syntax));
            }

            return null;
        }
    }

    private static decimal Sign(decimal value, bool negated) => negated ? -value : value;

    private static QuantityValue? Quantity(NumberSyntax number, UnitSyntax unitSyntax, QuantityType type, bool negated, BindingContext context, out bool failed)
    {
        failed = true;
        if (UnitResolver.Resolve(unitSyntax, context, type.Dimension) is not { } unit)
        {
            return null;
        }

        if (!unit.Dimension.Equals(type.Dimension))
        {
            context.Report(DiagnosticCatalog.TypeMismatch, unitSyntax.Span, DiagnosticPhrases.QuantityOf(type.Dimension), DiagnosticPhrases.UnitOfDimension(unit.Symbol, unit.Dimension));
            return null;
        }

        failed = false;
        return new QuantityValue(new Quantity(Sign(number.Value, negated), unit));
    }

    private static EnumValue? Member(ReferenceSyntax syntax, EnumType type, BindingContext context)
    {
        if (type.Members.Contains(syntax.Name.Text))
        {
            return new EnumValue(syntax.Name.Text);
        }

        context.Report(DiagnosticCatalog.NotAnEnumMember, syntax.Span, syntax.Name.Text, string.Join(", ", type.Members), BindingContext.DidYouMean(syntax.Name.Text, type.Members));
        return null;
    }

    /// <summary>What an example wrote, for a type mismatch.</summary>
    private static DiagnosticPhrase Describe(ExpressionSyntax syntax) => syntax switch
    {
        NumberSyntax { Unit: { } unit } => DiagnosticPhrases.QuantityIn(unit.Text),
        NumberSyntax => DiagnosticPhrases.PlainNumber,
        StringSyntax => DiagnosticPhrases.AText,
        DateSyntax => DiagnosticPhrases.ADate,
        BooleanSyntax => DiagnosticPhrases.ABoolean,
        ReferenceSyntax r => DiagnosticPhrases.TheName(r.Name.Text),
        _ => DiagnosticPhrases.AnExpression,
    };
}
