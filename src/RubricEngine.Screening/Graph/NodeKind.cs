namespace RubricEngine.Screening.Graph;

/// <summary>What a node of the declaration graph declares.</summary>
internal enum NodeKind
{
    /// <summary>An input of the dossier schema, resolved to one value.</summary>
    Input,

    /// <summary>A derived value.</summary>
    Derived,

    /// <summary>An ordinary criterion.</summary>
    Criterion,

    /// <summary>A gate: a criterion every tier but the fallback needs.</summary>
    Gate,

    /// <summary>A weighted indicator's score.</summary>
    Indicator,

    /// <summary>A group's weighted subtotal.</summary>
    Group,

    /// <summary>The overall score.</summary>
    Score,

    /// <summary>One tier of the classification.</summary>
    Tier,

    /// <summary>The per-dossier value a cohort aggregation is taken over (its subject).</summary>
    CohortSubject,

    /// <summary>A cohort aggregation's value for one dossier (share, rank, mean...), read from the cohort figures.</summary>
    CohortStatement,

    /// <summary>A classification: gates, then tiers, then the fallback.</summary>
    Classification,

    /// <summary>A note or warning: attached to the decision when its condition is met.</summary>
    Note,
}
