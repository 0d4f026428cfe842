using RubricEngine.Model.Text;
using RubricEngine.Model.Units;

namespace RubricEngine.Model.Types;

/// <summary>A field of a record in a list input, such as one expert's score for one indicator.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Type">The field's type.</param>
/// <param name="Required">True when every record must have the field.</param>
/// <param name="Unit">For quantities, the unit values are shown in; null otherwise.</param>
/// <param name="Span">Where the field is declared.</param>
public sealed record FieldDeclaration(string Name, DataType Type, bool Required, Unit? Unit, SourceSpan Span)
    : ModelNode(Span)
{
    /// <summary>The declared range of a number field (<c>decimal 1 to 5</c>), or null.</summary>
    public ValueRange? Range { get; init; }
}
