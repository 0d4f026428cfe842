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

/// <summary>How a dossier file's document holds its dossiers; the YAML, JSON and CSV readers share it.</summary>
public static class RawDocuments
{
    /// <summary>
    /// Splits a document into dossiers: a single mapping, a list of mappings, or a mapping with a
    /// <c>dossiers</c> list. An item that is not a mapping becomes an error, so nothing is dropped silently.
    /// </summary>
    public static IEnumerable<RawDossier> Split(RawNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var items = root switch
        {
            RawMap map when map.Field("dossiers") is { Value: RawList list } => list.Items.Items,
            RawList list => list.Items.Items,
            _ => [root],
        };

        foreach (var item in items)
        {
            yield return item is RawMap map
                ? new RawDossier(map, null, map.Span)
                : new RawDossier(
                    null,
                    Diagnostics.Diagnostic.Create(
                        Diagnostics.DiagnosticCatalog.WrongDossierShape, item.Span, Diagnostics.DiagnosticPhrases.Dossier, Diagnostics.DiagnosticPhrases.DossierMapping),
                    item.Span);
        }
    }
}
