using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Authoring.Lint;

/// <summary>The checks decided over the rubric's conditions as formulas: criteria, then tiers.</summary>
internal sealed class LogicChecks(Rubric rubric, FormulaBuilder builder, List<Diagnostic> findings)
{
    private readonly Lazy<Solver> _solver = new(() => new Solver(builder.Domains));

    private Solver Solver => _solver.Value;

    /// <summary>Criteria always met, never met, or met in exactly the cases another is.</summary>
    public void Criteria()
    {
        var formulas = rubric.Criteria.Select(c => (Criterion: c, Formula: builder.Criterion(c.Name))).ToList();
        var constant = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (criterion, formula) in formulas)
        {
            var text = ExprText.Format(criterion.Condition);
            var can = Decide(formula, criterion.Span, $"whether '{criterion.Name}' can be met");
            if (can == false)
            {
                findings.Add(RubricLinter.Finding(DiagnosticCatalog.CriterionNeverMet, criterion.Span, criterion.Name, text));
                constant.Add(criterion.Name);
            }
            else if (can == true && Decide(Formula.Not(formula), criterion.Span, $"whether '{criterion.Name}' can fail") == false)
            {
                findings.Add(RubricLinter.Finding(DiagnosticCatalog.CriterionAlwaysMet, criterion.Span, criterion.Name, text));
                constant.Add(criterion.Name);
            }
        }

        // Two constant criteria are trivially equivalent; their own finding says more.
        var varying = formulas.Where(f => !constant.Contains(f.Criterion.Name)).ToList();
        for (var j = 0; j < varying.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (a, b) = (varying[i], varying[j]);
                var question = $"whether '{b.Criterion.Name}' and '{a.Criterion.Name}' differ";
                if (Decide(Formula.And(a.Formula, Formula.Not(b.Formula)), b.Criterion.Span, question) == false
                    && Decide(Formula.And(b.Formula, Formula.Not(a.Formula)), b.Criterion.Span, question) == false)
                {
                    findings.Add(RubricLinter.Finding(DiagnosticCatalog.CriterionRedundant, b.Criterion.Span, b.Criterion.Name, a.Criterion.Name));
                    break;
                }
            }
        }
    }

    /// <summary>Tiers never reached or overlapping, and gaps between tiers on a number.</summary>
    public void Tiers()
    {
        var tiers = rubric.Classification.Tiers;

        // A gate not met leads to the fallback, so every tier is reached only with all gates met.
        var gates = Formula.And([.. rubric.Criteria.Where(c => c.Kind == CriterionKind.Gate).Select(c => builder.Criterion(c.Name))]);
        var conditions = tiers.Select(t => builder.Translate(t.Condition)).ToList();
        var reachable = new bool[tiers.Count];
        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            var alone = Decide(Formula.And(gates, conditions[i]), tier.Span, $"whether tier '{tier.Outcome}' can hold");
            if (alone == false)
            {
                findings.Add(RubricLinter.Finding(DiagnosticCatalog.TierNeverReached, tier.Span, tier.Outcome, "its condition cannot hold with the gates met"));
                continue;
            }

            var earlier = Formula.And([gates, conditions[i], .. conditions.Take(i).Select(Formula.Not)]);
            var first = Decide(earlier, tier.Span, $"whether tier '{tier.Outcome}' is ever the first met");
            reachable[i] = first == true;
            if (first == false)
            {
                var names = string.Join(", ", tiers.Take(i).Select(t => $"'{t.Outcome}'"));
                findings.Add(RubricLinter.Finding(DiagnosticCatalog.TierNeverReached, tier.Span, tier.Outcome, $"the earlier tiers ({names}) take every case it holds in"));
            }
        }

        for (var j = 0; j < tiers.Count; j++)
        {
            for (var i = 0; i < j && reachable[j]; i++)
            {
                if (reachable[i] && PartialOverlap(gates, conditions[i], conditions[j], tiers[j]))
                {
                    findings.Add(RubricLinter.Finding(DiagnosticCatalog.TiersOverlap, tiers[j].Span, tiers[j].Outcome, tiers[i].Outcome,
                        $"dossiers meeting both get '{tiers[i].Outcome}'"));
                }
            }
        }

        Gaps(gates, conditions);
    }

    private bool PartialOverlap(Formula gates, Formula earlier, Formula later, Tier tier)
    {
        var question = $"how tier '{tier.Outcome}' overlaps an earlier one";
        return Decide(Formula.And(gates, earlier, later), tier.Span, question) == true
            && Decide(Formula.And(gates, earlier, Formula.Not(later)), tier.Span, question) == true
            && Decide(Formula.And(gates, later, Formula.Not(earlier)), tier.Span, question) == true;
    }

    /// <summary>For each number the tiers test: a run of its intervals that reaches no tier, with intervals that do on both sides.</summary>
    private void Gaps(Formula gates, List<Formula> conditions)
    {
        if (conditions.Count == 0)
        {
            return;
        }

        var anyTier = Formula.And(gates, new AtLeast(1, conditions));
        var numbers = conditions.SelectMany(c => c.Variables()).Distinct().Where(v => builder.Domains[v] is NumberDomain).ToList();
        foreach (var variable in numbers)
        {
            var domain = (NumberDomain)builder.Domains[variable];
            var covered = new bool?[domain.Size];
            for (var value = 0; value < domain.Size; value++)
            {
                var at = value;
                covered[value] = domain.Feasible(value)
                    ? Decide(Formula.And(anyTier, new Atom(variable, v => v == at)), rubric.Classification.Span, $"which values of '{domain.Name}' reach a tier")
                    : null;
            }

            ReportHoles(domain, covered);
        }
    }

    private void ReportHoles(NumberDomain domain, bool?[] covered)
    {
        var feasible = Enumerable.Range(0, covered.Length).Where(v => covered[v] is not null).ToList();
        if (feasible.Count == 0)
        {
            return;
        }

        for (var k = 0; k < feasible.Count; k++)
        {
            if (covered[feasible[k]] != false || k == 0 || covered[feasible[k - 1]] != true)
            {
                continue;
            }

            var end = k;
            while (end + 1 < feasible.Count && covered[feasible[end + 1]] == false)
            {
                end++;
            }

            if (end + 1 < feasible.Count && covered[feasible[end + 1]] == true)
            {
                findings.Add(RubricLinter.Finding(DiagnosticCatalog.TierGap, rubric.Classification.Span, domain.Name,
                    domain.Interval(feasible[k], feasible[end]), rubric.Classification.Fallback));
            }
        }
    }

    /// <summary>The solver's answer; when it stops at its limit, the question is reported undecided and null returned.</summary>
    private bool? Decide(Formula formula, Model.Text.SourceSpan span, string question)
    {
        var answer = Solver.Satisfiable(formula);
        if (answer is null)
        {
            findings.Add(RubricLinter.Finding(DiagnosticCatalog.LintUndecided, span, question, Solver.StepLimit));
        }

        return answer;
    }
}
