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
    private static StringBuilder? _buffer;

    [ThreadStatic]
    private static IncrementalHash? _hash;

    [ThreadStatic]
    private static byte[]? _bytes;

    [ThreadStatic]
    private static char[]? _chars;

    public static string Of(string canonicalText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)));

    /// <summary>The dossier's content in a fixed form: the same dossier from CSV, JSON or YAML hashes the same.</summary>
    public static string OfDossier(Dossier dossier)
    {
        // One buffer per thread: a dossier with an expert panel has hundreds of values, hashed once each.
        var text = _buffer ??= new StringBuilder(4096);
        text.Clear();
        text.Append("id=");
        Text(text, dossier.Id);
        text.Append('\n');
        text.Append("date=").Append(Date(dossier.AssessmentDate)).Append('\n');
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
            foreach (var field in new[] { item.Id, item.Document, item.Page, item.VerifiedBy, Date(item.Date) })
            {
                Text(text, field);
            }

            text.Append('\n');
        }

        return Hash(text);
    }

    /// <summary>
    /// Hashes the buffer as UTF-8 without building one string of the whole dossier. Characters are copied
    /// through a fixed buffer that never ends inside a surrogate pair, so the bytes hashed do not depend on
    /// how the builder happens to split its chunks.
    /// </summary>
    private static string Hash(StringBuilder text)
    {
        var hash = _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var bytes = _bytes ??= new byte[Encoding.UTF8.GetMaxByteCount(CharBlock)];
        var block = _chars ??= new char[CharBlock]; // a reused array: zeroing a stack buffer per dossier showed in profiles
        var used = 0;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                block[used++] = c;
                if (used == CharBlock - 1 && !char.IsHighSurrogate(c))
                {
                    hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(block, 0, used, bytes, 0));
                    used = 0;
                }
                else if (used == CharBlock)
                {
                    hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(block, 0, used, bytes, 0));
                    used = 0;
                }
            }
        }

        hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(block, 0, used, bytes, 0));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private const int CharBlock = 1024;

    private static void Append(StringBuilder text, Value value)
    {
        switch (value)
        {
            // Numbers drop trailing zeros: 4 and 4.0 are the same evidence.
            case NumberValue n:
                DecimalText.Append(text, n.Number);
                break;
            case QuantityValue q:
                DecimalText.Append(text, q.Quantity.Value);
                text.Append(' ').Append(q.Quantity.Unit.Symbol);
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
    private static void AppendRecords(StringBuilder text, ListValue list)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var record in list.Records)
        {
            foreach (var (key, _) in record.Fields)
            {
                names.Add(key);
            }
        }

        text.Append('[').AppendJoin(',', names).Append(']');
        foreach (var record in list.Records)
        {
            text.Append('|');
            var i = 0;
            foreach (var name in names)
            {
                if (i > 0)
                {
                    text.Append(';');
                }

                // Records keep their fields sorted by name, so a cursor finds each in one pass.
                if (i < record.Fields.Count && record.Fields[i].Key == name)
                {
                    Append(text, record.Fields[i].Value);
                }
                else if (record.Field(name) is { } value)
                {
                    Append(text, value);
                }

                i++;
            }
        }
    }

    /// <summary>Free text, length-prefixed, so no separator inside it can make two dossiers read alike.</summary>
    private static void Text(StringBuilder text, string? value)
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
