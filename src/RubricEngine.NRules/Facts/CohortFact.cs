using RubricEngine.Screening.Graph;

namespace RubricEngine.NRules.Facts;

/// <summary>
/// The figures of one cohort (every dossier's cohort subjects, aggregated once), as an NRules fact.
/// Cohort statement rules read it instead of joining every dossier with every other, so a cohort of n
/// dossiers costs n screenings plus one pass over the cohort. Create it with <see cref="RubricRules.Cohort"/>.
/// </summary>
public sealed class CohortFact
{
    internal CohortFact(CohortFigures? figures) => Figures = figures;

    // Null for a dossier screened on its own: its cohort statements are then unknown, as in the compiled engine.
    // Settable for a what-if session, whose one-dossier cohort changes with the dossier (then the fact is updated).
    internal CohortFigures? Figures { get; set; }

    /// <inheritdoc />
    public override string ToString() => "cohort figures";
}
