using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// The evaluation of one dossier against a plan. Every declaration is computed at most once, on first
/// use, so declaration order does not matter and dependencies come first in the trace.
/// </summary>
internal sealed partial class DossierEvaluation
{
    private readonly ResolvedInput?[] _inputs;
    private readonly Slot<Value?>[] _derived;
    private readonly Slot<Truth>[] _verdicts;
    private readonly Slot<decimal?>[] _indicators;
    private readonly Slot<decimal?>[] _groups;
    private Slot<decimal?> _score;
    private readonly ExprEvaluator _evaluator;

    // The compute methods as delegates made once: a method group converted at each lookup allocates a
    // delegate, and a decision looks its indicators up several times.
    private readonly Func<int, Value?> _computeDerived;
    private readonly Func<int, Truth> _computeVerdict;
    private readonly Func<int, decimal?> _computeIndicator;
    private readonly Func<int, decimal?> _computeGroup;
    private readonly Func<int, decimal?> _computeScore;

    public DossierEvaluation(RubricPlan plan, Dossier dossier, ICohortValues? cohort, int cohortPosition, bool recordTrace)
    {
        Plan = plan;
        Dossier = dossier;
        Cohort = cohort;
        CohortPosition = cohortPosition;
        Trace = recordTrace ? [] : null;
        _inputs = new ResolvedInput?[plan.Inputs.Count];
        _derived = new Slot<Value?>[plan.Derived.Count];
        _verdicts = new Slot<Truth>[plan.Criteria.Count];
        _indicators = new Slot<decimal?>[plan.Indicators.Count];
        _groups = new Slot<decimal?>[plan.Groups.Count];
        _evaluator = new ExprEvaluator(this);
        _computeDerived = ComputeDerived;
        _computeVerdict = ComputeVerdict;
        _computeIndicator = ComputeIndicator;
        _computeGroup = ComputeGroup;
        _computeScore = _ => ComputeScore();
    }

    public RubricPlan Plan { get; }

    public Dossier Dossier { get; private set; }

    public ICohortValues? Cohort { get; private set; }

    /// <summary>This dossier's position in the cohort table.</summary>
    public int CohortPosition { get; private set; }

    /// <summary>The steps so far, or null when no trace is recorded (benchmarks).</summary>
    public List<TraceStep>? Trace { get; }

    public ResolvedInput Input(int index)
    {
        if (_inputs[index] is null)
        {
            EnsureComputable($"input '{Plan.Rubric.Inputs[index].Name}'");
            _inputs[index] = InputResolver.Resolve(Plan.Rubric.Inputs[index], Dossier);
        }

        return _inputs[index]!;
    }

    public IEnumerable<ResolvedInput> AllInputs => Enumerable.Range(0, _inputs.Length).Select(Input);

    public Value? Derived(int index) => _derived[index].Get(index, _computeDerived);

    /// <summary>The verdict of a criterion or gate; not-applicable criteria report <see cref="Truth.Met"/> here and are told apart by <see cref="Applies"/>.</summary>
    public Truth Verdict(int index) => _verdicts[index].Get(index, _computeVerdict);

    public decimal? IndicatorScore(int index) => _indicators[index].Get(index, _computeIndicator);

    public decimal? GroupSubtotal(int index) => _groups[index].Get(index, _computeGroup);

    public decimal? Score() => _score.Get(0, _computeScore);

    /// <summary>True, false, or unknown (null) when the criterion has a date range and the dossier no assessment date.</summary>
    public bool? Applies(int index)
    {
        var criterion = Plan.Rubric.Criteria[index];
        if (criterion.From is null && criterion.Until is null)
        {
            return true;
        }

        return Dossier.AssessmentDate is { } date ? criterion.AppliesOn(date) : null;
    }

    /// <summary>Evaluates an expression in this dossier's context.</summary>
    public Value? Evaluate(Model.Expressions.Expr expr) => _evaluator.Evaluate(expr);

    /// <summary>The comparisons tested since the last call (empty unless a trace is recorded).</summary>
    public Model.Collections.ValueArray<TraceCondition> TakeConditions() => _evaluator.TakeConditions();

    /// <summary>Where the conditions of a computation that starts now begin.</summary>
    public int ConditionMark => _evaluator.ConditionMark;

    /// <summary>Adds a trace step with the conditions tested since the last step.</summary>
    public void Record(string rule, string result, string? value, int mark = 0)
    {
        var conditions = _evaluator.TakeConditions(mark);
        Trace?.Add(new TraceStep(Trace.Count + 1, rule, result, value, conditions));
    }

    /// <summary>A memo cell that also catches a cycle the binder should have rejected.</summary>
    private struct Slot<T>
    {
        private byte _state; // 0 not computed, 1 computing, 2 done
        private T _value;

        public void Set(T value)
        {
            _value = value;
            _state = 2;
        }

        public T Get(int index, Func<int, T> compute)
        {
            if (_state == 2)
            {
                return _value;
            }

            if (_state == 1)
            {
                throw new InvalidOperationException("A declaration depends on itself; the binder should have rejected this.");
            }

            _state = 1;
            _value = compute(index);
            _state = 2;
            return _value;
        }
    }
}
