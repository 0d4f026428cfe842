using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using YamlDotNet.Core;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// A YAML node as the rubric form reads it: only scalars, mappings and sequences, each with its span.
/// YamlDotNet's own representation model throws on the first duplicate key and expands aliases, so the
/// loader builds this smaller tree from the parser's events instead and reports such problems as data.
/// </summary>
/// <param name="Span">Where the node was written.</param>
internal abstract record YNode(SourceSpan Span)
{
    /// <summary>The node kind with its article, for messages: <c>a scalar</c>, <c>a mapping</c>, <c>a sequence</c>.</summary>
    public abstract DiagnosticPhrase KindName { get; }
}

/// <summary>A scalar with its style and character offsets, so expressions inside it can be parsed in place.</summary>
/// <param name="Value">The scalar's value, with YAML escapes and folding resolved.</param>
/// <param name="Style">How it was written: plain, quoted or block.</param>
/// <param name="StartIndex">The offset of its first character in the file (its opening quote, if any).</param>
/// <param name="EndIndex">The offset just after its last character (its closing quote, if any).</param>
/// <param name="Span">Where it was written.</param>
internal sealed record YScalar(string Value, ScalarStyle Style, int StartIndex, int EndIndex, SourceSpan Span) : YNode(Span)
{
    /// <inheritdoc />
    public override DiagnosticPhrase KindName => IsNull ? YamlPhrases.Empty : YamlPhrases.Scalar;

    /// <summary>True for YAML's null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>True when written in single or double quotes; a quoted given value is always text.</summary>
    public bool IsQuoted => Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;

    /// <summary>
    /// The span of part of the value. Exact for a one-line plain scalar, or a quoted one without escapes;
    /// otherwise the whole scalar, since folding and escapes move characters.
    /// </summary>
    public SourceSpan SpanOf(int offset, int length)
    {
        var quote = IsQuoted ? 1 : 0;
        var exact = Span.Line == Span.EndLine && (Style == ScalarStyle.Plain || IsQuoted)
            && EndIndex - StartIndex == Value.Length + (2 * quote) && !Value.Contains('\\', StringComparison.Ordinal) && !Value.Contains('\'', StringComparison.Ordinal);
        var column = Span.Column + quote + offset;
        return exact ? Span with { Column = column, EndLine = Span.Line, EndColumn = column + length } : Span;
    }
}

/// <summary>A mapping, its entries in source order. Keys are unique: the reader reports and drops repeats.</summary>
/// <param name="Entries">The entries.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record YMap(ValueArray<YEntry> Entries, SourceSpan Span) : YNode(Span)
{
    /// <inheritdoc />
    public override DiagnosticPhrase KindName => YamlPhrases.Mapping;

    /// <summary>The entry with the key, or null.</summary>
    public YEntry? Entry(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);
}

/// <summary>One key and its value.</summary>
/// <param name="Key">The key, always a scalar.</param>
/// <param name="Value">The value.</param>
internal sealed record YEntry(YScalar Key, YNode Value)
{
    /// <summary>From the key to the end of the value: the span of the declaration an entry holds.</summary>
    public SourceSpan Span => Key.Span.Through(Value.Span);
}

/// <summary>A sequence, its items in source order.</summary>
/// <param name="Items">The items.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record YList(ValueArray<YNode> Items, SourceSpan Span) : YNode(Span)
{
    /// <inheritdoc />
    public override DiagnosticPhrase KindName => YamlPhrases.Sequence;
}

/// <summary>A node already reported as an error (an alias, a node too deep); readers skip it silently.</summary>
/// <param name="Span">Where it was written.</param>
internal sealed record YInvalid(SourceSpan Span) : YNode(Span)
{
    /// <inheritdoc />
    public override DiagnosticPhrase KindName => YamlPhrases.InvalidNode;
}
