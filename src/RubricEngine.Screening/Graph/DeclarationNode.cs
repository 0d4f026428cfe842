using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// One declaration of a rubric in the declaration graph, with typed edges to exactly the nodes it reads.
/// A closed hierarchy: one subclass per kind. <see cref="Evaluate"/> is pure: it depends only on the dossier
/// (inputs), the cohort figures (cohort statements) and the results of <see cref="Reads"/>, and it never
/// throws for arithmetic: an overflow or a division by zero makes the value unknown with that reason.
/// </summary>
internal abstract class DeclarationNode
{
    private protected DeclarationNode(NodeKind kind, string name, string ruleName)
    {
        Kind = kind;
        Name = name;
        RuleName = ruleName;
    }

    /// <summary>The node's index in <see cref="DeclarationGraph.Nodes"/> (a topological order).</summary>
    public int Id { get; internal set; } = -1;

    /// <summary>What the node declares.</summary>
    public NodeKind Kind { get; }

    /// <summary>The declared name (the outcome for a tier, the expression text for cohort nodes).</summary>
    public string Name { get; }

    /// <summary>The rule's name, unique in the graph, such as <c>criterion:low_emissions</c> or <c>tier:a#2</c>.</summary>
    public string RuleName { get; internal set; }

    /// <summary>The nodes this node reads, in first-use order, without repeats.</summary>
    public IReadOnlyList<DeclarationNode> Reads { get; internal set; } = [];

    /// <summary>The longest path from an input: 0 for inputs, 1 + the deepest read otherwise (the NRules priority).</summary>
    public int Depth { get; internal set; }

    /// <summary>True when the decision's trace has a step for this node (every node but inputs, which are stated facts).</summary>
    public bool Traced => Kind != NodeKind.Input;

    /// <summary>The position in declaration order, which breaks ties of the topological order.</summary>
    internal int Rank { get; set; }

    /// <summary>Evaluates the node for the scope's dossier.</summary>
    public NodeResult Evaluate(NodeScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.Begin();
        try
        {
            return Compute(scope);
        }
        catch (OverflowException)
        {
            // Decimal arithmetic throws on overflow (sums, products, unit conversions): the value is unknown, and says why.
            return Unknown(scope, UnknownReasons.Overflow);
        }
        catch (DivideByZeroException)
        {
            return Unknown(scope, UnknownReasons.DivisionByZero);
        }
    }

    /// <summary>The trace step's result word and value text for a result of this node.</summary>
    public abstract (string Result, string? Value) Describe(NodeResult result);

    private protected abstract NodeResult Compute(NodeScope scope);

    /// <summary>A result with the conditions tested so far; the reason is kept only when the value is unknown.</summary>
    private protected NodeResult Done(NodeScope scope, Value? value) =>
        new(this, value, scope.TakeConditions(), IsUnknown(value) ? scope.Reason : null);

    private protected virtual NodeResult Unknown(NodeScope scope, string reason)
    {
        scope.Fail(reason);
        return Done(scope, null);
    }

    private protected static bool IsUnknown(Value? value) => value is null or TruthValue { Truth: Truth.Unknown or Truth.Conflict };

    /// <summary>"unknown" and the reason, or the word for a known value and its text.</summary>
    private protected static (string, string?) Computed(NodeResult result, string word, string? text) =>
        result.Value is null ? ("unknown", result.Reason) : (word, text);

    /// <inheritdoc />
    public override string ToString() => RuleName;
}
