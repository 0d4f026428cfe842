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

    public static string Of(string canonicalText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)));

    /// <summary>The dossier's content in a fixed form: the same dossier from CSV, JSON or YAML hashes the same.</summary>
    public static string OfDossier(Dossier dossier)
    {
        // One buffer per thread: a dossier with an expert panel has hundreds of values, hashed once each.
        var text = _buffer ??= new StringBuilder(4096);
        text.Clear();
        text.Append("id=").Append(dossier.Id).Append('\n');
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
                    text.Append(id).Append(',');
                }

                text.Append('\n');
            }
        }

        foreach (var item in dossier.Evidence)
        {
            text.Append("evidence ").Append(item.Id).Append('|').Append(item.Document).Append('|').Append(item.Page)
                .Append('|').Append(item.VerifiedBy).Append('|').Append(Date(item.Date)).Append('\n');
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
        Span<char> block = stackalloc char[CharBlock];
        var used = 0;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                block[used++] = c;
                if (used == CharBlock - 1 && !char.IsHighSurrogate(c))
                {
                    hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(block[..used], bytes));
                    used = 0;
                }
                else if (used == CharBlock)
                {
                    hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(block[..used], bytes));
                    used = 0;
                }
            }
        }

        hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(block[..used], bytes));
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
                text.Append('[');
                foreach (var record in list.Records)
                {
                    text.Append('{');
                    foreach (var (key, field) in record.Fields)
                    {
                        text.Append(key).Append(':');
                        Append(text, field);
                        text.Append(';');
                    }

                    text.Append('}');
                }

                text.Append(']');
                break;
            default:
                text.Append(value.ToDisplayString());
                break;
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
