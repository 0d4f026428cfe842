using RubricEngine.Model.Collections;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>The named classifications, the notes whose condition is met, and the unscored share of a partial score.</summary>
internal static partial class DecisionAssembler
{
    private static ValueArray<ClassificationResult> Classifications(DeclarationGraph graph, ReadOnlySpan<NodeResult?> results)
    {
        var classifications = new ClassificationResult[graph.Classifications.Count];
        for (var i = 0; i < classifications.Length; i++)
        {
            var node = graph.Classifications[i];
            var result = Get(results, node);
            classifications[i] = new ClassificationResult(node.Name, result.Value?.ToDisplayString() ?? Rubric.InsufficientEvidence, result.Reason ?? "");
        }

        return Wrap(classifications);
    }

    private static ValueArray<NoteResult> Notes(DeclarationGraph graph, ReadOnlySpan<NodeResult?> results)
    {
        List<NoteResult>? notes = null;
        foreach (var node in graph.Notes)
        {
            if (Get(results, node).Truth == Truth.Met)
            {
                var note = node.Declaration;
                var used = new UsedValue[node.ValuesUsed.Count];
                for (var v = 0; v < used.Length; v++)
                {
                    used[v] = Used(results, node.ValuesUsed[v]);
                }

                (notes ??= []).Add(new NoteResult(note.Name, note.Severity == NoteSeverity.Warning ? "warning" : "note", ExprFormatter.Format(note.Condition), Wrap(used)));
            }
        }

        return notes is null ? [] : notes.ToValueArray();
    }

    /// <summary>The unscored share, from the indicators' results, as the score node computed it.</summary>
    private static decimal UnscoredShare(ScoreNode score, ReadOnlySpan<NodeResult?> results)
    {
        var scored = new bool[results.Length];
        foreach (var group in score.Groups)
        {
            foreach (var indicator in group.Indicators)
            {
                scored[indicator.Id] = Get(results, indicator).Number is not null;
            }
        }

        return score.UnscoredShare(indicator => scored[indicator.Id]);
    }
}
