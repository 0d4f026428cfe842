using RubricEngine.Model.Text;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// Where each <c>{placeholder}</c> of a YAML text scalar was written, so an unknown one (RUB0220) is reported at its
/// own line and column as in the DSL.
/// </summary>
internal static class YamlPlaceholders
{
    /// <summary>
    /// One span per placeholder of the scalar's value, in order. The placeholders are read in the scalar's source
    /// (between its quotes, or below a block header): quoting, indentation and folding only move whitespace, never a
    /// brace, so when the source holds the same placeholders as the value, each is exact, even in a folded or
    /// multi-line scalar. When it does not (an escape such as <c>\u007B</c> makes or hides a brace), no column is
    /// knowable and every placeholder points at the scalar's start.
    /// </summary>
    public static ValueArray<SourceSpan> Spans(YamlContext context, YScalar scalar)
    {
        var read = Placeholders.Read(scalar.Value);
        if (read.Count == 0)
        {
            return [];
        }

        var (start, end) = YamlExpressions.ContentRange(context.Text, scalar);
        var raw = Placeholders.Read(context.Text[start..Math.Max(start, end)]);
        var same = raw.Count == read.Count
            && raw.Zip(read).All(p => YamlExpressions.Words(p.First.Name) == YamlExpressions.Words(p.Second.Name));
        return same
            ? raw.Select(p => context.Source.Span(start + p.Index, start + p.Index + p.Length)).ToValueArray()
            : read.Select(_ => scalar.Span).ToValueArray();
    }
}
