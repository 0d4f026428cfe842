using RubricEngine.Model.Collections;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Dossiers;

/// <summary>
/// The untyped shape of a dossier as a file holds it, before it is checked against a rubric's inputs.
/// YAML, JSON and CSV readers produce it, so the typing and its diagnostics are written once, whatever the
/// format. A closed hierarchy: <see cref="RawScalar"/>, <see cref="RawMap"/>, <see cref="RawList"/>.
/// </summary>
public abstract record RawNode : ModelNode
{
    private protected RawNode(SourceSpan span)
        : base(span)
    {
    }
}

/// <summary>A scalar: a number, word, date, quantity such as <c>0.09 kgCO2e/kWh</c>, or null.</summary>
/// <param name="Text">The text as written; null for an explicit null.</param>
/// <param name="IsQuoted">True when the source quoted it as a string (JSON strings, quoted YAML scalars).</param>
/// <param name="Span">Where it was written.</param>
public sealed record RawScalar(string? Text, bool IsQuoted, SourceSpan Span) : RawNode(Span);

/// <summary>A key of a mapping, with its own position for "unknown field" messages.</summary>
/// <param name="Key">The key text.</param>
/// <param name="KeySpan">Where the key was written.</param>
/// <param name="Value">The value.</param>
public sealed record RawField(string Key, SourceSpan KeySpan, RawNode Value);

/// <summary>A mapping of keys to nodes, in source order.</summary>
/// <param name="Fields">The entries, in source order.</param>
/// <param name="Span">Where it was written.</param>
public sealed record RawMap(ValueArray<RawField> Fields, SourceSpan Span) : RawNode(Span)
{
    /// <summary>The first entry with the key, or null.</summary>
    public RawField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);
}

/// <summary>A sequence of nodes, in source order.</summary>
/// <param name="Items">The items.</param>
/// <param name="Span">Where it was written.</param>
public sealed record RawList(ValueArray<RawNode> Items, SourceSpan Span) : RawNode(Span);

/// <summary>One dossier read from a file, or the reason it could not be read.</summary>
/// <param name="Node">The dossier's root mapping, or null when the reader could not produce one.</param>
/// <param name="Error">The reason, when <paramref name="Node"/> is null.</param>
/// <param name="Span">Where the dossier starts in its file.</param>
public sealed record RawDossier(RawMap? Node, Diagnostics.Diagnostic? Error, SourceSpan Span);
