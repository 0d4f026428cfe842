using RubricEngine.Model.Collections;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Rubrics;

/// <summary>A weighted indicator, such as Yeda's "market needs" (weight 5.0).</summary>
/// <param name="Name">The identifier.</param>
/// <param name="Weight">Its positive weight within its group.</param>
/// <param name="Score">The formula of its score, often an aggregation over an expert panel.</param>
/// <param name="Title">Its label in several languages.</param>
/// <param name="Explanation">What it assesses, in several languages.</param>
/// <param name="Citation">The clause or table row it comes from.</param>
/// <param name="Span">Where it was declared.</param>
public sealed record Indicator(
    string Name, decimal Weight, Expr Score, LocalizedText Title, LocalizedText Explanation, string? Citation, SourceSpan Span)
    : ModelNode(Span);

/// <summary>A group of indicators, such as GIB's "technical" group; its subtotal is the weighted mean of its indicators.</summary>
/// <param name="Name">The identifier.</param>
/// <param name="Weight">Its positive weight in the overall score.</param>
/// <param name="Title">Its label in several languages.</param>
/// <param name="Indicators">Its indicators, in declaration order.</param>
/// <param name="Span">Where it was declared.</param>
public sealed record IndicatorGroup(string Name, decimal Weight, LocalizedText Title, ValueArray<Indicator> Indicators, SourceSpan Span)
    : ModelNode(Span);

/// <summary>How the overall score combines the groups.</summary>
public enum ScoreMethod
{
    /// <summary>Sum of weight × subtotal divided by the sum of weights.</summary>
    WeightedMean,

    /// <summary>Sum of weight × subtotal.</summary>
    WeightedSum,
}

/// <summary>The rubric's overall score.</summary>
/// <param name="Name">The identifier tiers use, such as <c>total</c>.</param>
/// <param name="Method">How groups combine.</param>
/// <param name="Span">Where it was declared.</param>
public sealed record ScoreDefinition(string Name, ScoreMethod Method, SourceSpan Span) : ModelNode(Span)
{
    /// <summary>How the score tolerates unscored indicators, or null when every indicator must be scored.</summary>
    public PartialScoring? Partial { get; init; }
}

/// <summary>One tier of the classification: the outcome given when its condition is met.</summary>
/// <param name="Outcome">An outcome of the rubric's vocabulary.</param>
/// <param name="Condition">The boolean condition.</param>
/// <param name="Span">Where it was declared.</param>
public sealed record Tier(string Outcome, Expr Condition, SourceSpan Span) : ModelNode(Span);

/// <summary>
/// Ordered tiers: the first tier met gives the outcome. If a tier before it is unknown, the decision is
/// insufficient evidence (it might have applied). If none is met and none unknown, the fallback applies.
/// </summary>
/// <param name="Tiers">The tiers, best first.</param>
/// <param name="Fallback">The outcome when no tier is met.</param>
/// <param name="Span">Where it was declared.</param>
public sealed record Classification(ValueArray<Tier> Tiers, string Fallback, SourceSpan Span) : ModelNode(Span)
{
    /// <summary>The name of a named classification (<c>classification eligibility</c>); null for the one unnamed classification.</summary>
    public string? Name { get; init; }

    /// <summary>The gates this classification is subject to (<c>gates a, b</c>, or none after <c>without gates</c>); null for every gate.</summary>
    public ValueArray<string>? Gates { get; init; }

    /// <summary>The outcome when a deciding gate or tier is in conflict (<c>on conflict review_required</c>); null: as unknown.</summary>
    public string? OnConflict { get; init; }

    /// <summary>The outcome when a deciding gate or tier is unknown (<c>on unknown ...</c>); null: <c>insufficient_evidence</c>.</summary>
    public string? OnUnknown { get; init; }
}
