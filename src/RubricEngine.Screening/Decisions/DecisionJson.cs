using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// Writes decisions as JSON with a fixed property order, invariant numbers and exact decimals (trailing
/// zeros dropped, so 3.50 and 3.5 print alike). The same decision always gives the same bytes.
/// </summary>
public static partial class DecisionJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = Compact with { Indented = true, NewLine = "\n" };

    /// <summary>The decision as a JSON document; indented for people, compact for JSON Lines.</summary>
    public static string Serialize(Decision decision, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            Write(writer, decision);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Several decisions as one JSON array, in the order given.</summary>
    public static string SerializeAll(IEnumerable<Decision> decisions, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            writer.WriteStartArray();
            foreach (var decision in decisions)
            {
                Write(writer, decision);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Writes each decision on its own line (JSON Lines), for streaming large batches, through one reused JSON writer
    /// and buffer: serialising each decision to its own stream, array and string cost about 45 KB of garbage per Yeda
    /// decision, on the one thread that writes the batch.
    /// </summary>
    public static void WriteLines(TextWriter output, IEnumerable<Decision> decisions)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(decisions);
        WriteChars(output, decisions.Select(d => LineWriter.Current.Render(d)));
    }

    /// <summary>
    /// Writes the decision of each screened item as a line, using the line its worker already rendered
    /// (<see cref="ScreeningItem.JsonLine"/>) when there is one; items without a decision are left out.
    /// </summary>
    public static void WriteLines(TextWriter output, IEnumerable<ScreeningItem> items)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(items);
        WriteChars(output, Lines(items));
    }

    private static void WriteChars(TextWriter output, IEnumerable<ReadOnlyMemory<byte>> lines)
    {
        var chars = ArrayPool<char>.Shared.Rent(16 << 10);
        try
        {
            foreach (var line in lines)
            {
                if (chars.Length < Encoding.UTF8.GetMaxCharCount(line.Length))
                {
                    ArrayPool<char>.Shared.Return(chars);
                    chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(line.Length));
                }

                output.Write(chars, 0, Encoding.UTF8.GetChars(line.Span, chars));
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Like <see cref="WriteLines(TextWriter, IEnumerable{ScreeningItem})"/>, as UTF-8 bytes straight to a stream (a file).</summary>
    public static void WriteLines(Stream output, IEnumerable<ScreeningItem> items)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(items);
        foreach (var line in Lines(items))
        {
            output.Write(line.Span);
        }
    }

    /// <summary>
    /// The decision as one JSON Lines line: compact JSON and a newline, as UTF-8. One writer and buffer per thread,
    /// so screening workers can render lines side by side.
    /// </summary>
    internal static byte[] ToJsonLine(Decision decision) => LineWriter.Current.Render(decision).ToArray();

    /// <summary>Each item's line: rendered by its worker, or here into the reused buffer (valid until the next line).</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> Lines(IEnumerable<ScreeningItem> items)
    {
        foreach (var item in items)
        {
            if (item.JsonLine is { } rendered)
            {
                yield return rendered;
            }
            else if (item.Decision is { } decision)
            {
                yield return LineWriter.Current.Render(decision);
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "One per thread for the thread's life; its JSON writer writes to an in-memory buffer and holds nothing to release.")]
    private sealed class LineWriter
    {
        [ThreadStatic]
        private static LineWriter? _current;

        private readonly ArrayBufferWriter<byte> _buffer = new(16 << 10);
        private readonly Utf8JsonWriter _writer;

        private LineWriter() => _writer = new Utf8JsonWriter(_buffer, Compact);

        public static LineWriter Current => _current ??= new LineWriter();

        public ReadOnlyMemory<byte> Render(Decision decision)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            Write(_writer, decision);
            _writer.Flush();
            _buffer.GetSpan(1)[0] = (byte)'\n';
            _buffer.Advance(1);
            return _buffer.WrittenMemory;
        }
    }

    /// <summary>Writes one decision to a JSON writer, in the fixed property order.</summary>
    public static void Write(Utf8JsonWriter writer, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        writer.WriteStartObject();
        writer.WriteStartObject(Names.Rubric);
        writer.WriteString(Names.Id, decision.Rubric.Id);
        writer.WriteString(Names.Version, decision.Rubric.Version);
        writer.WriteString(Names.Hash, decision.Rubric.Hash);
        writer.WriteEndObject();
        writer.WriteStartObject(Names.Dossier);
        writer.WriteString(Names.Id, decision.DossierId);
        writer.WriteString(Names.Hash, decision.DossierHash);
        writer.WriteEndObject();
        writer.WriteString(Names.Outcome, decision.Outcome);
        writer.WriteString(Names.Reason, decision.Reason);
        WriteClassifications(writer, decision);
        WriteScore(writer, decision.Score);
        WriteCriteria(writer, decision.Criteria);
        WriteMissing(writer, Names.Missing, decision.Missing);
        if (decision.Unknown.Count > decision.Missing.Count)
        {
            // Only when some unknown input could not change the outcome, so other decisions keep their bytes.
            WriteMissing(writer, Names.Unknown, decision.Unknown);
        }

        WriteConflicts(writer, decision.Conflicts);
        WriteTrace(writer, decision.Trace);
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, JsonEncodedText name, decimal? value)
    {
        if (value is { } v)
        {
            // Canonical text: trailing zeros dropped, so the same value always prints the same.
            Span<byte> text = stackalloc byte[DecimalText.MaxLength];
            Span<int> bits = stackalloc int[4];
            writer.WritePropertyName(name);
            writer.WriteRawValue(text[..DecimalText.Write(v, text, bits)], skipInputValidation: true);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter writer, JsonEncodedText name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
