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
        var parts = cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1)
        {
            return Value(parts[0], column, span);
        }

        return new RawList(parts.Select(p => Value(p, column, span)).ToValueArray(), span);
    }

    public static RawNode Evidence(string cell, SourceSpan span)
    {
        string[] keys = ["id", "document", "page", "verified_by", "date"];
        var items = cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(item =>
            {
                var fields = item.Split(';', StringSplitOptions.TrimEntries);
                var map = fields.Take(keys.Length)
                    .Select((text, i) => (text, key: keys[i]))
                    .Where(f => f.text.Length > 0)
                    .Select(f => new RawField(f.key, span, Scalar(f.text, span)));
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
            return Scalar(column.WithUnit(text), span);
        }

        var value = at < 0 ? string.Empty : text[..at];
        var cites = text[(at + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => (RawNode)Scalar(c.TrimStart('@'), span));
        return new RawMap(
            [
                new RawField("value", span, Scalar(column.WithUnit(value), span)),
                new RawField("evidence", span, new RawList(cites.ToValueArray(), span)),
            ],
            span);
    }
}
