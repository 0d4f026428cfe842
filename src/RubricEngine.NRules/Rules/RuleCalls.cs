using NRules.RuleModel;
using RubricEngine.NRules.Facts;
using RubricEngine.Screening.Graph;

namespace RubricEngine.NRules.Rules;

/// <summary>
/// The methods the rules' expressions call. The left-hand side calls the graph's own node evaluation (Kleene
/// logic, decimals and units stay in Model and Screening); the right-hand side yields the result as a linked fact.
/// </summary>
internal static class RuleCalls
{
    /// <summary>The dossier's evaluation scope, set to the dossier and its cohort figures.</summary>
    public static NodeScope Scope(DossierFact dossier) =>
        Prepared(dossier.Scope, dossier.Dossier, dossier.Cohort?.Figures);

    /// <summary>Makes a matched result visible to the node being evaluated.</summary>
    public static NodeScope Read(NodeScope scope, DeclarationFact read)
    {
        scope.Set(read.Result);
        return scope;
    }

    /// <summary>Makes every collected result visible to the node being evaluated.</summary>
    public static NodeScope ReadAll(NodeScope scope, IEnumerable<DeclarationFact> reads)
    {
        foreach (var read in reads)
        {
            scope.Set(read.Result);
        }

        return scope;
    }

    /// <summary>Whether a collection holds a result of every node the node reads (each node has one result per dossier).</summary>
    public static bool HasAll(DeclarationNode node, IEnumerable<DeclarationFact> reads) => reads.Count() == node.Reads.Count;

    /// <summary>Whether a result is of one of the nodes read.</summary>
    public static bool IsRead(HashSet<DeclarationNode> reads, DeclarationFact fact) => reads.Contains(fact.Node);

    /// <summary>Evaluates a node over the facts its rule matched.</summary>
    public static DeclarationFact Evaluate(DeclarationNode node, NodeScope scope, DossierFact dossier) =>
        new(dossier, node.Evaluate(scope));

    /// <summary>Inserts the rule's result as a linked fact, or replaces it when the rule re-fires for a changed match.</summary>
    public static void Yield(IContext context, DeclarationFact result)
    {
        result.Dossier.Results[result.Node.Id] = result.Result;
        if (context.GetLinked(LinkKey) is null)
        {
            context.InsertLinked(LinkKey, result);
        }
        else
        {
            context.UpdateLinked(LinkKey, result);
        }
    }

    private static readonly object LinkKey = "result";

    /// <summary>The input's stated fact: the graph's input node resolves the dossier's evidence for it.</summary>
    public static DeclarationFact State(DossierFact owner, InputNode input, Model.Dossiers.Dossier dossier)
    {
        var result = input.Evaluate(Prepared(owner.Scope, dossier, owner.Cohort?.Figures));
        owner.Results[input.Id] = result;
        return new(owner, result);
    }

    private static NodeScope Prepared(NodeScope scope, Model.Dossiers.Dossier dossier, CohortFigures? cohort)
    {
        // Results of nodes other than those read may be stale from another node's match; a node only reads its
        // Reads, which the rule's expression sets just before evaluating, so only a new dossier needs a reset.
        if (!ReferenceEquals(scope.Dossier, dossier) || !ReferenceEquals(scope.Cohort, cohort))
        {
            scope.Reset(dossier, cohort);
        }

        return scope;
    }
}
