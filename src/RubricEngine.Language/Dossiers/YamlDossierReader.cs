using RubricEngine.Model.Collections;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Language.Yaml;
using RubricEngine.Model.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RubricEngine.Language.Dossiers;

/// <summary>
/// Reads dossiers from YAML into their raw, untyped shape, for the screening layer to type against a rubric.
/// A file holds one dossier, a list of them, a mapping with a <c>dossiers</c> list, or several documents
/// (<c>---</c>); documents are read one at a time, so a long stream is never loaded whole. Aliases are
/// refused, not expanded. Malformed YAML ends the file with one error at the parser's position, whatever type
/// the parser throws; so does a document longer than <see cref="MaxDocumentChars"/>.
/// </summary>
public static class YamlDossierReader
{
    private const int MaxDepth = 64;

    /// <summary>The longest YAML document (one dossier or a list of them), in characters; the same as one JSON Lines line.</summary>
    internal const int MaxDocumentChars = 64 * 1024 * 1024;

    /// <summary>Reads the dossiers of a YAML text, lazily.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="path">The file path, for spans.</param>
    /// <returns>One raw dossier (or error) per dossier found.</returns>
    public static IEnumerable<RawDossier> Read(TextReader reader, string path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(path);
        var counted = new CountingTextReader(reader);
        var parser = new Parser(counted);
        while (true)
        {
            var (document, error) = NextDocument(parser, counted, path);
            if (error is not null)
            {
                yield return new RawDossier(null, error, error.Span);
                yield break;
            }

            if (document is null)
            {
                yield break;
            }

            foreach (var dossier in RawDocuments.Split(document))
            {
                yield return dossier;
            }
        }
    }

    private static (RawNode? Document, Diagnostic? Error) NextDocument(Parser parser, CountingTextReader reader, string path)
    {
        try
        {
            parser.TryConsume<StreamStart>(out _);
            reader.Limit = (parser.Current?.Start.Index ?? reader.Position) + MaxDocumentChars;
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                return (null, null);
            }

            var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, path, 1);
            parser.Consume<DocumentEnd>();
            return (root ?? new RawMap([], SourceSpan.At(path, 1, 1)), null);
        }
        catch (RefusedYamlException e)
        {
            // English as the exception words it, as before; Chinese from the reader's reason.
            return (null, Malformed(path, At(path, e.Start), DiagnosticPhrases.Translated(e.Message, "{0}", e.Reason)));
        }
        catch (YamlException e)
        {
            var detail = e.InnerException?.Message ?? e.Message;
            return (null, Malformed(path, e.Start.Line > 0 ? At(path, e.Start) : Where(parser, path), YamlParserMessages.Of(e, detail)));
        }
        catch (DocumentTooLongException)
        {
            var limit = $"{MaxDocumentChars:N0}";
            return (null, Malformed(path, Where(parser, path),
                DiagnosticPhrases.Translated($"a document is longer than {limit} characters", "文档超过 {0} 个字符", limit)));
        }
#pragma warning disable CA1031 // YamlDotNet throws other types too on hostile text (binary files); each is this file's error.
        catch (Exception e) when (e is not OutOfMemoryException and not IOException and not UnauthorizedAccessException)
#pragma warning restore CA1031
        {
            return (null, Malformed(path, Where(parser, path), DiagnosticPhrases.LibraryText(e.Message, "YAML 解析器出错")));
        }
    }

    private static Diagnostic Malformed(string path, SourceSpan at, DiagnosticPhrase detail) =>
        Diagnostic.Create(DiagnosticCatalog.MalformedDossier, at, DiagnosticPhrases.YamlDossier, DiagnosticPhrases.RestOfFileNotRead(detail));

    /// <summary>The parser's position, or the start of the file when it has none.</summary>
    private static SourceSpan Where(Parser parser, string path)
    {
        try
        {
            return parser.Current is { Start.Line: > 0 } current ? At(path, current.Start) : SourceSpan.At(path, 1, 1);
        }
#pragma warning disable CA1031 // Only a position is wanted; a parser that fails again gives the file's start.
        catch (Exception)
#pragma warning restore CA1031
        {
            return SourceSpan.At(path, 1, 1);
        }
    }

    private static SourceSpan At(string path, Mark mark) => SourceSpan.At(path, (int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));

    private static RawNode ReadNode(Parser parser, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new RefusedYamlException(parser.Current!.Start, parser.Current.End, DiagnosticPhrases.Translated("the dossier is nested too deeply", "材料嵌套过深"));
        }

        var start = parser.Current!.Start;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
            var isNull = !quoted && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
            return new RawScalar(isNull ? null : scalar.Value, quoted, Span(path, scalar.Start, scalar.End));
        }

        if (parser.TryConsume<SequenceStart>(out _))
        {
            var items = new List<RawNode>();
            while (!parser.TryConsume<SequenceEnd>(out var end))
            {
                items.Add(ReadNode(parser, path, depth + 1));
                _ = end;
            }

            return new RawList(items.ToValueArray(), Span(path, start, parser.Current?.End ?? start));
        }

        if (parser.TryConsume<MappingStart>(out _))
        {
            var fields = new List<RawField>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                fields.Add(new RawField(key.Value, Span(path, key.Start, key.End), ReadNode(parser, path, depth + 1)));
            }

            return new RawMap(fields.ToValueArray(), Span(path, start, parser.Current?.End ?? start));
        }

        throw new RefusedYamlException(start, parser.Current.End,
            DiagnosticPhrases.Translated("aliases and anchors are not allowed in dossiers", "材料中不允许使用锚点和别名"));
    }

    private static SourceSpan Span(string path, Mark start, Mark end) =>
        new(path, (int)start.Line, (int)start.Column, (int)end.Line, (int)end.Column);

    /// <summary>Well-formed YAML that a dossier may not hold (an alias, deep nesting), with the reader's own reason.</summary>
    private sealed class RefusedYamlException(Mark start, Mark end, DiagnosticPhrase reason) : YamlException(start, end, reason.ToString())
    {
        public DiagnosticPhrase Reason { get; } = reason;
    }
}
