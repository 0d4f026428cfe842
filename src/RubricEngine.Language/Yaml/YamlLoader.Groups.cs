using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Yaml;

/// <summary><c>groups:</c> with their <c>indicators:</c>.</summary>
internal sealed partial class YamlLoader
{
    private void ReadGroups(YamlMapping top)
    {
        foreach (var (name, entry) in Named(top, "groups"))
        {
            if (Open(entry.Value, YamlPhrases.Group(name.Text), YamlPhrases.Mapping, "weight", "title", "indicators") is not { } group)
            {
                continue;
            }

            var weight = group.Number("weight", required: true);
            var title = group.Texts("title");
            var indicators = Named(group, "indicators").Select(i => ReadIndicator(i.Name, i.Entry, group.What)).OfType<IndicatorSyntax>().ToValueArray();
            if (weight is not null)
            {
                _declarations.Add(new GroupSyntax(name, weight, title, indicators, entry.Span));
            }
        }
    }

    private IndicatorSyntax? ReadIndicator(NameSyntax name, YEntry entry, DiagnosticPhrase groupWhat)
    {
        var what = YamlPhrases.Indicator(name.Text, groupWhat);
        if (Open(entry.Value, what, YamlPhrases.Mapping, "weight", "score", "title", "explain", "cites") is not { } map)
        {
            return null;
        }

        var weight = map.Number("weight", required: true);

        // A missing score is left to the binder, which reports it for both forms; a score that does not parse is reported here.
        var scoreNode = map["score"];
        var score = scoreNode is null ? null : YamlExpressions.Parse(_context, scoreNode, map.Subject("score"));
        var title = map.Texts("title");
        var explanation = map.Texts("explain");
        var citation = map.Text("cites");
        return weight is null || (scoreNode is not null && score is null)
            ? null
            : new IndicatorSyntax(name, weight, score, title, explanation, citation, entry.Span);
    }
}
