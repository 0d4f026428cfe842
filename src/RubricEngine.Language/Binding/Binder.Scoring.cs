using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Binding;

/// <summary>Indicator groups, their weights and scores, and the overall score.</summary>
internal sealed partial class Binder
{
    private ValueArray<IndicatorGroup> BindGroups()
    {
        var groups = new List<IndicatorGroup>();
        foreach (var group in Declarations<GroupSyntax>())
        {
            CheckWeight(group.Name, group.Weight);
            var indicators = group.Indicators.Select(BindIndicator).OfType<Indicator>().ToValueArray();
            if (group.Indicators.Count == 0)
            {
                _context.Report(DiagnosticCatalog.MissingClause, group.Name.Span, DiagnosticPhrases.GroupNeedsIndicator(group.Name.Text));
            }

            groups.Add(new IndicatorGroup(group.Name.Text, group.Weight.Value, Texts(group.Title), indicators, group.Span));
        }

        return groups.ToValueArray();
    }

    private Indicator? BindIndicator(IndicatorSyntax syntax)
    {
        CheckWeight(syntax.Name, syntax.Weight);
        if (syntax.Score is null)
        {
            _context.Report(DiagnosticCatalog.MissingIndicatorScore, syntax.Name.Span, syntax.Name.Text);
            return null;
        }

        // A condition scores 1 when met and 0 when not (docs/screening.md); anything else must be a plain number.
        var score = _expressions.BindExpecting(syntax.Score, t => TypeRules.IsPlainNumber(t) || t is BooleanType, DiagnosticPhrases.ScoreValue);
        PlaceholderChecker.Check(syntax.Explanation, _context);
        return score is null
            ? null
            : new Indicator(syntax.Name.Text, syntax.Weight.Value, score, Texts(syntax.Title), Texts(syntax.Explanation), syntax.Citation?.Value, syntax.Span);
    }

    private void CheckWeight(NameSyntax name, Spanned<decimal> weight)
    {
        if (weight.Value <= 0)
        {
            _context.Report(DiagnosticCatalog.NonPositiveWeight, weight.Span, name.Text, weight.Value);
        }
    }

    private ScoreDefinition? BindScore(ValueArray<IndicatorGroup> groups)
    {
        var scores = Declarations<ScoreSyntax>().ToList();
        foreach (var extra in scores.Skip(1))
        {
            _context.Report(DiagnosticCatalog.DuplicateDeclaration, extra.Span, "score", scores[0].Span.Line);
        }

        if (scores.Count == 0)
        {
            if (Declarations<GroupSyntax>().FirstOrDefault() is { } first)
            {
                _context.Report(DiagnosticCatalog.ScoreMismatch, first.Name.Span, DiagnosticPhrases.GroupsNeedScore);
            }

            return null;
        }

        var score = scores[0];
        if (groups.IsEmpty && !Declarations<GroupSyntax>().Any())
        {
            _context.Report(DiagnosticCatalog.ScoreMismatch, score.Name.Span, DiagnosticPhrases.ScoreWithoutGroups(score.Name.Text));
        }

        foreach (var stray in score.StrayRules)
        {
            _context.Report(DiagnosticCatalog.ScoreRuleWithoutPartial, stray.Span, stray.Keyword, score.Name.Text, MethodWords(score.Method));
        }

        return new ScoreDefinition(score.Name.Text, score.Method, score.Span) { Partial = BindPartial(score.Partial, groups) };
    }

    private static string MethodWords(ScoreMethod method) => method == ScoreMethod.WeightedSum ? "weighted sum" : "weighted mean";

    /// <summary>The rules of a score over scored indicators: a percentage from 0 to 100, required names that are indicators.</summary>
    private PartialScoring? BindPartial(PartialScoringSyntax? syntax, ValueArray<IndicatorGroup> groups)
    {
        if (syntax is null)
        {
            return null;
        }

        var share = 1m;
        if (syntax.MaxUnscoredPercent is { } percent)
        {
            if (percent.Value is < 0 or > 100)
            {
                _context.Report(DiagnosticCatalog.InvalidCount, percent.Span, DiagnosticPhrases.UnscoredWeight, DiagnosticPhrases.PercentageZeroToHundred, $"{percent.Value} %");
            }

            share = percent.Value / 100;
        }

        var indicators = groups.SelectMany(g => g.Indicators).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var required = new List<string>();
        foreach (var name in syntax.Required)
        {
            var symbol = _context.Symbols.Find(name.Text);
            if (symbol is null)
            {
                _context.Report(DiagnosticCatalog.UnknownName, name.Span, name.Text, BindingContext.DidYouMean(name.Text, indicators));
            }
            else if (symbol.Kind != SymbolKind.Indicator)
            {
                _context.Report(DiagnosticCatalog.NotAnIndicator, name.Span, name.Text, BindingContext.DidYouMean(name.Text, indicators));
            }
            else if (indicators.Contains(name.Text) && !required.Contains(name.Text))
            {
                required.Add(name.Text);
            }
        }

        return new PartialScoring(share, required.ToValueArray(), syntax.Span);
    }
}
