using RubricEngine.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RubricEngine.Language.Yaml;

/// <summary>Mappings: keys must be scalars and unique. Repeats are reported at the repeat and dropped.</summary>
internal sealed partial class YamlTreeReader
{
    private YMap ReadMapping(int depth)
    {
        var start = _parser.Consume<MappingStart>();
        var entries = new List<YEntry>();
        var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        while (!_parser.Accept<MappingEnd>(out _))
        {
            var key = ReadNode(depth + 1);
            var value = ReadNode(depth + 1);
            if (key is not YScalar scalar)
            {
                if (key is not YInvalid)
                {
                    _diagnostics.Report(DiagnosticCatalog.WrongYamlNodeKind, key.Span, YamlPhrases.Key, YamlPhrases.Scalar, key.KindName);
                }

                continue;
            }

            if (seen.TryGetValue(scalar.Value, out var first))
            {
                _diagnostics.Report(DiagnosticCatalog.DuplicateYamlKey, scalar.Span, scalar.Value, first.Span.Line);
                continue;
            }

            seen.Add(scalar.Value, scalar);
            entries.Add(new YEntry(scalar, value));
        }

        var end = _parser.Consume<MappingEnd>();
        return new YMap(entries.ToValueArray(), Span(start, end));
    }
}
