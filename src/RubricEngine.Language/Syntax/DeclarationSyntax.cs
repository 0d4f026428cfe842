using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;

namespace RubricEngine.Language.Syntax;

/// <summary>One top-level declaration of a rubric. A closed hierarchy; the binder matches on the kinds.</summary>
internal abstract record DeclarationSyntax : SyntaxNode
{
    private protected DeclarationSyntax(SourceSpan span)
        : base(span)
    {
    }
}

/// <summary><c>rubric gib version "1.0"</c> with its title, description, source and citation clauses.</summary>
/// <param name="Id">The rubric's identifier.</param>
/// <param name="Version">The version text, or null when not written.</param>
/// <param name="Title">The title in several languages.</param>
/// <param name="Description">The description in several languages.</param>
/// <param name="Source">The standard implemented, or null.</param>
/// <param name="Citation">How to cite it, or null.</param>
/// <param name="Span">Where it was written.</param>
/// <param name="DisplayPrecision">The number written after <c>display precision</c>, unchecked (the binder checks it), or null.</param>
internal sealed record HeaderSyntax(
    NameSyntax Id, Spanned<string>? Version, TextsSyntax Title, TextsSyntax Description, Spanned<string>? Source, Spanned<string>? Citation, SourceSpan Span,
    Spanned<decimal>? DisplayPrecision = null)
    : DeclarationSyntax(Span);

/// <summary><c>outcome fundable</c> with an optional title.</summary>
/// <param name="Name">The outcome.</param>
/// <param name="Title">Its label.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record OutcomeSyntax(NameSyntax Name, TextsSyntax Title, SourceSpan Span) : DeclarationSyntax(Span);

/// <summary><c>input lifecycle_emissions: quantity in gCO2e/kWh optional</c> and its clauses.</summary>
/// <param name="Name">The input's name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Optional">True when written <c>optional</c>; inputs are required by default.</param>
/// <param name="Title">Its label.</param>
/// <param name="Conflict">The policy written with <c>when conflicting ...</c>, or null for the default (unknown).</param>
/// <param name="MinimumCount">For lists, <c>at least 10 records</c>; null otherwise.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record InputSyntax(
    NameSyntax Name, TypeSyntax Type, bool Optional, TextsSyntax Title, Spanned<ConflictPolicy>? Conflict, Spanned<int>? MinimumCount, SourceSpan Span)
    : DeclarationSyntax(Span)
{
    /// <summary>The steps of a conflict policy of more than one word of <see cref="ConflictPolicy"/>; empty otherwise (then <see cref="Conflict"/> holds it).</summary>
    public ValueArray<ConflictStepSyntax> Steps { get; init; } = [];

    /// <summary>The <c>requires</c> clauses, in source order.</summary>
    public ValueArray<RequirementSyntax> Requirements { get; init; } = [];
}

/// <summary><c>derived power_density = capacity / area in W/m2</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Expression">The formula.</param>
/// <param name="Unit">The display unit written after <c>in</c>, or null.</param>
/// <param name="Title">Its label.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record DerivedSyntax(NameSyntax Name, ExpressionSyntax Expression, UnitSyntax? Unit, TextsSyntax Title, SourceSpan Span)
    : DeclarationSyntax(Span);

/// <summary><c>criterion name when condition</c> or <c>gate name when condition</c>, and its clauses.</summary>
/// <param name="Kind">Criterion or gate.</param>
/// <param name="Name">The name.</param>
/// <param name="Condition">The condition.</param>
/// <param name="Citation">The clause cited with <c>cites "..."</c>, or null.</param>
/// <param name="Title">Its label.</param>
/// <param name="Explanation">The <c>explain</c> templates.</param>
/// <param name="From">The <c>from</c> date, or null.</param>
/// <param name="Until">The <c>until</c> date, or null.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record CriterionSyntax(
    CriterionKind Kind, NameSyntax Name, ExpressionSyntax Condition, Spanned<string>? Citation, TextsSyntax Title, TextsSyntax Explanation,
    Spanned<DateOnly>? From, Spanned<DateOnly>? Until, SourceSpan Span)
    : DeclarationSyntax(Span)
{
    /// <summary>The <c>requires x ...</c> clauses, in source order.</summary>
    public ValueArray<RequirementSyntax> Requirements { get; init; } = [];
}

/// <summary><c>score total is weighted mean</c>: how groups combine into the overall score.</summary>
/// <param name="Name">The score's name.</param>
/// <param name="Method">Weighted mean or weighted sum.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record ScoreSyntax(NameSyntax Name, ScoreMethod Method, SourceSpan Span) : DeclarationSyntax(Span)
{
    /// <summary>The partial-scoring rules after <c>of scored indicators</c>, or null.</summary>
    public PartialScoringSyntax? Partial { get; init; }

    /// <summary>Partial-scoring rules written without <c>of scored indicators</c> (an error).</summary>
    public ValueArray<StrayScoreRuleSyntax> StrayRules { get; init; } = [];
}

/// <summary><c>exclude from cohort when condition</c>, with an optional title.</summary>
/// <param name="Condition">The condition on the dossier.</param>
/// <param name="Title">Why these dossiers are left out.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record ExclusionSyntax(ExpressionSyntax Condition, TextsSyntax Title, SourceSpan Span) : DeclarationSyntax(Span);
