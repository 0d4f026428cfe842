using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Types;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>An expression compiled to a closure over the node scope: null is unknown.</summary>
internal delegate Value? CompiledExpr(NodeScope scope);

/// <summary>
/// Compiles model expressions into closures, once per rubric: references become direct reads of the
/// referenced node's result (no lookup by name per dossier), constants and trace texts are made at compile
/// time. Logic is Kleene's; arithmetic and comparisons are <see cref="ValueMath"/> and
/// <see cref="ValueComparison"/>. While the scope records conditions, each comparison and each boolean
/// reference notes what it tested. Also collects the nodes an expression reads.
/// </summary>
internal sealed partial class ExprCompiler(NodeIndex index)
{
    private List<DeclarationNode> _reads = [];

    /// <summary>Compiles an expression; the nodes it reads are added to <paramref name="reads"/> (first use, no repeats).</summary>
    public CompiledExpr Compile(Expr expr, List<DeclarationNode> reads)
    {
        _reads = reads;
        return Node(expr);
    }

    private CompiledExpr Node(Expr expr) => expr switch
    {
        LiteralExpr literal => Literal(literal.Value),
        ReferenceExpr reference => Reference(reference),
        UnaryExpr unary => Unary(unary),
        BinaryExpr { Operator: BinaryOperator.And } and => And(Node(and.Left), Node(and.Right)),
        BinaryExpr { Operator: BinaryOperator.Or } or => AnyOf([or.Left, or.Right], 1),
        BinaryExpr comparison when comparison.Operator.IsComparison() => Comparison(comparison),
        BinaryExpr arithmetic => Arithmetic(arithmetic),
        AnyOfExpr any => AnyOf([.. any.Options], any.Minimum),
        EvidenceTestExpr test => EvidenceTest(test),
        ListAggregateExpr list => ListAggregate(list),
        CohortExpr cohort => Cohort(cohort),
        ConditionalExpr conditional => Conditional(conditional),
        FirstKnownExpr firstKnown => FirstKnown(firstKnown),
        CountMetExpr count => CountMet(count),
        ExtremeExpr extreme => Extreme(extreme),
        _ => throw new InvalidOperationException($"No compilation for {expr.GetType().Name}."),
    };

    /// <summary>
    /// A cohort aggregation's per-dossier subject. A dossier that meets the rubric's exclusion (<c>exclude from
    /// cohort when ...</c>), or does not meet the <c>where</c> filter, has no subject, so it is not a member of this
    /// aggregation (it is still screened) and its own figures say why. A member's value by id ignores both.
    /// </summary>
    public CompiledExpr CompileSubject(CohortExpr cohort, Expr? exclusion, List<DeclarationNode> reads)
    {
        _reads = reads;
        var subject = Node(cohort.Subject);
        var byId = cohort.Function == CohortFunction.Member;
        var excluded = exclusion is null || byId ? null : Node(exclusion);
        var filter = cohort.Filter is null || byId ? null : Node(cohort.Filter);
        if (excluded is null && filter is null)
        {
            return subject;
        }

        var notMember = filter is null ? null : $"not a member (where {ExprFormatter.Format(cohort.Filter!)})";
        return scope =>
        {
            if (excluded is not null && Truths.ToTruth(excluded(scope)) == Truth.Met)
            {
                scope.Fail(UnknownReasons.Excluded);
                return null;
            }

            if (filter is not null && Truths.ToTruth(filter(scope)) != Truth.Met)
            {
                scope.Fail(notMember!);
                return null;
            }

            return subject(scope);
        };
    }

    private void Read(DeclarationNode node)
    {
        if (!_reads.Contains(node))
        {
            _reads.Add(node);
        }
    }

    private static CompiledExpr Literal(Value value) => _ => value;

