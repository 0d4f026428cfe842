using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>An input: the dossier's values for it, resolved to one value by its conflict policy.</summary>
internal sealed class InputNode : DeclarationNode
{
    internal InputNode(InputDeclaration declaration)
        : base(NodeKind.Input, declaration.Name, $"input:{declaration.Name}") => Declaration = declaration;

    public InputDeclaration Declaration { get; }

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        result.Value is null ? (result.Reason ?? UnknownReasons.Missing, result.Input?.Detail) : ("stated", result.Value.ToDisplayString());

    private protected override NodeResult Compute(NodeScope scope)
    {
        var input = InputResolver.Resolve(Declaration, scope.Dossier);
        return new NodeResult(this, input.Value, [], Word(input.Missing)) { Input = input };
    }

    /// <summary>
    /// How a trace shows an input without a value: <c>missing</c>, <c>conflicting (2 values disagree: ...)</c> or
    /// <c>too few records (9 of at least 10 records)</c>, as the decision's missing list says; null when it has one.
    /// </summary>
    internal static string? Gap(ResolvedInput? input) => input?.Missing switch
    {
        MissingReason.Missing => UnknownReasons.Missing,
        MissingReason.Conflicting => input.Detail is null ? "conflicting" : $"conflicting ({input.Detail})",
        MissingReason.TooFewRecords => input.Detail is null ? "too few records" : $"too few records ({input.Detail})",
        _ => null,
    };

    /// <summary>The decision's word for why an input has no value.</summary>
    internal static string? Word(MissingReason? reason) => reason switch
    {
        MissingReason.Missing => UnknownReasons.Missing,
        MissingReason.Conflicting => UnknownReasons.Conflicting,
        MissingReason.TooFewRecords => UnknownReasons.TooFewRecords,
        MissingReason.Unverified => UnknownReasons.Unverified,
        MissingReason.WrongMethod => UnknownReasons.WrongMethod,
        _ => null,
    };
}
