using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// The text conventions inside one CSV cell: several values (conflicting evidence) are separated by
/// <c>|</c>; a value cites evidence with <c>@id</c> (<c>0.09 kgCO2e/kWh @lca</c>); the <c>evidence</c>
/// column lists items as <c>id; document; page; verified_by; date</c>, separated by <c>|</c>.
/// </summary>
internal static class CsvCell
{
    public static RawNode Values(string cell, CsvColumn column, SourceSpan span)
    {
        var parts = CsvEscapes.Split(cell, '|', removeEmpty: true);
        if (parts.Length == 0)
        {
            return Scalar(string.Empty, span);
        }

        if (parts.Length == 1)
        {
            return Value(parts[0], column, span);
        }

        return new RawList(parts.Select(p => Value(p, column, span)).ToValueArray(), span);
    }

    public static RawNode Evidence(string cell, SourceSpan span)
    {
        string[] keys = ["id", "document", "page", "verified_by", "date", "method", "verification"];
        var items = CsvEscapes.Split(cell, '|', removeEmpty: true)
            .Select(item =>
            {
                // A field past the last key gets a name of its own, so the dossier binder reports it rather than drop it.
                var fields = CsvEscapes.Split(item, ';');
                var map = fields
                    .Select((text, i) => (text, key: i < keys.Length ? keys[i] : $"field {i + 1}"))
                    .Where(f => f.text.Length > 0)
                    .Select(f => new RawField(f.key, span, Scalar(CsvEscapes.Unescape(f.text), span)));
                return (RawNode)new RawMap(map.ToValueArray(), span);
            });
        return new RawList(items.ToValueArray(), span);
    }

    public static RawScalar Scalar(string text, SourceSpan span) => new(text, true, span);

    private static RawNode Value(string text, CsvColumn column, SourceSpan span)
    {
        var at = text.IndexOf(" @", StringComparison.Ordinal);
        if (at < 0 && !text.StartsWith('@'))
        {
            return Scalar(column.WithUnit(CsvEscapes.Unescape(text)), span);
        }

        var value = at < 0 ? string.Empty : text[..at];
        var cites = text[(at + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => (RawNode)Scalar(CsvEscapes.Unescape(c.TrimStart('@')), span));
        return new RawMap(
            [
                new RawField("value", span, Scalar(column.WithUnit(CsvEscapes.Unescape(value)), span)),
                new RawField("evidence", span, new RawList(cites.ToValueArray(), span)),
            ],
            span);
    }
}
