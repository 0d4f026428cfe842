using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;

namespace RubricEngine.Language.Syntax;

/// <summary>
/// <c>x is known</c>, <c>x is missing</c>, <c>x is conflicting</c>, <c>x is verified [by "..." or "..."]</c>,
/// <c>x is verified as accredited</c>, <c>x uses method "..." [or "..."]</c>: a test of an input's evidence.
/// </summary>
/// <param name="Subject">What is tested; the binder requires an input.</param>
/// <param name="Test">The test.</param>
/// <param name="Arguments">Verifier names, method names, or the verification kind word, with their spans.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record EvidenceTestSyntax(ExpressionSyntax Subject, EvidenceTest Test, ValueArray<Spanned<string>> Arguments, SourceSpan Span)
    : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override T Accept<T>(ExpressionSyntaxVisitor<T> visitor) => visitor.VisitEvidenceTest(this);
}

/// <summary>
/// A <c>requires</c> clause: on an input <c>requires verified</c>, <c>requires method "..."</c>; on a criterion
/// <c>requires lifecycle_emissions verified</c>.
/// </summary>
/// <param name="Input">The input named on a criterion; null on an input (the input itself).</param>
/// <param name="Test">Verified, verified by, verified as, or method.</param>
/// <param name="Arguments">As for <see cref="EvidenceTestSyntax"/>.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record RequirementSyntax(NameSyntax? Input, EvidenceTest Test, ValueArray<Spanned<string>> Arguments, SourceSpan Span)
    : SyntaxNode(Span);

/// <summary>One step of <c>when conflicting ...</c>: <c>prefer method "..."</c>, <c>prefer verified</c>, <c>agree on verdict</c>.</summary>
/// <param name="Kind">The step.</param>
/// <param name="Methods">The methods of <c>prefer method</c>.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record ConflictStepSyntax(ConflictStepKind Kind, ValueArray<Spanned<string>> Methods, SourceSpan Span) : SyntaxNode(Span);
