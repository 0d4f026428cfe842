using System.Text.RegularExpressions;
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

    private YamlTreeReader(string path, string text, DiagnosticBag diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
        _parser = new Parser(new StringReader(text));
    }

    /// <summary>The document's root node, or null when there is none or the YAML is malformed.</summary>
    public static YNode? Read(string path, string text, DiagnosticBag diagnostics)
    {
        var reader = new YamlTreeReader(path, text, diagnostics);
        try
        {
            return reader.ReadStream();
        }
        catch (YamlException e)
        {
            diagnostics.Report(DiagnosticCatalog.MalformedYaml, reader.At(e.Start), CleanMessage(e));
            return null;
        }
    }

    private YNode? ReadStream()
    {
        _parser.Consume<StreamStart>();
        if (!_parser.TryConsume<DocumentStart>(out var start))
        {
            _diagnostics.Report(DiagnosticCatalog.YamlDocumentCount, SourceSpan.At(_path, 1, 1), "this one holds none");
            return null;
        }

        var root = ReadNode(1);
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second))
        {
            _diagnostics.Report(DiagnosticCatalog.YamlDocumentCount, At(second.Start), "another one starts here");
        }

        return root is YScalar { IsNull: true } ? null : root;
    }

    private YNode ReadNode(int depth)
    {
        var current = _parser.Current ?? throw new InvalidOperationException("The YAML parser ended inside a document.");
        if (current is AnchorAlias alias)
        {
            _parser.MoveNext();
            _diagnostics.Report(DiagnosticCatalog.YamlAliasNotAllowed, Span(alias), "*" + alias.Value);
            return new YInvalid(Span(alias));
        }

        var node = (NodeEvent)current;
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

    private void CheckProperties(NodeEvent node)
    {
        if (!node.Anchor.IsEmpty)
        {
            _diagnostics.Report(DiagnosticCatalog.YamlAliasNotAllowed, Span(node), "&" + node.Anchor.Value);
        }

        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
        {
            _diagnostics.Report(DiagnosticCatalog.YamlTagNotAllowed, Span(node), node.Tag.Value);
        }
    }

    private SourceSpan Span(ParsingEvent e) => Span(e, e);

    private SourceSpan Span(ParsingEvent first, ParsingEvent last) =>
        new(_path, (int)first.Start.Line, (int)first.Start.Column, (int)last.End.Line, (int)last.End.Column);

    private SourceSpan At(Mark mark) => SourceSpan.At(_path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    /// <summary>YamlDotNet prefixes its message with both marks; the diagnostic already carries the position.</summary>
    private static string CleanMessage(YamlException e) => MarkPrefix().Replace(e.Message, string.Empty).Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
