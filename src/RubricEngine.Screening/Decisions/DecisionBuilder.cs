using System.Runtime.InteropServices;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Decisions;

/// <summary>Assembles a decision from a finished evaluation, in a fixed order so the output is deterministic.</summary>
internal static class DecisionBuilder
{
    public static Decision Build(DossierEvaluation evaluation, RubricIdentity rubric, string outcome, string reason, IEnumerable<TraceStep>? trace)
    {
        var plan = evaluation.Plan;
        var criteria = new CriterionResult[plan.CriterionFacts.Count];
        for (var i = 0; i < criteria.Length; i++)
        {
            var facts = plan.CriterionFacts[i];
            var used = new UsedValue[facts.ValuesUsed.Count];
            for (var v = 0; v < used.Length; v++)
            {
                used[v] = Used(evaluation, facts.ValuesUsed[v].Name, facts.ValuesUsed[v].Kind);
            }

            criteria[i] = new CriterionResult(
                facts.Criterion.Name,
                facts.Criterion.Kind == Model.Rubrics.CriterionKind.Gate,
                evaluation.Applies(i) != false,
                evaluation.Verdict(i),
                facts.Condition,
                facts.Thresholds,
                Wrap(used),
                facts.Criterion.Citation);
        }

        return new Decision(
            rubric,
            evaluation.Dossier.Id,
            ContentHash.OfDossier(evaluation.Dossier),
            outcome,
            reason,
            Score(evaluation),
            Wrap(criteria),
            Missing(evaluation, outcome == Model.Rubrics.Rubric.InsufficientEvidence),
            (trace ?? evaluation.Trace ?? []).ToValueArray());
    }

    /// <summary>An array this builder made and never touches again, as a value array without a copy.</summary>
    private static ValueArray<T> Wrap<T>(T[] items) => new(ImmutableCollectionsMarshal.AsImmutableArray(items));

    private static ScoreResult? Score(DossierEvaluation evaluation)
    {
        var plan = evaluation.Plan;
        var rubric = plan.Rubric;
        if (rubric.Groups.IsEmpty)
        {
            return null;
        }

        var groups = new GroupResult[rubric.Groups.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            var group = rubric.Groups[g];
            var indicators = new IndicatorResult[group.Indicators.Count];
            for (var i = 0; i < indicators.Length; i++)
            {
                var indicator = group.Indicators[i];
                indicators[i] = new IndicatorResult(indicator.Name, indicator.Weight, evaluation.IndicatorScore(plan.Indicators[indicator.Name]));
            }

            groups[g] = new GroupResult(group.Name, group.Weight, evaluation.GroupSubtotal(g), Wrap(indicators));
        }

        return new ScoreResult(rubric.Score?.Name ?? "score", evaluation.Score(), Wrap(groups));
    }

    private static UsedValue Used(DossierEvaluation evaluation, string name, SymbolKind kind)
    {
        var plan = evaluation.Plan;
        if (kind == SymbolKind.Input)
        {
            var input = evaluation.Input(plan.Inputs[name]);
            return new UsedValue(name, input.Value?.ToDisplayString(), UnitOf(input.Value), input.EvidenceIds, Word(input.Missing));
        }

        var index = plan.Derived[name];
        var value = evaluation.Derived(index);
        var evidence = plan.DerivedInputs[index]
            .SelectMany(i => evaluation.Input(plan.Inputs[i]).EvidenceIds)
            .Distinct().Order(StringComparer.Ordinal).ToValueArray();
        var declared = plan.Rubric.Derived[index].Unit;
        var shown = Display.Value(value, declared);
        var unit = value is QuantityValue q ? (declared is not null && q.Quantity.Unit.IsCompatibleWith(declared) ? declared.Symbol : q.Quantity.Unit.Symbol) : null;
        return new UsedValue(name, shown, unit, evidence, value is null ? "missing" : null);
    }

    /// <summary>
    /// The evidence that is missing and matters: inputs without a usable value that something left unknown
    /// depends on (a criterion, derived value, indicator, or, for an undecided dossier, a tier). A missing
    /// input that only feeds criteria that do not apply, or that a definite failure made irrelevant, is not listed.
    /// </summary>
    private static ValueArray<MissingInput> Missing(DossierEvaluation evaluation, bool undecided)
    {
        var plan = evaluation.Plan;
        var rubric = plan.Rubric;
        List<MissingInput>? missing = null;
        if (evaluation.Dossier.AssessmentDate is null && AnyUndated(evaluation))
        {
            (missing ??= []).Add(new MissingInput("assessment_date", "missing", "needed by criteria with a date range"));
        }

        // Most dossiers have every input: then nothing can be missing, and the walk below is skipped.
        if (!AnyInputMissing(evaluation))
        {
            return missing is null ? [] : missing.ToValueArray();
        }

        var needed = new HashSet<string>(StringComparer.Ordinal);
        void Need(Model.Expressions.Expr expr) => needed.UnionWith(plan.InputsBehind(expr));
        for (var i = 0; i < rubric.Criteria.Count; i++)
        {
            if (evaluation.Applies(i) == true && evaluation.Verdict(i) == Model.Logic.Truth.Unknown)
            {
                Need(rubric.Criteria[i].Condition);
            }
        }

        for (var i = 0; i < rubric.Derived.Count; i++)
        {
            if (evaluation.Derived(i) is null)
            {
                Need(rubric.Derived[i].Expression);
            }
        }

        for (var i = 0; i < plan.IndicatorList.Count; i++)
        {
            if (evaluation.IndicatorScore(i) is null)
            {
                Need(plan.IndicatorList[i].Score);
            }
        }

        if (undecided)
        {
            foreach (var tier in rubric.Classification.Tiers)
            {
                Need(tier.Condition);
            }
        }

        foreach (var input in evaluation.AllInputs.Where(i => i.Missing is not null && needed.Contains(i.Name)))
        {
            (missing ??= []).Add(new MissingInput(input.Name, Word(input.Missing)!, input.Detail));
        }

        return missing is null ? [] : missing.ToValueArray();
    }

    private static bool AnyUndated(DossierEvaluation evaluation)
    {
        for (var i = 0; i < evaluation.Plan.Rubric.Criteria.Count; i++)
        {
            if (evaluation.Applies(i) is null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyInputMissing(DossierEvaluation evaluation)
    {
        for (var i = 0; i < evaluation.Plan.Inputs.Count; i++)
        {
            if (evaluation.Input(i).Missing is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static string? UnitOf(Value? value) => value is QuantityValue q && q.Quantity.Unit.Symbol.Length > 0 ? q.Quantity.Unit.Symbol : null;

    private static string? Word(MissingReason? reason) => reason switch
    {
        MissingReason.Missing => "missing",
        MissingReason.Conflicting => "conflicting",
        MissingReason.TooFewRecords => "too_few_records",
        _ => null,
    };
}
