using RubricEngine.Model.Text;

namespace RubricEngine.Language.Syntax;

/// <summary>The type of an input or a field, as written. A closed hierarchy.</summary>
internal abstract record TypeSyntax : SyntaxNode
{
    private protected TypeSyntax(SourceSpan span)
        : base(span)
    {
    }
}

/// <summary>The keyword types that need nothing more.</summary>
internal enum PrimitiveType
{
    /// <summary><c>decimal</c></summary>
    Decimal,

    /// <summary><c>integer</c></summary>
    Integer,

    /// <summary><c>boolean</c></summary>
    Boolean,

    /// <summary><c>text</c></summary>
    Text,

    /// <summary><c>date</c></summary>
    Date,
}

/// <summary><c>decimal</c>, <c>integer</c>, <c>boolean</c>, <c>text</c> or <c>date</c>.</summary>
/// <param name="Kind">Which one.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record PrimitiveTypeSyntax(PrimitiveType Kind, SourceSpan Span) : TypeSyntax(Span)
{
    /// <summary>The range written after <c>integer</c> or <c>decimal</c> (<c>1 to 5</c>), or null.</summary>
    public RangeSyntax? Range { get; init; }
}

/// <summary><c>quantity in gCO2e/kWh</c>: the unit fixes the dimension and the display unit.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record QuantityTypeSyntax(UnitSyntax Unit, SourceSpan Span) : TypeSyntax(Span);

/// <summary><c>one of solar_pv, wind, hydropower</c>.</summary>
/// <param name="Members">The members in the order written.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record EnumTypeSyntax(ValueArray<NameSyntax> Members, SourceSpan Span) : TypeSyntax(Span);

/// <summary><c>list of records</c> with its <c>field</c> clauses.</summary>
/// <param name="Fields">The fields of each record.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record ListTypeSyntax(ValueArray<FieldSyntax> Fields, SourceSpan Span) : TypeSyntax(Span);

/// <summary><c>field market_needs: decimal</c> inside a list input.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Type">Its type (not a list).</param>
/// <param name="Optional">True when a record may omit it.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record FieldSyntax(NameSyntax Name, TypeSyntax Type, bool Optional, SourceSpan Span) : SyntaxNode(Span);
