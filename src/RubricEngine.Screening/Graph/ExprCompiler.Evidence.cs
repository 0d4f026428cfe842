using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// Reading inputs with their evidence: a criterion's <c>requires</c> makes a value that fails it unknown with the
/// requirement's reason (never met, never silently used); a conflicting input makes a yes/no reference a conflict
/// and any comparison on it a conflict; evidence tests look at the evidence, not the value.
/// </summary>
internal sealed partial class ExprCompiler
{
    private IReadOnlyList<EvidenceRequirement> _requirements = [];

    /// <summary>Compiles a criterion's condition under its requirements.</summary>
    public CompiledExpr CompileCriterion(Criterion criterion, List<DeclarationNode> reads)
    {
        _requirements = criterion.Requirements;
        try
        {
            return Compile(criterion.Condition, reads);
        }
        finally
        {
            _requirements = [];
        }
    }

    private CompiledExpr InputReference(ReferenceExpr reference, InputNode input)
    {
        var requirements = _requirements.Where(r => r.Input == input.Name).ToArray();
        var boolean = reference.Type is BooleanType;
        var name = reference.Name;
        var prefix = name + " = ";
        return scope =>
        {
            var result = scope.Result(input);
            var value = result.Value;
            string? reason = null;
            if (value is not null && requirements.Length > 0
                && EvidenceChecks.FirstFailing(requirements, result.Input!.EvidenceIds, scope.Dossier) is { } failed)
            {
                value = null;
                reason = failed.Check.FailureReason;
            }
            else if (value is null && result.Reason is UnknownReasons.Conflicting or UnknownReasons.Unverified or UnknownReasons.WrongMethod)
            {
                reason = result.Reason; // the node says why; a plain "missing" stays in the decision's missing list
            }

            scope.Fail(reason);
            if (!boolean)
            {
                return value;
            }

            var truth = value ?? (reason == UnknownReasons.Conflicting ? Truths.Conflict : null);
            if (scope.RecordsConditions)
            {
                scope.AddCondition(new TraceCondition(name, Truths.ToTruth(truth).ToWord(), prefix + (value?.ToDisplayString() ?? reason ?? "missing")));
            }

            return truth;
        };
    }

    private CompiledExpr EvidenceTest(EvidenceTestExpr test)
    {
        var input = (InputNode)index.Reference(SymbolKind.Input, test.Subject.Name);
        Read(input);
        var check = test.Check;
        var text = ExprFormatter.Format(test);
        return scope =>
        {
            var resolved = scope.Result(input).Input!;
            var truth = EvidenceChecks.Test(check, resolved, scope.Dossier);
            if (scope.RecordsConditions)
            {
                scope.AddCondition(new TraceCondition(text, truth.ToWord(), EvidenceChecks.Describe(resolved)));
            }

            return Truths.Of(truth);
        };
    }
}
