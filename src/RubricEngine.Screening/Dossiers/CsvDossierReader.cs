using CsvHelper;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Streams dossiers from CSV, one row per dossier (see <see cref="CsvColumn"/> and <see cref="CsvCell"/>).
/// A malformed row (bad quoting, wrong number of fields) fails only its own dossier.
/// </summary>
internal static class CsvDossierReader
{
    public static IEnumerable<RawDossier> Read(TextReader text, string path)
    {
        var malformed = new HashSet<long>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = false, // one bad quote must not swallow the rest of the batch
            TrimWhitespace = true,
            OnMalformedRecord = record => malformed.Add(record.LineNumber),
            MaxRecordSize = DossierLimits.MaxCsvLineBytes,
        };

        using var csv = CsvReader.Create(text, options, leaveOpen: true);
        var columns = csv.Headers.Select(CsvColumn.Parse).ToArray();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var span = SourceSpan.At(path, line, 1);
            if (csv.RawRecord.Length > DossierLimits.MaxCsvLineBytes)
            {
                yield return new RawDossier(null, Diagnostic.Create(DiagnosticCatalog.DossierLimitExceeded, span,
                    LimitPhrases.Sized(LimitPhrases.CsvLine, csv.RawRecord.Length, "bytes"), LimitPhrases.Count(DossierLimits.MaxCsvLineBytes, "bytes"), string.Empty), span);
                continue;
            }

            if (malformed.Contains(csv.LineNumber) || csv.FieldCount != columns.Length)
            {
                var detail = csv.FieldCount != columns.Length
                    ? ReadFailurePhrases.FieldCount(csv.FieldCount, columns.Length)
                    : ReadFailurePhrases.MisplacedQuote;
                yield return new RawDossier(null, Diagnostic.Create(DiagnosticCatalog.MalformedDossier, span, DiagnosticPhrases.CsvRow, detail), span);
                continue;
            }

            var starts = FieldColumns(csv.RawRecord);
            var cells = new string[columns.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv[i].ToString();
            }

            yield return new RawDossier(ToMap(columns, cells, i => SourceSpan.At(path, line, starts[i]), span), null, span);
        }
    }

    /// <summary>One dossier from a row of cells under parsed headers; the Excel reader shares it.</summary>
    internal static RawMap ToMap(CsvColumn[] columns, string[] cells, Func<int, SourceSpan> cellSpan, SourceSpan rowSpan)
    {
        var fields = new List<RawField>();
        var lists = new Dictionary<string, List<(string Field, string[] Values, SourceSpan Span, CsvColumn Column)>>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            var (column, cell, span) = (columns[i], cells[i], cellSpan(i));
            if (cell.Length == 0)
            {
                continue;
            }

            if (column.Field is not null)
            {
                if (!lists.TryGetValue(column.Name, out var listColumns))
                {
                    lists[column.Name] = listColumns = [];
                    fields.Add(new RawField(column.Name, span, new RawList([], span))); // placeholder keeps column order
                }

                listColumns.Add((column.Field, CsvEscapes.Split(cell, ';'), span, column));
                continue;
            }

            RawNode node = column.Name switch
            {
                DossierSchema.EvidenceKey => CsvCell.Evidence(cell, span),
                DossierSchema.IdKey or DossierSchema.DateKey => CsvCell.Scalar(cell.Trim(), span),
                _ => CsvCell.Values(cell, column, span),
            };
            fields.Add(new RawField(column.Name, span, node));
        }

        for (var i = 0; i < fields.Count; i++)
        {
            if (lists.TryGetValue(fields[i].Key, out var listColumns))
            {
                fields[i] = fields[i] with { Value = Records(listColumns, fields[i].KeySpan) };
            }
        }

        return new RawMap(fields.ToValueArray(), rowSpan);
    }

    /// <summary>Record i takes the i-th value of every column of the list; an empty value leaves the field out.</summary>
    private static RawList Records(List<(string Field, string[] Values, SourceSpan Span, CsvColumn Column)> columns, SourceSpan span)
    {
        var count = columns.Max(c => c.Values.Length);
        var records = new RawNode[count];
        for (var r = 0; r < count; r++)
        {
            var recordFields = columns
                .Where(c => r < c.Values.Length && c.Values[r].Length > 0)
                .Select(c => new RawField(c.Field, c.Span, CsvCell.Scalar(c.Column.WithUnit(CsvEscapes.Unescape(c.Values[r])), c.Span)));
            records[r] = new RawMap(recordFields.ToValueArray(), span);
        }

        return new RawList(records.ToValueArray(), span);
    }

    /// <summary>The 1-based column where each field of a raw UTF-8 record starts, honouring quotes.</summary>
    private static List<int> FieldColumns(ReadOnlySpan<byte> raw)
    {
        var starts = new List<int> { 1 };
        var quoted = false;
        var column = 1;
        foreach (var b in raw)
        {
            column += (b & 0xC0) == 0x80 ? 0 : 1; // count characters, not UTF-8 continuation bytes
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (b == (byte)',' && !quoted)
            {
                starts.Add(column);
            }
        }

        return starts;
    }
}
