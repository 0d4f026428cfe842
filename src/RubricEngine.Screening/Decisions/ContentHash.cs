using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Decisions;

/// <summary>SHA-256 content hashes of rubrics and dossiers, over canonical text so format and layout do not matter.</summary>
internal static class ContentHash
{
    [ThreadStatic]
    private static CanonicalBytes? _buffer;

    [ThreadStatic]
    private static List<string>? _names;

    public static string Of(string canonicalText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)));

    /// <summary>The dossier's content in a fixed form: the same dossier from CSV, JSON or YAML hashes the same.</summary>
    public static string OfDossier(Dossier dossier)
    {
        // One buffer per thread: a dossier with an expert panel has hundreds of values, hashed once each.
        var text = _buffer ??= new CanonicalBytes();
        text.Clear();
        text.Append("id=");
        Text(text, dossier.Id);
        text.Append('\n');
        text.Append("date=");
        if (Date(dossier.AssessmentDate) is { } date)
        {
            text.Append(date); // no length prefix: a date has a fixed form
        }

        text.Append('\n');
        foreach (var entry in dossier.Entries)
        {
            foreach (var value in entry.Values)
            {
                text.Append("input ").Append(entry.Input).Append('=');
                Append(text, value.Value);
                text.Append(" @");
                foreach (var id in value.EvidenceIds)
                {
                    Text(text, id);
                }

                text.Append('\n');
            }
        }

        foreach (var item in dossier.Evidence)
        {
            text.Append("evidence ");
            Text(text, item.Id);
            Text(text, item.Document);
            Text(text, item.Page);
            Text(text, item.VerifiedBy);
            Text(text, Date(item.Date));
            if (item.Method is not null || item.Verification is not null)
            {
                // Only evidence that says how it was measured or verified hashes these, so older dossiers keep their hashes.
                Text(text, item.Method);
                Text(text, item.Verification?.ToWord());
            }

            text.Append('\n');
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text.Span, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static void Append(CanonicalBytes text, Value value)
    {
        switch (value)
        {
            // Numbers drop trailing zeros: 4 and 4.0 are the same evidence.
            case NumberValue n:
                text.Append(n.Number);
                break;
            case QuantityValue q:
                text.Append(q.Quantity.Value).Append(' ').Append(q.Quantity.Unit.Symbol);
                break;
            case ListValue list:
                AppendRecords(text, list);
                break;
            case TextValue t:
                Text(text, t.Text);
                break;
            default:
                text.Append(value.ToDisplayString());
                break;
        }
    }

    /// <summary>
    /// Records as a table: the field names once (the union, sorted), then one row of values per record, an
    /// absent field left empty. An expert panel hashes in a third of the bytes of name: value pairs.
    /// </summary>
    private static void AppendRecords(CanonicalBytes text, ListValue list)
    {
        // The per-thread name list is taken while in use, so a list nested in a record gets a fresh one.
        var spare = _names ?? [];
        _names = null;
        try
        {
            AppendTable(text, list, FieldNames(list, spare));
        }
        finally
        {
            _names = spare;
        }
    }

    private static void AppendTable(CanonicalBytes text, ListValue list, List<string> names)
    {
        text.Append('[');
        for (var n = 0; n < names.Count; n++)
        {
            if (n > 0)
            {
                text.Append(',');
            }

            text.Append(names[n]);
        }

        text.Append(']');
        foreach (var record in list.Records)
        {
            text.Append('|');
            var fields = record.Fields.Items;
            for (var i = 0; i < names.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(';');
                }

                // Records keep their fields sorted by name, so a cursor finds each in one pass.
                if (i < fields.Length && fields[i].Key == names[i])
                {
                    Append(text, fields[i].Value);
                }
                else if (record.Field(names[i]) is { } value)
                {
                    Append(text, value);
                }
            }
        }
    }

    /// <summary>
    /// The union of the records' field names in ordinal order. Usually every record has the same fields,
    /// already sorted: then the first record's names are the union, found without building a sorted set.
    /// </summary>
    private static List<string> FieldNames(ListValue list, List<string> names)
    {
        names.Clear();
        var records = list.Records.Items;
        if (records.IsEmpty)
        {
            return names;
        }

        var first = records[0].Fields.Items;
        foreach (var (key, _) in first)
        {
            if (names.Count > 0 && string.CompareOrdinal(names[^1], key) >= 0)
            {
                return UnionOfFieldNames(list);
            }

            names.Add(key);
        }

        foreach (var record in records)
        {
            var fields = record.Fields.Items;
            if (fields.Length != names.Count)
            {
                return UnionOfFieldNames(list);
            }

            for (var i = 0; i < fields.Length; i++)
            {
                if (fields[i].Key != names[i])
                {
                    return UnionOfFieldNames(list);
                }
            }
        }

        return names;
    }

    private static List<string> UnionOfFieldNames(ListValue list)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var record in list.Records)
        {
            foreach (var (key, _) in record.Fields)
            {
                names.Add(key);
            }
        }

        return [.. names];
    }

    /// <summary>Free text, length-prefixed, so no separator inside it can make two dossiers read alike.</summary>
    private static void Text(CanonicalBytes text, string? value)
    {
        if (value is null)
        {
            text.Append('~');
            return;
        }

        text.Append(value.Length).Append(':').Append(value);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
