using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Binding;

/// <summary><c>exclude from cohort when ...</c>: at most one, a condition on the dossier that does not rest on cohort figures.</summary>
internal sealed partial class Binder
{
    private CohortExclusion? BindExclusion()
    {
        var all = Declarations<ExclusionSyntax>().ToList();
        foreach (var extra in all.Skip(1))
        {
            _context.Report(DiagnosticCatalog.DuplicateDeclaration, extra.Span, "exclude from cohort", all[0].Span.Line);
        }

        if (all.Count == 0)
        {
            return null;
        }

        var syntax = all[0];
        var condition = _expressions.BindExpecting(syntax.Condition, t => t is BooleanType, DiagnosticPhrases.ExclusionCondition);
        return condition is null ? null : new CohortExclusion(condition, Texts(syntax.Title), syntax.Span);
    }

    /// <summary>Membership cannot depend on the cohort's own figures: that would be circular (RUB0223).</summary>
    private void CheckExclusion(Rubric rubric)
    {
        if (rubric.CohortExclusion is not { } exclusion)
        {
            return;
        }

        var derived = rubric.Derived.ToDictionary(d => d.Name, d => d.Expression, StringComparer.Ordinal);
        var criteria = rubric.Criteria.ToDictionary(c => c.Name, c => c.Condition, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Expr>([exclusion.Condition]);
        while (pending.TryPop(out var expr))
        {
            foreach (var node in ExprWalker.Descendants(expr))
            {
                if (node is CohortExpr cohort)
                {
                    _context.Report(DiagnosticCatalog.ClauseNotApplicable, exclusion.Condition.Span,
                        DiagnosticPhrases.ExclusionUsesCohort(ExprText.Format(cohort)));
                    return;
                }

                if (node is ReferenceExpr reference && seen.Add(reference.Name)
                    && (derived.TryGetValue(reference.Name, out var next) || criteria.TryGetValue(reference.Name, out next)))
                {
                    pending.Push(next);
                }
            }
        }
    }
}
