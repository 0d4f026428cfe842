using RubricEngine.Language.Syntax;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;

namespace RubricEngine.Language.Binding;

/// <summary>Turns written types into model types; a quantity's unit fixes its dimension.</summary>
internal static class TypeBinder
{
    /// <summary>The type and display unit, or null when the type is invalid (already reported).</summary>
    public static (DataType Type, Unit? Unit)? Bind(TypeSyntax syntax, BindingContext context) => syntax switch
    {
        PrimitiveTypeSyntax p => (Primitive(p.Kind), null),
        QuantityTypeSyntax q => UnitResolver.Resolve(q.Unit, context) is { } unit ? (new QuantityType(unit.Dimension), unit) : null,
        EnumTypeSyntax e => (new EnumType(DistinctMembers(e, context)), null),
        ListTypeSyntax l => BindList(l, context),
        _ => null,
    };

    private static DataType Primitive(PrimitiveType kind) => kind switch
    {
        PrimitiveType.Decimal => DecimalType.Instance,
        PrimitiveType.Integer => IntegerType.Instance,
        PrimitiveType.Boolean => BooleanType.Instance,
        PrimitiveType.Text => TextType.Instance,
        _ => DateType.Instance,
    };

    private static ValueArray<string> DistinctMembers(EnumTypeSyntax syntax, BindingContext context)
    {
        var seen = new Dictionary<string, NameSyntax>(StringComparer.Ordinal);
        foreach (var member in syntax.Members)
        {
            if (!seen.TryAdd(member.Text, member))
            {
                context.ReportDuplicate(member, seen[member.Text].Span);
            }
        }

        return seen.Keys.ToValueArray();
    }

    private static (DataType Type, Unit? Unit)? BindList(ListTypeSyntax syntax, BindingContext context)
    {
        var fields = new List<FieldDeclaration>();
        var seen = new Dictionary<string, FieldSyntax>(StringComparer.Ordinal);
        var valid = true;
        foreach (var field in syntax.Fields)
        {
            if (!seen.TryAdd(field.Name.Text, field))
            {
                context.ReportDuplicate(field.Name, seen[field.Name.Text].Name.Span);
                valid = false;
                continue;
            }

            if (Bind(field.Type, context) is { } bound)
            {
                fields.Add(new FieldDeclaration(field.Name.Text, bound.Type, !field.Optional, bound.Unit, field.Span) { Range = RangeBinder.Bind(field.Type, context) });
            }
            else
            {
                valid = false;
            }
        }

        return valid ? (new ListType(fields.ToValueArray()), null) : null;
    }
}
