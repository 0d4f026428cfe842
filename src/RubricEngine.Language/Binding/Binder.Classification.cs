using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;
using RubricEngine.Model.Values;

namespace RubricEngine.Language.Binding;

/// <summary>The classification: declared outcomes, boolean conditions, a fallback, and unreachable tiers.</summary>
internal sealed partial class Binder
{
    private Classification? BindClassification()
    {
        var all = Declarations<ClassificationSyntax>().ToList();
        if (all.Count == 0)
        {
            _context.Report(DiagnosticCatalog.MissingClassification, Model.Text.SourceSpan.At(_syntax.Path, 1, 1));
            return null;
        }

        foreach (var extra in all.Skip(1))
        {
            _context.Report(DiagnosticCatalog.DuplicateDeclaration, extra.Span, "classification", all[0].Span.Line);
        }

        var syntax = all[0];
        var tiers = new List<(TierSyntax Syntax, Tier? Tier)>();
        foreach (var tier in syntax.Tiers)
        {
            CheckOutcome(tier.Outcome);
            var condition = _expressions.BindExpecting(tier.Condition, t => t is BooleanType, "a boolean condition");
            tiers.Add((tier, condition is null ? null : new Tier(tier.Outcome.Text, condition, tier.Span)));
        }

        WarnUnreachable(tiers);
        if (syntax.Fallback is null)
        {
            _context.Report(DiagnosticCatalog.MissingFallback, syntax.Span with { EndLine = syntax.Span.Line, EndColumn = syntax.Span.Column });
            return null;
        }

        CheckOutcome(syntax.Fallback);
        return new Classification(tiers.Select(t => t.Tier).OfType<Tier>().ToValueArray(), syntax.Fallback.Text, syntax.Span);
    }

    private void CheckOutcome(NameSyntax outcome)
    {
        if (!_context.Outcomes.ContainsKey(outcome.Text))
        {
            _context.Report(DiagnosticCatalog.UnknownOutcome, outcome.Span, outcome.Text, BindingContext.DidYouMean(outcome.Text, _context.Outcomes.Keys));
        }
    }

    private void WarnUnreachable(List<(TierSyntax Syntax, Tier? Tier)> tiers)
    {
        for (var i = 1; i < tiers.Count; i++)
        {
            var (syntax, tier) = tiers[i];
            var earlier = tiers.Take(i).ToList();
            if (earlier.FirstOrDefault(e => e.Tier?.Condition is LiteralExpr { Value: TruthValue { Truth: Truth.Met } }) is { Tier: not null } always)
            {
                _context.Report(DiagnosticCatalog.UnreachableTier, syntax.Outcome.Span, syntax.Outcome.Text, $"the tier at line {always.Syntax.Span.Line} always applies");
            }
            else if (tier is not null && earlier.FirstOrDefault(e => e.Tier is not null && e.Tier.Condition == tier.Condition) is { Tier: not null } same)
            {
                _context.Report(DiagnosticCatalog.UnreachableTier, syntax.Outcome.Span, syntax.Outcome.Text, $"the tier at line {same.Syntax.Span.Line} has the same condition");
            }
            else if (earlier.FirstOrDefault(e => e.Syntax.Outcome.Text == syntax.Outcome.Text) is { Syntax: not null } twin)
            {
                _context.Report(DiagnosticCatalog.DuplicateTierOutcome, syntax.Outcome.Span, syntax.Outcome.Text, twin.Syntax.Span.Line);
            }
        }
    }
}
