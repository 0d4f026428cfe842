using RubricEngine.Language.Syntax;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Yaml;

/// <summary>
/// <c>derived:</c> and <c>criteria:</c>. Each is an expression on its own (<c>low: emissions &lt; 100 gCO2e/kWh</c>)
/// or a mapping with the expression under <c>formula</c> or <c>when</c> and the other clauses beside it.
/// </summary>
internal sealed partial class YamlLoader
{
    private void ReadDerived(YamlMapping top)
    {
        foreach (var (name, entry) in Named(top, "derived"))
        {
            var what = YamlPhrases.Derived(name.Text);
            if (entry.Value is YScalar { IsNull: false } scalar)
            {
                if (YamlExpressions.Parse(_context, scalar) is { } formula)
                {
                    _declarations.Add(new DerivedSyntax(name, formula, null, TextsSyntax.None, entry.Span));
                }
            }
            else if (Open(entry.Value, what, YamlPhrases.FormulaOrMapping, "formula", "unit", "title") is { } map)
            {
                var formula = map.Required("formula") is { } node ? YamlExpressions.Parse(_context, node, map.Subject("formula")) : null;
                var unit = map.Scalar("unit") is { } u ? new UnitSyntax(u.Value, u.Span) : null;
                var title = map.Texts("title");
                if (formula is not null)
                {
                    _declarations.Add(new DerivedSyntax(name, formula, unit, title, entry.Span));
                }
            }
        }
    }

    private void ReadCriteria(YamlMapping top)
    {
        foreach (var (name, entry) in Named(top, "criteria"))
        {
            var what = YamlPhrases.Criterion(name.Text);
            if (entry.Value is YScalar { IsNull: false } scalar)
            {
                if (YamlExpressions.Parse(_context, scalar) is { } condition)
                {
                    _declarations.Add(new CriterionSyntax(
                        CriterionKind.Criterion, name, condition, null, TextsSyntax.None, TextsSyntax.None, null, null, entry.Span));
                }
            }
            else if (Open(entry.Value, what, YamlPhrases.ConditionOrMapping, "kind", "when", "cites", "title", "explain", "from", "until", "requires") is { } map)
            {
                var kind = map.Choice("kind", YamlVocabulary.CriterionKinds)?.Value ?? CriterionKind.Criterion;
                var condition = map.Required("when") is { } node ? YamlExpressions.Parse(_context, node, map.Subject("when")) : null;
                var citation = map.Text("cites");
                var title = map.Texts("title");
                var explanation = map.Texts("explain");
                var from = map.Date("from");
                var until = map.Date("until");
                if (condition is not null)
                {
                    _declarations.Add(new CriterionSyntax(kind, name, condition, citation, title, explanation, from, until, entry.Span)
                    {
                        Requirements = ReadCriterionRequirements(map),
                    });
                }
            }
        }
    }
}
