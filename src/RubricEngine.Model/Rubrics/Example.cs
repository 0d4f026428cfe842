using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Rubrics;

/// <summary>An expected verdict of one criterion in an embedded example.</summary>
/// <param name="Criterion">The criterion or gate name.</param>
/// <param name="Verdict">The expected verdict.</param>
/// <param name="Span">Where it was written.</param>
public sealed record ExpectedVerdict(string Criterion, Truth Verdict, SourceSpan Span) : ModelNode(Span);

/// <summary>The expected outcome of one named classification in an embedded example (<c>expect loan_gate outcome loan</c>).</summary>
/// <param name="Classification">The classification's name.</param>
/// <param name="Outcome">Its expected outcome, or <c>insufficient_evidence</c>.</param>
/// <param name="Span">Where it was written.</param>
public sealed record ExpectedClassification(string Classification, string Outcome, SourceSpan Span) : ModelNode(Span);

/// <summary>
/// A conformance example embedded in the rubric: dossier inputs and the expected outcome, and optionally
/// expected criterion verdicts. <c>rubric test</c> runs them.
/// </summary>
/// <param name="Name">The example's name.</param>
/// <param name="Dossier">The inputs.</param>
/// <param name="ExpectedOutcome">An outcome of the vocabulary, or <c>insufficient_evidence</c>.</param>
/// <param name="ExpectedVerdicts">Expected criterion verdicts.</param>
/// <param name="Span">Where it was written.</param>
public sealed record Example(string Name, Dossier Dossier, string ExpectedOutcome, ValueArray<ExpectedVerdict> ExpectedVerdicts, SourceSpan Span)
    : ModelNode(Span)
{
    /// <summary>The expected outcomes of named classifications, in the order written; empty when none is written.</summary>
    public ValueArray<ExpectedClassification> ExpectedClassifications { get; init; } = [];
}
