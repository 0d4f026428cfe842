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
    /// <summary>
    /// One unnamed classification, or one or more named ones (the first gives the decision's headline outcome).
    /// Null when there is none or the first did not bind.
    /// </summary>
    private List<Classification>? BindClassifications()
    {
        var all = Declarations<ClassificationSyntax>().ToList();
        if (all.Count == 0)
        {
            _context.Report(DiagnosticCatalog.MissingClassification, Model.Text.SourceSpan.At(_syntax.Path, 1, 1));
            return null;
        }

        var unnamed = all.Where(c => c.Name is null).ToList();
        if (unnamed.Count < all.Count)
        {
            foreach (var stray in unnamed)
            {
                _context.Report(DiagnosticCatalog.MixedClassifications, stray.Span with { EndLine = stray.Span.Line, EndColumn = stray.Span.Column + "classification".Length }, stray.Span.Line);
            }

            all = [.. all.Where(c => c.Name is not null)];
        }
        else
        {
            foreach (var extra in all.Skip(1))
            {
                _context.Report(DiagnosticCatalog.DuplicateDeclaration, extra.Span, "classification", all[0].Span.Line);
            }

            all = [all[0]];
        }

        var names = new Dictionary<string, NameSyntax>(StringComparer.Ordinal);
        var bound = new List<Classification>();
        foreach (var syntax in all)
        {
            if (syntax.Name is { } name && !names.TryAdd(name.Text, name))
            {
                _context.ReportDuplicate(name, names[name.Text].Span);
            }

            if (BindClassification(syntax) is { } classification)
            {
                bound.Add(classification);
            }
        }

        return bound.Count == all.Count ? bound : null;
    }

    private Classification? BindClassification(ClassificationSyntax syntax)
    {
        var tiers = new List<(TierSyntax Syntax, Tier? Tier)>();
        foreach (var tier in syntax.Tiers)
        {
            CheckOutcome(tier.Outcome);
            var condition = _expressions.BindExpecting(tier.Condition, t => t is BooleanType, DiagnosticPhrases.BooleanCondition);
            tiers.Add((tier, condition is null ? null : new Tier(tier.Outcome.Text, condition, tier.Span)));
        }

        WarnUnreachable(tiers);
        var gates = BindGates(syntax);
        if (syntax.Fallback is null)
        {
            _context.Report(DiagnosticCatalog.MissingFallback, syntax.Span with { EndLine = syntax.Span.Line, EndColumn = syntax.Span.Column });
            return null;
        }

        CheckOutcome(syntax.Fallback);
        return WithUndecided(new Classification(tiers.Select(t => t.Tier).OfType<Tier>().ToValueArray(), syntax.Fallback.Text, syntax.Span)
        {
            Name = syntax.Name?.Text,
            Gates = gates,
        }, syntax);
    }

    /// <summary>The gates a named classification obeys (<c>gates a, b</c>; none after <c>without gates</c>); null for all.</summary>
    private ValueArray<string>? BindGates(ClassificationSyntax syntax)
    {
        if (syntax.Gates is not { } gates)
        {
            return null;
        }

        if (syntax.Name is null)
        {
            _context.Report(DiagnosticCatalog.GatesOnUnnamedClassification, gates.Span);
            return null;
        }

        var declared = Declarations<CriterionSyntax>().Where(c => c.Kind == CriterionKind.Gate).Select(c => c.Name.Text).ToList();
        var names = new List<string>();
        foreach (var name in gates.Names)
        {
            if (declared.Contains(name.Text))
            {
                if (!names.Contains(name.Text))
                {
                    names.Add(name.Text);
                }
            }
            else if (_context.Symbols.Find(name.Text) is null)
            {
                _context.Report(DiagnosticCatalog.UnknownName, name.Span, name.Text, BindingContext.DidYouMean(name.Text, declared));
            }
            else
            {
                _context.Report(DiagnosticCatalog.NotAGate, name.Span, name.Text, BindingContext.DidYouMean(name.Text, declared));
            }
        }

        return names.ToValueArray();
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
                _context.Report(DiagnosticCatalog.UnreachableTier, syntax.Outcome.Span, syntax.Outcome.Text, DiagnosticPhrases.TierAlwaysApplies(always.Syntax.Span.Line));
            }
            else if (tier is not null && earlier.FirstOrDefault(e => e.Tier is not null && e.Tier.Condition == tier.Condition) is { Tier: not null } same)
            {
                _context.Report(DiagnosticCatalog.UnreachableTier, syntax.Outcome.Span, syntax.Outcome.Text, DiagnosticPhrases.TierSameCondition(same.Syntax.Span.Line));
            }
            else if (earlier.FirstOrDefault(e => e.Syntax.Outcome.Text == syntax.Outcome.Text) is { Syntax: not null } twin)
            {
                _context.Report(DiagnosticCatalog.DuplicateTierOutcome, syntax.Outcome.Span, syntax.Outcome.Text, twin.Syntax.Span.Line);
            }
        }
    }
}