    private CompiledExpr Reference(ReferenceExpr reference)
    {
        switch (reference.Kind)
        {
            case SymbolKind.Field:
                var field = reference.Name;
                return scope => scope.Record?.Field(field);
            case SymbolKind.AssessmentDate:
                return scope => scope.Dossier.AssessmentDate is { } date ? new DateValue(date) : null;
        }

        var target = index.Reference(reference.Kind, reference.Name);
        Read(target);
        if (target is InputNode input)
        {
            return InputReference(reference, input);
        }

        var propagates = target.Kind != NodeKind.Input; // an input's reason (missing...) stays in the missing list
        if (reference.Type is not BooleanType)
        {
            return scope =>
            {
                var result = scope.Result(target);
                if (result.Value is null)
                {
                    if (propagates)
                    {
                        scope.Fail(result.Reason);
                    }
                    else
                    {
                        scope.LastGap = InputNode.Gap(result.Input);
                    }
                }

                return result.Value;
            };
        }

        // A yes/no input or a criterion used as a condition is traced like a comparison: the auditor sees its value.
        var name = reference.Name;
        var prefix = name + " = ";
        var criterion = target as CriterionNode;
        return scope =>
        {
            var result = scope.Result(target);

            // A criterion outside its dates does not apply, wherever it stands (its stored verdict is met, for the decision).
            var value = criterion is not null && !result.Applicable ? Truths.NotApplicable : result.Value;
            if (propagates && IsUnknown(value))
            {
                scope.Fail(result.Reason);
            }

            if (scope.RecordsConditions)
            {
                scope.AddCondition(new TraceCondition(name, Truths.ToTruth(value).ToWord(), prefix + (value?.ToDisplayString() ?? InputNode.Gap(result.Input) ?? "missing")));
            }

            return value;
        };
    }

    private CompiledExpr Unary(UnaryExpr unary)
    {
        var operand = Node(unary.Operand);
        if (unary.Operator == UnaryOperator.Not)
        {
            return scope => Truths.Of(Kleene.Not(Truths.ToTruth(operand(scope))));
        }

        return scope => operand(scope) is { } value ? ValueMath.Negate(value) : null;
    }

    private static CompiledExpr And(CompiledExpr left, CompiledExpr right) =>
        // Kleene: a definite failure on the left decides, but the right is still traced for the auditor.
        scope => Truths.Of(Kleene.And(Truths.ToTruth(left(scope)), Truths.ToTruth(right(scope))));

    /// <summary>
    /// "or" (at least 1 of 2), "any of", "at least N of" and "all of": met when enough options are met, not met when
    /// too few can still be, otherwise undecided (conflict when a conflicting option could tip it, else unknown).
    /// Options that do not apply are left out, and N shrinks to the options left; with none left, the whole does not apply.
    /// </summary>
    private CompiledExpr AnyOf(Expr[] options, int minimum)
    {
        var compiled = new CompiledExpr[options.Length];
        for (var i = 0; i < options.Length; i++)
        {
            compiled[i] = Node(options[i]);
        }

        return scope =>
        {
            int met = 0, unknown = 0, conflict = 0, total = 0;
            for (var i = 0; i < compiled.Length; i++)
            {
                switch (Truths.ToTruth(compiled[i](scope)))
                {
                    case Truth.NotApplicable: continue;
                    case Truth.Met: met++; break;
                    case Truth.Unknown: unknown++; break;
                    case Truth.Conflict: conflict++; break;
                }

                total++;
            }

            if (total == 0)
            {
                return Truths.NotApplicable;
            }

            var needed = Math.Min(minimum, total);
            return met >= needed ? Truths.Met
                : met + unknown + conflict < needed ? Truths.NotMet
                : conflict > 0 ? Truths.Conflict : Truths.Unknown;
        };
    }

    private static CompiledExpr Arithmetic(BinaryExpr arithmetic, CompiledExpr left, CompiledExpr right)
    {
        var op = arithmetic.Operator;
        return scope =>
        {
            var value = ValueMath.Arithmetic(op, left(scope), right(scope), out var failure);
            scope.Fail(failure);
            return value;
        };
    }

    private CompiledExpr Arithmetic(BinaryExpr arithmetic) => Arithmetic(arithmetic, Node(arithmetic.Left), Node(arithmetic.Right));

    private CompiledExpr Cohort(CohortExpr cohort)
    {
        var statement = index.Statement(cohort);
        Read(statement);
        // A yes/no aggregation used as a condition (top 3 by patents) is traced like a comparison.
        var text = cohort.Type is BooleanType ? ExprFormatter.Format(cohort) : null;
        var prefix = text + " = ";
        return scope =>
        {
            var result = scope.Result(statement);
            if (result.Value is null)
            {
                scope.Fail(result.Reason);
            }

            if (text is not null && scope.RecordsConditions)
            {
                scope.AddCondition(new TraceCondition(text, Truths.ToTruth(result.Value).ToWord(), prefix + (result.Value?.ToDisplayString() ?? "missing")));
            }

            return result.Value;
        };
    }

    private static bool IsUnknown(Value? value) => value is null or TruthValue { Truth: Truth.Unknown or Truth.Conflict };
}
