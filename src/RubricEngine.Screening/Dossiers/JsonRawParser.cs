using System.Buffers;
using System.Text;
using System.Text.Json;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>Parses JSON into the raw dossier shape, keeping each node's line and column.</summary>
internal static class JsonRawParser
{
    /// <summary>The reader options of every JSON dossier: comments skipped, trailing commas allowed.</summary>
    internal static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>
    /// The root node, or null with a diagnostic when the text is not well-formed JSON or not valid UTF-8 (a lone
    /// surrogate escape included); null without a diagnostic when the text holds only whitespace.
    /// </summary>
    public static RawNode? Parse(byte[] utf8, string path, int firstLine, out Diagnostic? error)
    {
        error = null;
        var lines = new LineIndex(utf8, path, firstLine);
        var reader = new Utf8JsonReader(utf8, Options);
        var scratch = Scratch;
        scratch.Clear(); // a failed parse may have left children on it
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var node = ReadNode(ref reader, lines, scratch);
            if (reader.Read())
            {
                throw new JsonException("unexpected content after the end of the document", null, null, null);
            }

            return node;
        }
        catch (JsonException) when (utf8.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return null; // only whitespace: a file without dossiers, not a malformed one
        }
        catch (JsonException ex)
        {
            var span = ex.LineNumber is { } line
                ? SourceSpan.At(path, (int)line + firstLine, (int)(ex.BytePositionInLine ?? 0) + 1)
                : lines.At(reader.TokenStartIndex);
            error = Diagnostic.Create(DiagnosticCatalog.MalformedDossier, span, DiagnosticPhrases.JsonDossier, ReadFailurePhrases.Json(FirstSentence(ex.Message)));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader.GetString refuses invalid UTF-8 and lone surrogates (\ud800) with this type.
            error = Diagnostic.Create(DiagnosticCatalog.InvalidTextEncoding, lines.At(reader.TokenStartIndex), LimitPhrases.JsonString,
                LimitPhrases.JsonReason(FirstSentence(ex.Message)));
            return null;
        }
    }

    private static RawNode ReadNode(ref Utf8JsonReader reader, LineIndex lines, ParseScratch scratch)
    {
        var start = lines.At(reader.TokenStartIndex); // taken before the children, so positions are asked in text order
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var firstField = scratch.Fields.Count;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var keySpan = lines.At(reader.TokenStartIndex);
                    var key = Texts.Key(ref reader);
                    reader.Read();
                    var value = ReadNode(ref reader, lines, scratch);
                    scratch.Fields.Add(new RawField(key, keySpan, value));
                }

                return new RawMap(ParseScratch.Take(scratch.Fields, firstField), lines.Between(start, reader.BytesConsumed));
            case JsonTokenType.StartArray:
                var firstItem = scratch.Items.Count;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = ReadNode(ref reader, lines, scratch);
                    scratch.Items.Add(item);
                }

                return new RawList(ParseScratch.Take(scratch.Items, firstItem), lines.Between(start, reader.BytesConsumed));
            case JsonTokenType.String:
                return new RawScalar(reader.GetString(), true, lines.Between(start, reader.BytesConsumed));
            case JsonTokenType.Null:
                return new RawScalar(null, false, lines.Between(start, reader.BytesConsumed));
            default:
                // Numbers keep their exact source text, so 0.1 stays an exact decimal.
                var text = reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray()) : Texts.Number(reader.ValueSpan);
                return new RawScalar(text, false, lines.Between(start, reader.BytesConsumed));
        }
    }

    private static RecentTexts Texts => RecentTexts.OfThisThread;

    private static ParseScratch Scratch => _scratch ??= new ParseScratch();

    [ThreadStatic]
    private static ParseScratch? _scratch;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
