using System.Text.RegularExpressions;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RubricEngine.Language.Yaml;

/// <summary>Node properties the rubric form refuses (anchors, tags), and YamlDotNet's marks as spans.</summary>
internal sealed partial class YamlTreeReader
{
    private void CheckProperties(NodeEvent node)
    {
        if (!node.Anchor.IsEmpty)
        {
            _diagnostics.Report(DiagnosticCatalog.YamlAliasNotAllowed, Span(node), "&" + node.Anchor.Value);
        }

        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
        {
            _diagnostics.Report(DiagnosticCatalog.YamlTagNotAllowed, Span(node), ShortTag(node.Tag.Value));
        }
    }

    /// <summary>Shows <c>tag:yaml.org,2002:float</c> as the <c>!!float</c> the author wrote.</summary>
    private static string ShortTag(string tag) =>
        tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag["tag:yaml.org,2002:".Length..] : tag;

    private SourceSpan Span(ParsingEvent e) => Span(e, e);

    private SourceSpan Span(ParsingEvent first, ParsingEvent last) =>
        new(_path, (int)first.Start.Line, (int)first.Start.Column, (int)last.End.Line, (int)last.End.Column);

    private SourceSpan At(Mark mark) => SourceSpan.At(_path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    /// <summary>YamlDotNet prefixes its message with both marks; the diagnostic already carries the position.</summary>
    private static string CleanMessage(YamlException e) => MarkPrefix().Replace(e.Message, string.Empty).Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
