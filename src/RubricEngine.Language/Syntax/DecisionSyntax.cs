using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;

namespace RubricEngine.Language.Syntax;

/// <summary>
/// <c>score total is weighted mean of scored indicators</c> with its rules: <c>unscored weight at most 20 %</c>
/// and <c>required a, b</c>.
/// </summary>
/// <param name="MaxUnscoredPercent">The percentage after <c>unscored weight at most</c>, or null when not written (then 100 %).</param>
/// <param name="Required">The indicators after <c>required</c>, in the order written.</param>
/// <param name="Span">Where <c>of scored indicators</c> was written.</param>
internal sealed record PartialScoringSyntax(Spanned<decimal>? MaxUnscoredPercent, ValueArray<NameSyntax> Required, SourceSpan Span) : SyntaxNode(Span);

/// <summary>A partial-scoring rule written without <c>of scored indicators</c>, kept so the binder can say so.</summary>
/// <param name="Keyword">The clause's first word.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record StrayScoreRuleSyntax(string Keyword, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>gates a, b</c> or <c>without gates</c> in a named classification: the gates it is subject to.</summary>
/// <param name="Names">The gates named; empty after <c>without gates</c>.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record GatesSyntax(ValueArray<NameSyntax> Names, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>note name when condition</c> or <c>warning name when condition</c> with title and message.</summary>
/// <param name="Severity">Note or warning.</param>
/// <param name="Name">The name.</param>
/// <param name="Condition">When the note is attached.</param>
/// <param name="Title">Its label.</param>
/// <param name="Message">The <c>message</c> templates.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record NoteSyntax(NoteSeverity Severity, NameSyntax Name, ExpressionSyntax Condition, TextsSyntax Title, TextsSyntax Message, SourceSpan Span)
    : DeclarationSyntax(Span);

/// <summary><c>1 to 5</c> after <c>integer</c> or <c>decimal</c>: the values an input or field accepts.</summary>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record RangeSyntax(Spanned<decimal> Min, Spanned<decimal> Max, SourceSpan Span) : SyntaxNode(Span);
