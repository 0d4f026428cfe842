using RubricEngine.Model.Collections;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Text;
using RubricEngine.Model.Units;

namespace RubricEngine.Model.Rubrics;

/// <summary>
/// A validated, immutable classification rubric. It does not know whether it came from the DSL or YAML;
/// two rubrics are equal when their content is, whatever their source positions.
/// </summary>
/// <param name="Metadata">Identity and provenance.</param>
/// <param name="Outcomes">The outcome vocabulary.</param>
/// <param name="Inputs">The dossier schema, in declaration order.</param>
/// <param name="Derived">Derived values, in declaration order.</param>
/// <param name="Criteria">Criteria and gates, in declaration order.</param>
/// <param name="Groups">Indicator groups, in declaration order.</param>
/// <param name="Score">The overall score, or null when the rubric has no indicators.</param>
/// <param name="Classification">The tiers and fallback.</param>
/// <param name="Examples">Embedded conformance examples.</param>
/// <param name="Span">The whole rubric.</param>
public sealed record Rubric(
    RubricMetadata Metadata,
    ValueArray<OutcomeDeclaration> Outcomes,
    ValueArray<InputDeclaration> Inputs,
    ValueArray<DerivedValue> Derived,
    ValueArray<Criterion> Criteria,
    ValueArray<IndicatorGroup> Groups,
    ScoreDefinition? Score,
    Classification Classification,
    ValueArray<Example> Examples,
    SourceSpan Span)
    : ModelNode(Span)
{
    /// <summary>The word used for a decision that lacks evidence; not part of any rubric's vocabulary.</summary>
    public const string InsufficientEvidence = "insufficient_evidence";

    /// <summary>The named classifications after the first, in declaration order; empty for a rubric with one classification.</summary>
    public ValueArray<Classification> OtherClassifications { get; init; } = [];

    /// <summary>Every classification, the first (whose outcome is the decision's headline outcome) first.</summary>
    public IEnumerable<Classification> Classifications => OtherClassifications.Prepend(Classification);

    /// <summary>True when the classifications are named (<c>classification eligibility</c>), even when there is only one.</summary>
    public bool HasNamedClassifications => Classification.Name is not null;

    /// <summary>The notes and warnings that decisions may carry, in declaration order.</summary>
    public ValueArray<Note> Notes { get; init; } = [];

    /// <summary>The dossiers left out of every cohort aggregation (<c>exclude from cohort when ...</c>), or null for none.</summary>
    public CohortExclusion? CohortExclusion { get; init; }

    /// <summary>The units the rubric declares (<c>unit tH2 = 1000 kgH2</c>), in declaration order.</summary>
    public ValueArray<UnitDeclaration> Units { get; init; } = [];

    /// <summary>The catalogue with the declared units, for reading dossier values; built once per rubric.</summary>
    public UnitScope UnitScope => Units.Count == 0 ? UnitScope.Catalog : Scopes.GetValue(this, r => UnitScope.With(r.Units.Select(u => u.Unit)));

    // Not a field of the record: a cache must not take part in its equality.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Rubric, UnitScope> Scopes = new();

    /// <summary>The input with the given name, or null.</summary>
    public InputDeclaration? Input(string name) => Inputs.FirstOrDefault(i => i.Name == name);

    /// <summary>The criterion or gate with the given name, or null.</summary>
    public Criterion? Criterion(string name) => Criteria.FirstOrDefault(c => c.Name == name);

    /// <summary>Every indicator of every group, in declaration order.</summary>
    public IEnumerable<Indicator> Indicators => Groups.SelectMany(g => g.Indicators);

    /// <summary>True when any expression aggregates over the cohort, so dossiers cannot be screened one by one.</summary>
    public bool IsCohortRubric => AllExpressions().Any(ExprWalker.ContainsCohort);

    /// <summary>Every top-level expression of the rubric: derived values, criteria, indicators, tiers of every classification, notes.</summary>
    public IEnumerable<Expr> AllExpressions() =>
        Derived.Select(d => d.Expression)
            .Concat(Criteria.Select(c => c.Condition))
            .Concat(Indicators.Select(i => i.Score))
            .Concat(Classifications.SelectMany(c => c.Tiers).Select(t => t.Condition))
            .Concat(Notes.Select(n => n.Condition));
}
