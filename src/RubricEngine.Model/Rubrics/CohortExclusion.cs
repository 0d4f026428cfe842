using RubricEngine.Model.Expressions;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Rubrics;

/// <summary>
/// <c>exclude from cohort when national_row</c>: dossiers that meet the condition are screened and reported like
/// any other, but are members of no cohort aggregation (their own share, rank and percentile are unknown with
/// the reason <c>excluded from the cohort</c>). A member's value by id still reads them, so a reference row can
/// be compared with: <c>intensity &gt; intensity of "national"</c>. A dossier whose condition is unknown stays a member.
/// </summary>
/// <param name="Condition">The condition on the dossier; it cannot use cohort figures.</param>
/// <param name="Title">Why these dossiers are left out, for reports.</param>
/// <param name="Span">Where it was written.</param>
public sealed record CohortExclusion(Expr Condition, LocalizedText Title, SourceSpan Span) : ModelNode(Span);
