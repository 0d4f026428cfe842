using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Binding;

/// <summary>Derived values (bound dependencies first, so their types are known) and criteria.</summary>
internal sealed partial class Binder
{
    private ValueArray<DerivedValue> BindDerived()
    {
        var syntaxByName = Declarations<DerivedSyntax>().Where(d => Own(d.Name, d) is not null).ToDictionary(d => d.Name.Text, StringComparer.Ordinal);
        var bound = new Dictionary<string, DerivedValue>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);

        void BindInOrder(DerivedSyntax derived)
        {
            if (bound.ContainsKey(derived.Name.Text) || !visiting.Add(derived.Name.Text))
            {
                return; // done, or a cycle, which CheckCycles reports
            }

            foreach (var dependency in SyntaxReferences.Names(derived.Expression))
            {
                if (syntaxByName.TryGetValue(dependency, out var next))
                {
                    BindInOrder(next);
                }
            }

            if (BindOneDerived(derived) is { } value)
            {
                bound[derived.Name.Text] = value;
            }
        }

        foreach (var derived in syntaxByName.Values)
        {
            BindInOrder(derived);
        }

        return Declarations<DerivedSyntax>().Select(d => bound.GetValueOrDefault(d.Name.Text)).OfType<DerivedValue>().Distinct().ToValueArray();
    }

    private DerivedValue? BindOneDerived(DerivedSyntax syntax)
    {
        var expression = _expressions.Visit(syntax.Expression);
        var unit = syntax.Unit is null ? null : UnitResolver.Resolve(syntax.Unit, _context);
        if (expression is null || (syntax.Unit is not null && unit is null))
        {
            return null;
        }

        if (unit is not null && !unit.Dimension.Equals(TypeRules.DimensionOf(expression.Type)))
        {
            _context.Report(DiagnosticCatalog.TypeMismatch, syntax.Unit!.Span, DiagnosticPhrases.ToShowIn(unit.Dimension, unit.Symbol), DiagnosticPhrases.TypeName(expression.Type));
            return null;
        }

        var symbol = Own(syntax.Name, syntax)!;
        symbol.Type = expression.Type;
        symbol.Unit = unit;
        return new DerivedValue(syntax.Name.Text, expression, unit, Texts(syntax.Title), syntax.Span);
    }

    private ValueArray<Criterion> BindCriteria()
    {
        var criteria = new List<Criterion>();
        foreach (var syntax in Declarations<CriterionSyntax>())
        {
            var condition = _expressions.BindExpecting(syntax.Condition, t => t is BooleanType, DiagnosticPhrases.BooleanCondition);
            if (syntax.From is { } from && syntax.Until is { } until && from.Value > until.Value)
            {
                _context.Report(DiagnosticCatalog.InvalidDateRange, from.Span, syntax.Name.Text, from.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), until.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            var explanation = Texts(syntax.Explanation);
            PlaceholderChecker.Check(syntax.Explanation, _context);
            var requirements = BindRequirements(syntax, condition);
            if (condition is not null)
            {
                criteria.Add(new Criterion(
                    syntax.Name.Text, syntax.Kind, condition, syntax.Citation?.Value, Texts(syntax.Title), explanation,
                    syntax.From?.Value, syntax.Until?.Value, syntax.Span) { Requirements = requirements });
            }
        }

        return criteria.ToValueArray();
    }

    /// <summary>Every cycle among derived values, criteria, indicators, groups and the score.</summary>
    private void CheckCycles()
    {
        var edges = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var symbol in _context.Symbols.All.Where(s => s.Kind != SymbolKind.Input))
        {
            edges[symbol.Name] = symbol.Declaration switch
            {
                DerivedSyntax d => [.. SyntaxReferences.Names(d.Expression)],
                CriterionSyntax c => [.. SyntaxReferences.Names(c.Condition)],
                IndicatorSyntax { Score: { } score } => [.. SyntaxReferences.Names(score)],
                GroupSyntax g => [.. g.Indicators.Select(i => i.Name.Text)],
                ScoreSyntax => [.. Declarations<GroupSyntax>().Select(g => g.Name.Text)],
                _ => [],
            };
        }

        IEnumerable<string> Next(string node) => edges.TryGetValue(node, out var targets) ? targets.Where(edges.ContainsKey) : [];
        foreach (var cycle in CycleFinder.Find([.. edges.Keys], Next))
        {
            var symbol = _context.Symbols.Find(cycle[0])!;
            _context.Report(DiagnosticCatalog.Cycle, symbol.Span, cycle[0], string.Join(" -> ", cycle));
        }
    }
}
