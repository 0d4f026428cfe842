using RubricEngine.Model.Text;

namespace RubricEngine.Language.Syntax;

/// <summary><c>group technical weight 1</c>, its title and its indicators.</summary>
/// <param name="Name">The group's name.</param>
/// <param name="Weight">Its weight as written.</param>
/// <param name="Title">Its label.</param>
/// <param name="Indicators">Its indicators in the order written.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record GroupSyntax(NameSyntax Name, Spanned<decimal> Weight, TextsSyntax Title, ValueArray<IndicatorSyntax> Indicators, SourceSpan Span)
    : DeclarationSyntax(Span);

/// <summary><c>indicator market_needs weight 5.0</c> with its title, explanation, citation and score.</summary>
/// <param name="Name">The indicator's name.</param>
/// <param name="Weight">Its weight as written.</param>
/// <param name="Score">The formula after <c>score</c>, or null when missing (the binder reports it).</param>
/// <param name="Title">Its label.</param>
/// <param name="Explanation">What it assesses.</param>
/// <param name="Citation">The clause or table row cited, or null.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record IndicatorSyntax(
    NameSyntax Name, Spanned<decimal> Weight, ExpressionSyntax? Score, TextsSyntax Title, TextsSyntax Explanation, Spanned<string>? Citation, SourceSpan Span)
    : SyntaxNode(Span);

/// <summary><c>classification</c>: tiers in order, then <c>otherwise</c>.</summary>
/// <param name="Tiers">The tiers, best first.</param>
/// <param name="Fallback">The outcome after <c>otherwise</c>, or null when missing (the binder reports it).</param>
/// <param name="Span">Where it was written.</param>
internal sealed record ClassificationSyntax(ValueArray<TierSyntax> Tiers, NameSyntax? Fallback, SourceSpan Span) : DeclarationSyntax(Span)
{
    /// <summary>The name after <c>classification</c>, or null for the unnamed classification.</summary>
    public NameSyntax? Name { get; init; }

    /// <summary>The <c>gates</c> or <c>without gates</c> clause, or null (every gate applies).</summary>
    public GatesSyntax? Gates { get; init; }

    /// <summary>The outcome of <c>on conflict OUTCOME</c>, or null.</summary>
    public NameSyntax? OnConflict { get; init; }

    /// <summary>The outcome of <c>on unknown OUTCOME</c>, or null.</summary>
    public NameSyntax? OnUnknown { get; init; }
}

/// <summary><c>fundable when total >= 3.5</c>.</summary>
/// <param name="Outcome">The outcome given.</param>
/// <param name="Condition">When it is given.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record TierSyntax(NameSyntax Outcome, ExpressionSyntax Condition, SourceSpan Span) : SyntaxNode(Span);
