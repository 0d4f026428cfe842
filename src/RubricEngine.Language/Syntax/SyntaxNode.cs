using RubricEngine.Model.Text;

namespace RubricEngine.Language.Syntax;

/// <summary>
/// The base of the syntax tree: what the author wrote, in the order written, with its span. The DSL parser
/// and the YAML loader both produce this tree and the binder turns it into the model, so the two front ends
/// cannot drift apart. Syntax is never evaluated. A closed hierarchy: every node kind lives in this folder.
/// </summary>
internal abstract record SyntaxNode
{
    private protected SyntaxNode(SourceSpan span) => Span = span;

    /// <summary>Where the node was written.</summary>
    public SourceSpan Span { get; }
}

/// <summary>An identifier as written, such as <c>lifecycle_emissions</c>, with its own span for messages.</summary>
/// <param name="Text">The identifier.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record NameSyntax(string Text, SourceSpan Span) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A value that is not a node but still needs a position, such as a weight, a date or a count.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record Spanned<T>(T Value, SourceSpan Span);

/// <summary>A unit expression as written, such as <c>gCO2e/kWh</c>; the binder looks it up.</summary>
/// <param name="Text">The unit text.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record UnitSyntax(string Text, SourceSpan Span) : SyntaxNode(Span);

/// <summary>One language's text of a label: <c>en "Wind power"</c>.</summary>
/// <param name="Language">The language tag, such as <c>en</c> or <c>zh</c>.</param>
/// <param name="Text">The text, with escapes already resolved.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record LanguageTextSyntax(string Language, string Text, SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>Where each placeholder of <see cref="Text"/> was written, in order; empty when not known (an escape inside a DSL placeholder).</summary>
    public ValueArray<SourceSpan> PlaceholderSpans { get; init; } = [];
}

/// <summary>A text in several languages: <c>title en "Wind" zh "风电"</c>. Empty when the clause is absent.</summary>
/// <param name="Entries">The texts in the order written.</param>
/// <param name="Span">Where the clause was written.</param>
internal sealed record TextsSyntax(ValueArray<LanguageTextSyntax> Entries, SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>No text at all.</summary>
    public static TextsSyntax None { get; } = new([], SourceSpan.None);
}
