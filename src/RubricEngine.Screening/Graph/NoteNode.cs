using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Screening.Graph;

/// <summary>A note or warning: its condition's truth; the decision carries the note when it is met. No outcome reads it.</summary>
internal sealed class NoteNode : DeclarationNode
{
    internal NoteNode(Note declaration)
        : base(NodeKind.Note, declaration.Name, $"note:{declaration.Name}") => Declaration = declaration;

    public Note Declaration { get; }

    /// <summary>The input and derived nodes the condition reads, for the values the decision shows with the note.</summary>
    public IReadOnlyList<DeclarationNode> ValuesUsed { get; internal set; } = [];

    internal CompiledExpr Condition { get; set; } = static _ => null;

    /// <inheritdoc />
    public override (string Result, string? Value) Describe(NodeResult result) =>
        (result.Truth.ToWord(), result.Truth == Truth.Unknown ? result.Reason : null);

    private protected override NodeResult Compute(NodeScope scope) => Done(scope, Truths.Of(Truths.ToTruth(Condition(scope))));

    private protected override NodeResult Unknown(NodeScope scope, string reason)
    {
        scope.Fail(reason);
        return Done(scope, Truths.Unknown);
    }
}
