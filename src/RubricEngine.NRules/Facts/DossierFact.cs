using RubricEngine.Model.Dossiers;
using RubricEngine.Screening.Graph;

namespace RubricEngine.NRules.Facts;

/// <summary>
/// The dossier being decided, as an NRules fact. Every rubric rule matches it first and joins the
/// declaration results of the same dossier to it, so one session can hold many dossiers.
/// Create it with <see cref="RubricRules.Insert"/>; its identity is the object itself.
/// </summary>
public sealed class DossierFact
{
    internal DossierFact(RubricRules rules, Dossier dossier, CohortFact? cohort, NodeScope scope)
    {
        Rules = rules;
        Dossier = dossier;
        Cohort = cohort;
        Scope = scope;
        Results = new NodeResult?[rules.Graph.Nodes.Count];
    }

    /// <summary>The dossier as it was inserted (a what-if change replaces the evidence of one input, not this fact).</summary>
    public Dossier Dossier { get; }

    /// <summary>The cohort figures this dossier is ranked against, or null outside a cohort batch.</summary>
    public CohortFact? Cohort { get; }

    /// <summary>The compiled rubric whose rules decide this dossier.</summary>
    internal RubricRules Rules { get; }

    // The working scope of node evaluation for this dossier. A session runs on one thread at a time, and a
    // dossier lives in one session, so the scope is never shared between threads.
    internal NodeScope Scope { get; }

    // What the rules yielded for this dossier, by node id: the stated inputs, then each rule's result as its
    // action inserts (or replaces) it. The batch engine assembles the decision from it without querying the session.
    internal NodeResult?[] Results { get; }

    /// <inheritdoc />
    public override string ToString() => $"dossier {Dossier.Id}";
}
