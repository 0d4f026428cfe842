using RubricEngine.Model.Collections;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// Evaluates model expressions for one dossier, three-valued: null is unknown, logic follows Kleene.
/// While a trace is recorded it also notes each comparison it tests, with the values it saw.
/// </summary>
internal sealed partial class ExprEvaluator(DossierEvaluation context) : ExprVisitor<Value?>
{
    private static readonly TruthValue Met = new(Truth.Met);
    private static readonly TruthValue NotMet = new(Truth.NotMet);
    private static readonly TruthValue UnknownTruth = new(Truth.Unknown);

    private readonly List<TraceCondition>? _conditions = context.Trace is null ? null : [];
    private RecordValue? _record;

    /// <summary>
    /// Evaluates an expression. The common node kinds are dispatched here by type: <c>Accept</c> is a
    /// generic virtual method, whose call through shared generic code costs a runtime lookup each time.
    /// </summary>
    public Value? Evaluate(Expr expr) => expr switch
    {
        ListAggregateExpr list => VisitListAggregate(list),
        BinaryExpr binary => VisitBinary(binary),
        ReferenceExpr reference => VisitReference(reference),
        LiteralExpr literal => VisitLiteral(literal),
        _ => expr.Accept(this),
    };

    /// <summary>How many conditions are noted so far: a computation takes only those noted after its own start.</summary>
    public int ConditionMark => _conditions?.Count ?? 0;

    /// <summary>Removes and returns the conditions noted since <paramref name="mark"/>, so nested computations keep their own.</summary>
    public ValueArray<TraceCondition> TakeConditions(int mark = 0)
    {
        if (_conditions is null || _conditions.Count <= mark)
        {
            return [];
        }

        var taken = _conditions.Skip(mark).ToValueArray();
        _conditions.RemoveRange(mark, _conditions.Count - mark);
        return taken;
    }

    /// <summary>Drops the conditions noted so far (a reset runs on every rule firing: nothing to copy out).</summary>
    public void ClearConditions() => _conditions?.Clear();

    public static Truth ToTruth(Value? value) => value is TruthValue t ? t.Truth : Truth.Unknown;

    public static TruthValue FromTruth(Truth truth) => truth switch
    {
        Truth.Met => Met,
        Truth.NotMet => NotMet,
        _ => UnknownTruth,
    };

    /// <inheritdoc />
    public override Value? VisitLiteral(LiteralExpr node) => node.Value;

    /// <inheritdoc />
    public override Value? VisitReference(ReferenceExpr node)
    {
        var value = Resolve(node);
        if (_conditions is not null && node.Type is Model.Types.BooleanType && node.Kind is not SymbolKind.Field)
        {
            // A yes/no input or a criterion used as a condition is traced like a comparison: the auditor sees its value.
            _conditions.Add(new TraceCondition(node.Name, ToTruth(value).ToWord(), $"{node.Name} = {value?.ToDisplayString() ?? "missing"}"));
        }

        return value;
    }

    private Value? Resolve(ReferenceExpr node)
    {
        var plan = context.Plan;
        return node.Kind switch
        {
            SymbolKind.Input => context.Input(plan.Inputs[node.Name]).Value,
            SymbolKind.Field => _record?.Field(node.Name),
            SymbolKind.Derived => context.Derived(plan.Derived[node.Name]),
            SymbolKind.Criterion => FromTruth(context.Verdict(plan.Criteria[node.Name])),
            SymbolKind.Indicator => Number(context.IndicatorScore(plan.Indicators[node.Name])),
            SymbolKind.Group => Number(context.GroupSubtotal(plan.Groups[node.Name])),
            SymbolKind.Score => Number(context.Score()),
            SymbolKind.AssessmentDate => context.Dossier.AssessmentDate is { } d ? new DateValue(d) : null,
            _ => null,
        };
    }

    /// <inheritdoc />
    public override Value? VisitUnary(UnaryExpr node)
    {
        var operand = Evaluate(node.Operand);
        return node.Operator == UnaryOperator.Not
            ? FromTruth(Kleene.Not(ToTruth(operand)))
            : operand is null ? null : ValueMath.Negate(operand);
    }

    /// <inheritdoc />
    public override Value? VisitBinary(BinaryExpr node)
    {
        switch (node.Operator)
        {
            case BinaryOperator.And:
                // Kleene: a definite failure on the left decides, but the right is still traced for the auditor.
                return FromTruth(Kleene.And(ToTruth(Evaluate(node.Left)), ToTruth(Evaluate(node.Right))));
            case BinaryOperator.Or:
                return FromTruth(Kleene.Any(Applicable([node.Left, node.Right]).Select(e => ToTruth(Evaluate(e)))));
            case var op when ExprFormatter.IsComparison(op):
                var left = Evaluate(node.Left);
                var right = Evaluate(node.Right);
                var result = ValueComparison.Compare(op, left, right);
                _conditions?.Add(ConditionTrace(node, result, left, right));
                return FromTruth(result);
            default:
                return ValueMath.Arithmetic(node.Operator, Evaluate(node.Left), Evaluate(node.Right));
        }
    }

    /// <inheritdoc />
    public override Value? VisitAnyOf(AnyOfExpr node)
    {
        int met = 0, unknown = 0, total = 0;
        foreach (var option in Applicable(node.Options))
        {
            total++;
            switch (ToTruth(Evaluate(option)))
            {
                case Truth.Met: met++; break;
                case Truth.Unknown: unknown++; break;
            }
        }

        var minimum = Math.Min(node.Minimum, total);
        return FromTruth(met >= minimum ? Truth.Met : met + unknown >= minimum ? Truth.Unknown : Truth.NotMet);
    }

    /// <inheritdoc />
    public override Value? VisitCohort(CohortExpr node) =>
        context.Cohort?.Value(node, context.CohortPosition);

    /// <summary>Options of an "or" or "any of" without the criteria that do not apply on the assessment date.</summary>
    private IEnumerable<Expr> Applicable(IEnumerable<Expr> options) =>
        options.Where(o => o is not ReferenceExpr { Kind: SymbolKind.Criterion } r
            || context.Applies(context.Plan.Criteria[r.Name]) != false);

    private static NumberValue? Number(decimal? value) => value is { } v ? new NumberValue(v) : null;

    private TraceCondition ConditionTrace(BinaryExpr node, Truth result, Value? left, Value? right)
    {
        var values = string.Join("; ", new[] { (node.Left, left), (node.Right, right) }
            .Where(x => x.Item1 is not LiteralExpr)
            .Select(x => $"{ExprFormatter.Format(x.Item1)} = {Shown(x.Item1, x.Item2) ?? "missing"}"));
        return new TraceCondition(ExprFormatter.Format(node), result.ToWord(), values);
    }

    /// <summary>A derived quantity is shown in its declared unit, as in the decision's values.</summary>
    private string? Shown(Expr operand, Value? value) =>
        operand is ReferenceExpr { Kind: SymbolKind.Derived } r
            ? Display.Value(value, context.Plan.Rubric.Derived[context.Plan.Derived[r.Name]].Unit)
            : value?.ToDisplayString();
}
