using RubricEngine.Language.Formatting;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Yaml;

/// <summary>Derived values, criteria, groups with their indicators.</summary>
public static partial class RubricYamlWriter
{
    private static YamlOut Unit(UnitDeclaration unit) => Compact(
        new OutMap()
            .Add("dimension", unit.NewDimension)
            .Add("equals", unit.Multiple is { } multiple ? $"{DslWriter.Number(multiple)} {unit.Of}" : null)
            .Add("title", Texts(unit.Title)),
        "equals");

    private static YamlOut Derived(DerivedValue derived) => Compact(
        new OutMap()
            .Add("formula", Expression(derived.Expression))
            .Add("unit", derived.Unit?.Symbol)
            .Add("title", Texts(derived.Title)),
        "formula");

    private static YamlOut Criterion(Criterion criterion) => Compact(
        new OutMap()
            .Add("kind", criterion.Kind == CriterionKind.Criterion ? null : YamlVocabulary.WordFor(YamlVocabulary.CriterionKinds, criterion.Kind))
            .Add("when", Expression(criterion.Condition))
            .Add("cites", criterion.Citation)
            .Add("title", Texts(criterion.Title))
            .Add("explain", Texts(criterion.Explanation))
            .Add("from", criterion.From is { } from ? Date(from) : null)
            .Add("until", criterion.Until is { } until ? Date(until) : null)
            .Add("requires", CriterionRequirements(criterion.Requirements)),
        "when");

    private static YamlOut Exclusion(CohortExclusion exclusion) => Compact(
        new OutMap()
            .Add("when", Expression(exclusion.Condition))
            .Add("title", Texts(exclusion.Title)),
        "when");

    private static OutMap Group(IndicatorGroup group) => new OutMap()
        .Add("weight", Number(group.Weight))
        .Add("title", Texts(group.Title))
        .Add("indicators", Section(group.Indicators, i => i.Name, Indicator));

    private static OutMap Indicator(Indicator indicator) => new OutMap()
        .Add("weight", Number(indicator.Weight))
        .Add("score", Expression(indicator.Score))
        .Add("title", Texts(indicator.Title))
        .Add("explain", Texts(indicator.Explanation))
        .Add("cites", indicator.Citation);
}
