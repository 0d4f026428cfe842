namespace RubricEngine.Model.Text;

/// <summary>
/// The base of every model element that comes from source text. It carries the element's span, and its
/// equality ignores that span: a rubric parsed from the DSL equals the same rubric loaded from YAML, and a
/// rubric equals its formatted and re-parsed self, although their positions differ.
/// </summary>
/// <param name="Span">Where the element was written.</param>
public abstract record ModelNode(SourceSpan Span)
{
    /// <summary>Equal when of the same record type; derived records add their own fields, never the span.</summary>
    public virtual bool Equals(ModelNode? other) => other is not null && EqualityContract == other.EqualityContract;

    /// <inheritdoc />
    public override int GetHashCode() => EqualityContract.GetHashCode();
}
