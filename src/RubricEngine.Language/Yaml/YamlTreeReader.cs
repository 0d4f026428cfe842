using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="YNode"/> tree from YamlDotNet's parser events. Aliases are refused,
/// never expanded, so a "billion laughs" document costs nothing; nesting is bounded; malformed YAML becomes
/// a diagnostic at YamlDotNet's mark.
/// </summary>
internal sealed partial class YamlTreeReader
{
    /// <summary>Far deeper than any rubric needs, far shallower than the stack allows.</summary>
    internal const int MaxDepth = 64;

    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private readonly Parser _parser;
    private Mark _lastEnd = Mark.Empty;

    private YamlTreeReader(string path, string text, DiagnosticBag diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
        _parser = new Parser(new StringReader(text));
    }

    /// <summary>The document's root node, or null when there is none or the YAML is malformed.</summary>
    public static YNode? Read(string path, string text, DiagnosticBag diagnostics)
    {
        if (YamlFlowDepthGuard.FindTooDeep(text) is var tooDeep and >= 0)
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(0, tooDeep - 1)) + 1;
            var line = text.AsSpan(0, lineStart).Count('\n') + 1;
            diagnostics.Report(DiagnosticCatalog.YamlTooDeep, SourceSpan.At(path, line, tooDeep - lineStart + 1), YamlFlowDepthGuard.Limit);
            return null;
        }

        var reader = new YamlTreeReader(path, text, diagnostics);
        try
        {
            return reader.ReadStream();
        }
        catch (YamlException e)
        {
            diagnostics.Report(DiagnosticCatalog.MalformedYaml, reader.At(e.Start), YamlParserMessages.Of(e, CleanMessage(e)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some truncated flow collections; the last event read locates it.
            diagnostics.Report(DiagnosticCatalog.MalformedYaml, reader.At(reader._lastEnd), YamlPhrases.UnclosedCollection);
            return null;
        }
#pragma warning disable CA1031 // Any other failure inside YamlDotNet must still become a diagnostic, never a crash.
        catch (Exception e)
#pragma warning restore CA1031
        {
            diagnostics.Report(DiagnosticCatalog.MalformedYaml, reader.At(reader._lastEnd), YamlPhrases.ParserFailed(e.GetType().Name));
            return null;
        }
    }

    private YNode? ReadStream()
    {
        _parser.Consume<StreamStart>();
        if (!_parser.TryConsume<DocumentStart>(out _))
        {
            _diagnostics.Report(DiagnosticCatalog.YamlDocumentCount, SourceSpan.At(_path, 1, 1), YamlPhrases.NoDocument);
            return null;
        }

        var root = ReadNode(1);
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second))
        {
            _diagnostics.Report(DiagnosticCatalog.YamlDocumentCount, At(second.Start), YamlPhrases.AnotherDocument);
        }

        return root is YScalar { IsNull: true } ? null : root;
    }

    private YNode ReadNode(int depth)
    {
        var current = _parser.Current ?? throw new InvalidOperationException("The YAML parser ended inside a document.");
        _lastEnd = current.End;
        if (current is AnchorAlias alias)
        {
            _parser.MoveNext();
            _diagnostics.Report(DiagnosticCatalog.YamlAliasNotAllowed, Span(alias), "*" + alias.Value);
            return new YInvalid(Span(alias));
        }

        if (current is not NodeEvent node)
        {
            // YamlDotNet can emit a collection's end where a node belongs on some malformed input.
            throw new SemanticErrorException(current.Start, current.End, "the structure ends where a value belongs");
        }

        CheckProperties(node);
        if (depth > MaxDepth && node is not Scalar)
        {
            _diagnostics.Report(DiagnosticCatalog.YamlTooDeep, Span(node), MaxDepth);
            SkipNode();
            return new YInvalid(Span(node));
        }

        return node switch
        {
            Scalar scalar => ReadScalar(scalar),
            SequenceStart => ReadSequence(depth),
            _ => ReadMapping(depth),
        };
    }

    private YScalar ReadScalar(Scalar scalar)
    {
        _parser.MoveNext();
        return new YScalar(scalar.Value, scalar.Style, (int)scalar.Start.Index, (int)scalar.End.Index, Span(scalar));
    }

    private YList ReadSequence(int depth)
    {
        var start = _parser.Consume<SequenceStart>();
        var items = new List<YNode>();
        while (!_parser.Accept<SequenceEnd>(out _))
        {
            items.Add(ReadNode(depth + 1));
        }

        var end = _parser.Consume<SequenceEnd>();
        return new YList(items.ToValueArray(), Span(start, end));
    }

    /// <summary>Skips a collection that is too deep, counting nesting in a loop rather than recursing.</summary>
    private void SkipNode()
    {
        var level = 0;
        do
        {
            level += _parser.Current switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
            _parser.MoveNext();
        }
        while (level > 0);
    }
}
