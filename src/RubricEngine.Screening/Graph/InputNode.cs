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

    /// <summary>The decision's word for why an input has no value.</summary>
    internal static string? Word(MissingReason? reason) => reason switch
    {
        MissingReason.Missing => UnknownReasons.Missing,
        MissingReason.Conflicting => UnknownReasons.Conflicting,
        MissingReason.TooFewRecords => UnknownReasons.TooFewRecords,
        _ => null,
    };
}
