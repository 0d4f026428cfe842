using RubricEngine.Model.Collections;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Batch;

/// <summary>The check of one embedded example of a rubric, for <c>rubric test</c>.</summary>
/// <param name="Name">The example's name.</param>
/// <param name="ExpectedOutcome">The outcome the example expects.</param>
/// <param name="Decision">The decision the screener reached.</param>
/// <param name="Mismatches">What differs from the expectation, one line each (outcome, then verdicts); empty when it passed.</param>
public sealed record ExampleResult(string Name, string ExpectedOutcome, Decision Decision, ValueArray<string> Mismatches)
{
    /// <summary>True when the outcome and every expected verdict match.</summary>
    public bool Passed => Mismatches.IsEmpty;
}
