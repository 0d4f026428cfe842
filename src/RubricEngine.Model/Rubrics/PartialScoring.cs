using RubricEngine.Model.Collections;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Rubrics;

/// <summary>
/// A score over the indicators that are scored, as scorecards do: each group is the weighted mean of its scored
/// indicators (renormalised over their weights), the score combines the groups that have a subtotal. Nothing is
/// imputed; the score is unknown when a required indicator is unscored or more than the allowed share of weight is.
/// </summary>
/// <param name="MaxUnscoredShare">The largest share of the score's weight that may be unscored, from 0 to 1.</param>
/// <param name="Required">The indicators that must be scored, in the order written.</param>
/// <param name="Span">Where the rules were written.</param>
public sealed record PartialScoring(decimal MaxUnscoredShare, ValueArray<string> Required, SourceSpan Span) : ModelNode(Span);
