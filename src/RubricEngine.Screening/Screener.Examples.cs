using RubricEngine.Model.Collections;
using RubricEngine.Model.Logic;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Screening;

/// <summary>Checking a rubric's embedded examples: the core of <c>rubric test</c>.</summary>
public sealed partial class Screener
{
    /// <summary>
    /// Screens every embedded example and compares the outcome, the outcomes of named classifications and the expected
    /// verdicts, in declaration order.
    /// For a cohort rubric the examples form one cohort.
    /// </summary>
    public IReadOnlyList<ExampleResult> CheckExamples()
    {
        var examples = Rubric.Examples;
        var decisions = Rubric.IsCohortRubric
            ? ScreenCohort([.. examples.Select(e => e.Dossier)])
            : [.. examples.Select(e => Screen(e.Dossier))];
        return [.. examples.Select((example, i) =>
        {
            var decision = decisions[i];
            var mismatches = new List<string>();
            if (decision.Outcome != example.ExpectedOutcome)
            {
                mismatches.Add($"outcome: expected {example.ExpectedOutcome}, got {decision.Outcome} ({decision.Reason})");
            }

            foreach (var expected in example.ExpectedClassifications)
            {
                var actual = decision.Classifications?.FirstOrDefault(c => c.Name == expected.Classification);
                if (actual?.Outcome != expected.Outcome)
                {
                    mismatches.Add($"classification {expected.Classification}: expected {expected.Outcome}, got {actual?.Outcome ?? "absent"} ({actual?.Reason})");
                }
            }

            foreach (var expected in example.ExpectedVerdicts)
            {
                var actual = decision.Criteria.FirstOrDefault(c => c.Name == expected.Criterion);
                var word = actual?.VerdictWord ?? "absent";
                if (word != expected.Verdict.ToWord())
                {
                    mismatches.Add($"{expected.Criterion}: expected {expected.Verdict.ToWord()}, got {word}");
                }
            }

            return new ExampleResult(example.Name, example.ExpectedOutcome, decision, mismatches.ToValueArray());
        })];
    }
}
