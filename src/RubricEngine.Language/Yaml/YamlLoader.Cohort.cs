using RubricEngine.Language.Syntax;

namespace RubricEngine.Language.Yaml;

/// <summary><c>exclude_from_cohort:</c> a condition on its own, or a mapping with <c>when</c> and <c>title</c>.</summary>
internal sealed partial class YamlLoader
{
    private void ReadExclusion(YamlMapping top)
    {
        var what = YamlPhrases.CohortExclusion;
        switch (top["exclude_from_cohort"])
        {
            case null:
                return;
            case YScalar { IsNull: false } scalar:
                if (YamlExpressions.Parse(_context, scalar) is { } condition)
                {
                    _declarations.Add(new ExclusionSyntax(condition, TextsSyntax.None, scalar.Span));
                }

                return;
            case var node when Open(node, what, YamlPhrases.ConditionOrMapping, "when", "title") is { } map:
                if (map.Required("when") is { } when && YamlExpressions.Parse(_context, when, map.Subject("when")) is { } parsed)
                {
                    _declarations.Add(new ExclusionSyntax(parsed, map.Texts("title"), node.Span));
                }

                return;
        }
    }
}
