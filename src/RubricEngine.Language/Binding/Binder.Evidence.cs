using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Language.Binding;

/// <summary>The evidence clauses: conflict policy steps, <c>requires</c> on inputs and criteria, <c>on conflict</c> / <c>on unknown</c>.</summary>
internal sealed partial class Binder
{
    /// <summary>The input with its policy steps and requirements.</summary>
    private InputDeclaration WithEvidence(InputDeclaration input, InputSyntax syntax) => input with
    {
        Steps = BindSteps(syntax.Steps),
        Requirements = syntax.Requirements
            .Select(r => ExpressionBinder.BindCheck(r.Test, r.Arguments, _context) is { } check ? new EvidenceRequirement(input.Name, check, r.Span) : null)
            .OfType<EvidenceRequirement>()
            .ToValueArray(),
    };

    /// <summary>
    /// The steps in order. <c>agree on verdict</c> hands the conflict to the criteria, so it comes last; <c>prefer
    /// lowest</c> and <c>prefer highest</c> always choose one value, so nothing may follow them (RUB0253).
    /// </summary>
    private ValueArray<ConflictStep> BindSteps(ValueArray<ConflictStepSyntax> steps)
    {
        for (var i = 0; i < steps.Count - 1; i++)
        {
            var step = steps[i];
            if (step.Kind == ConflictStepKind.AgreeOnVerdict)
            {
                _context.Report(DiagnosticCatalog.ConflictStepOrder, step.Span, DiagnosticPhrases.AgreeOnVerdictLast);
            }
            else if (step.Kind is ConflictStepKind.PreferLowest or ConflictStepKind.PreferHighest)
            {
                var word = step.Kind == ConflictStepKind.PreferLowest ? "lowest" : "highest";
                _context.Report(DiagnosticCatalog.ConflictStepOrder, steps[i + 1].Span, DiagnosticPhrases.NothingAfterPrefer(word));
            }
        }

        return steps.Select(s => new ConflictStep(s.Kind, s.Methods.Select(m => m.Value).ToValueArray())).ToValueArray();
    }

    /// <summary>A criterion's requirements; each must name an input its condition reads directly (RUB0203, RUB0250, RUB0252).</summary>
    private ValueArray<EvidenceRequirement> BindRequirements(CriterionSyntax syntax, Expr? condition)
    {
        var requirements = new List<EvidenceRequirement>();
        foreach (var requirement in syntax.Requirements)
        {
            var name = requirement.Input!;
            var check = ExpressionBinder.BindCheck(requirement.Test, requirement.Arguments, _context);
            if (_context.Symbols.Find(name.Text) is not { } symbol)
            {
                _context.Report(DiagnosticCatalog.UnknownName, name.Span, name.Text, BindingContext.DidYouMean(name.Text, _context.Symbols.Names));
            }
            else if (symbol.Kind != SymbolKind.Input)
            {
                _context.Report(DiagnosticCatalog.EvidenceOfNonInput, name.Span, DiagnosticPhrases.Quoted(name.Text), DiagnosticPhrases.Kind(symbol.Kind));
            }
            else if (condition is not null && !ExprWalker.References(condition, SymbolKind.Input).Contains(name.Text))
            {
                _context.Report(DiagnosticCatalog.RequirementNotRead, name.Span, syntax.Name.Text, name.Text);
            }
            else if (check is not null)
            {
                requirements.Add(new EvidenceRequirement(name.Text, check, requirement.Span));
            }
        }

        // Grouped by input in first-use order, as the YAML form writes them, so both forms give one model.
        return requirements.GroupBy(r => r.Input, StringComparer.Ordinal).SelectMany(g => g).ToValueArray();
    }

    /// <summary>The outcomes for an undecided classification: declared outcomes, or the reserved <c>insufficient_evidence</c>.</summary>
    private Classification WithUndecided(Classification classification, ClassificationSyntax syntax)
    {
        foreach (var outcome in new[] { syntax.OnConflict, syntax.OnUnknown }.OfType<NameSyntax>())
        {
            if (outcome.Text != Rubric.InsufficientEvidence)
            {
                CheckOutcome(outcome);
            }
        }

        return classification with { OnConflict = syntax.OnConflict?.Text, OnUnknown = syntax.OnUnknown?.Text };
    }
}
