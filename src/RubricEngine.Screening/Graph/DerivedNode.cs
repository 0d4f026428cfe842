using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>A derived value: its formula over inputs and other derived values.</summary>
internal sealed class DerivedNode : DeclarationNode
{
    internal DerivedNode(DerivedValue declaration)
        : base(NodeKind.Derived, declaration.Name, $"derived:{declaration.Name}") => Declaration = declaration;

    public DerivedValue Declaration { get; }

    /// <summary>The inputs behind the value (through other derived values), for the evidence it cites.</summary>
    public IReadOnlyList<InputNode> InputsBehind { get; internal set; } = [];

    internal CompiledExpr Expression { get; set; } = static _ => null;

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        Computed(result, "computed", Display.Value(result.Value, Declaration.Unit));

    private protected override NodeResult Compute(NodeScope scope) => Done(scope, Expression(scope));
}
