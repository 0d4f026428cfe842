using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Graph;

/// <summary>The evidence that is missing and matters.</summary>
internal static partial class DecisionAssembler
{
    /// <summary>
    /// Inputs without a usable value that something left unknown depends on (a criterion, derived value,
    /// indicator, or, for an undecided dossier, a tier). A missing input that only feeds criteria that do not
    /// apply, or that a definite failure made irrelevant, is not listed. In input declaration order.
    /// </summary>
    private static ValueArray<MissingInput> Missing(DeclarationGraph graph, Dossier dossier, ReadOnlySpan<NodeResult?> results)
    {
        List<MissingInput>? missing = null;
        if (dossier.AssessmentDate is null && AnyDated(graph))
        {
            (missing ??= []).Add(new MissingInput("assessment_date", "missing", "needed by criteria with a date range"));
        }

        // Most dossiers have every input: then nothing can be missing, and the walk below is skipped.
        var anyMissing = false;
        foreach (var input in graph.Inputs)
        {
            anyMissing |= Get(results, input).Input!.Missing is not null;
        }

        if (!anyMissing)
        {
            return missing is null ? [] : missing.ToValueArray();
        }

        var needed = new bool[graph.Nodes.Count];
        void Need(IReadOnlyList<InputNode> inputs)
        {
            foreach (var input in inputs)
            {
                needed[input.Id] = true;
            }
        }

        foreach (var criterion in graph.Criteria)
        {
            var result = Get(results, criterion);
            if (result.Applicable && result.Truth == Truth.Unknown && (!criterion.IsDated || dossier.AssessmentDate is not null))
            {
                Need(criterion.InputsBehind);
            }
        }

        foreach (var derived in graph.Derived)
        {
            if (Get(results, derived).Value is null)
            {
                Need(derived.InputsBehind);
            }
        }

        foreach (var indicator in graph.Indicators)
        {
            if (Get(results, indicator).Value is null)
            {
                Need(indicator.InputsBehind);
            }
        }

        foreach (var classification in graph.Classifications)
        {
            if (Get(results, classification).Value is TextValue { Text: Model.Rubrics.Rubric.InsufficientEvidence })
            {
                foreach (var tier in classification.Tiers)
                {
                    Need(tier.InputsBehind);
                }
            }
        }

        foreach (var node in graph.Inputs)
        {
            var input = Get(results, node).Input!;
            if (input.Missing is not null && needed[node.Id])
            {
                (missing ??= []).Add(new MissingInput(input.Name, InputNode.Word(input.Missing)!, input.Detail));
            }
        }

        return missing is null ? [] : missing.ToValueArray();
    }

    private static bool AnyDated(DeclarationGraph graph)
    {
        foreach (var criterion in graph.Criteria)
        {
            if (criterion.IsDated)
            {
                return true;
            }
        }

        return false;
    }
}
