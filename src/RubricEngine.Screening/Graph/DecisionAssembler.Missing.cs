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
    /// The decision's evidence gaps: <c>Decisive</c>, the unknown inputs whose value could still change the outcome
    /// (<see cref="DecisiveInputs"/>), and <c>Unknown</c>, every input without a usable value that something left
    /// unknown depends on (a criterion, derived value, indicator, or, for an undecided dossier, a tier). A missing
    /// input that only feeds criteria that do not apply, or that a definite failure made irrelevant, is in neither.
    /// Both in input declaration order.
    /// </summary>
    private static (ValueArray<MissingInput> Decisive, ValueArray<MissingInput> Unknown) Missing(
        DeclarationGraph graph, Dossier dossier, CohortFigures? cohort, ReadOnlySpan<NodeResult?> results)
    {
        List<MissingInput>? unknown = null;
        List<MissingInput>? decisive = null;
        DecisiveInputs? sides = null;
        if (dossier.AssessmentDate is null && AnyDated(graph))
        {
            var date = new MissingInput("assessment_date", "missing", "needed by criteria with a date range");
            (unknown ??= []).Add(date);
            sides = DecisiveInputs.For(graph, dossier, cohort, results);
            if (sides.IsDateDecisive())
            {
                (decisive ??= []).Add(date);
            }
        }

        // Most dossiers have every input: then nothing can be missing, and the walk below is skipped.
        var anyMissing = false;
        foreach (var input in graph.Inputs)
        {
            anyMissing |= Get(results, input).Input!.Missing is not null;
        }

        if (!anyMissing)
        {
            return (Array(decisive), Array(unknown));
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
            if (result.Applicable && result.Truth.IsUndecided() && (!criterion.IsDated || dossier.AssessmentDate is not null))
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
            if (Get(results, classification).Undecided)
            {
                foreach (var tier in classification.Tiers)
                {
                    Need(tier.InputsBehind);
                }
            }
        }

        var undecided = false;
        foreach (var classification in graph.Classifications)
        {
            undecided |= Get(results, classification).Value is TextValue { Text: Model.Rubrics.Rubric.InsufficientEvidence };
        }

        var unknownNodes = new List<InputNode>();
        foreach (var node in graph.Inputs)
        {
            if (Get(results, node).Input!.Missing is not null && needed[node.Id])
            {
                unknownNodes.Add(node);
            }
        }

        foreach (var node in unknownNodes)
        {
            var input = Get(results, node).Input!;
            var gap = new MissingInput(input.Name, InputNode.Word(input.Missing)!, input.Detail);
            (unknown ??= []).Add(gap);
            sides ??= DecisiveInputs.For(graph, dossier, cohort, results);
            if (sides.IsDecisive(node, undecided, unknownNodes))
            {
                (decisive ??= []).Add(gap);
            }
        }

        return (Array(decisive), Array(unknown));
    }

    private static ValueArray<MissingInput> Array(List<MissingInput>? items) => items is null ? [] : items.ToValueArray();

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
