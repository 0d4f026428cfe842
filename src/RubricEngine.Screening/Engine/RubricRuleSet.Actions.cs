using System.Globalization;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Rete;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Engine;

/// <summary>
/// The rule actions: each seeds an evaluation with the facts it matched, computes its one declaration,
/// inserts the result logically, and leaves what it concluded for the trace.
/// </summary>
internal sealed partial class RubricRuleSet
{
    /// <summary>
    /// The common part of every action. <paramref name="compute"/> gets whether the session traces, so the
    /// text of the computed value is made only for a trace. Each rule gets a slot in the session's record of
    /// what it produced, since a rule always produces the same declaration.
    /// </summary>
    private Action<RuleContext> Act(Func<DossierEvaluation, int, bool, (object Fact, string Result, string? Value)> compute)
    {
        var slot = _producedSlots++;
        return context =>
        {
            var state = SessionState.Of(context.Session);
            var entries = context.Entries; // a new array per call: read it once
            var evaluation = MatchSeeder.Seed(Plan, entries, state);
            var dossier = ((DossierFact)entries[0]!).Key;
            var (fact, result, value) = compute(evaluation, dossier, state.Tracing);
            context.InsertLogical(fact);
            if (state.Produced is { } produced && fact is ScopedFact scoped)
            {
                produced[(scoped.Dossier, slot)] = scoped;
            }

            if (state.Tracing)
            {
                state.Pending = (result, value, evaluation.TakeConditions());
            }
        };
    }

    private Action<RuleContext> DeriveAction(int index) => Act((evaluation, dossier, tracing) =>
    {
        var derived = Plan.Rubric.Derived[index];
        var value = evaluation.CalculateDerived(index);
        return (new DerivedFact(dossier, derived.Name, value), value is null ? "unknown" : "computed", tracing ? Display.Value(value, derived.Unit) : null);
    });

    private Action<RuleContext> VerdictAction(int index) => Act((evaluation, dossier, _) =>
    {
        var (verdict, word) = evaluation.CalculateVerdict(index);
        var note = evaluation.Applies(index) is null ? "no assessment date for a dated criterion" : null;
        return (new VerdictFact(dossier, Plan.Rubric.Criteria[index].Name, verdict), word, note);
    });

    private Action<RuleContext> IndicatorAction(int index) => Act((evaluation, dossier, tracing) =>
    {
        var score = evaluation.CalculateIndicator(index);
        return (new IndicatorFact(dossier, Plan.IndicatorList[index].Name, score), score is null ? "unknown" : "scored", tracing ? Display.Number(score) : null);
    });

    private Action<RuleContext> GroupAction(int index) => Act((evaluation, dossier, tracing) =>
    {
        var subtotal = evaluation.CalculateGroup(index);
        return (new GroupFact(dossier, Plan.Rubric.Groups[index].Name, subtotal), subtotal is null ? "unknown" : "scored", tracing ? Display.Number(subtotal) : null);
    });

    private Action<RuleContext> ScoreAction(string name) => Act((evaluation, dossier, tracing) =>
    {
        var score = evaluation.CalculateScore();
        return (new ScoreFact(dossier, name, score), score is null ? "unknown" : "scored", tracing ? Display.Number(score) : null);
    });

    private Action<RuleContext> SubjectAction(int node) => Act((evaluation, dossier, tracing) =>
    {
        var value = evaluation.Evaluate(Plan.CohortNodes[node].Subject);
        var key = node.ToString(CultureInfo.InvariantCulture);
        return (new SubjectFact(dossier, key, value), value is null ? "unknown" : "computed", tracing ? Display.Value(value) : null);
    });

    private void AddClassificationRules()
    {
        var tiers = Plan.Rubric.Classification.Tiers;
        for (var i = 0; i < tiers.Count; i++)
        {
            var index = i;
            var key = index.ToString(CultureInfo.InvariantCulture);
            AddRule($"tier:{tiers[i].Outcome}", Key(SymbolKind.Field, key), Dependency.Of(tiers[i].Condition, Plan), Act((evaluation, dossier, _) =>
            {
                var truth = ExprEvaluator.ToTruth(evaluation.Evaluate(tiers[index].Condition));
                return (new TierFact(dossier, key, truth), truth.ToWord(), null);
            }));
        }

        var gates = Plan.Rubric.Criteria.Where(c => c.Kind == Model.Rubrics.CriterionKind.Gate)
            .Select(c => new Dependency(SymbolKind.Criterion, c.Name));
        // Tier facts are keyed by the tier's position; SymbolKind.Field marks them, since tiers have no symbol kind.
        var tierFacts = Enumerable.Range(0, tiers.Count).Select(i => new Dependency(SymbolKind.Field, i.ToString(CultureInfo.InvariantCulture)));
        AddRule("classification", "classification", [.. gates, .. tierFacts], ClassifyAction());
    }

    private Action<RuleContext> ClassifyAction() => Act((evaluation, dossier, _) =>
    {
        var (outcome, reason) = Classifier.Decide(Plan.Rubric, evaluation.Applies, evaluation.Verdict, evaluation.TierTruth);
        return (new OutcomeFact(dossier, "classification", outcome, reason), outcome, reason);
    });
}
