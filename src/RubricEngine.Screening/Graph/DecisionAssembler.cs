using System.Runtime.InteropServices;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// Assembles a decision from the node results of one dossier, whichever engine produced them: the criteria
/// in declaration order, the score, the missing evidence, and the trace (one step per node, in node order,
/// from the results alone), so two engines with equal results give byte-identical decisions.
/// </summary>
internal static partial class DecisionAssembler
{
    /// <summary>
    /// The decision; <paramref name="results"/>[i] is the result of <c>graph.Nodes[i]</c>. <paramref name="withTrace"/>
    /// false leaves the trace empty. <paramref name="cohort"/> is the batch's cohort figures the results were computed
    /// with (null outside a cohort batch), for trying values of unknown inputs.
    /// </summary>
    public static Decision Assemble(
        DeclarationGraph graph, RubricIdentity identity, Dossier dossier, ReadOnlySpan<NodeResult?> results, bool withTrace = true, CohortFigures? cohort = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(dossier);
        if (results.Length != graph.Nodes.Count)
        {
            throw new ArgumentException($"{results.Length} results for {graph.Nodes.Count} nodes.", nameof(results));
        }

        var classification = Get(results, graph.Classification);
        var (missing, unknown) = Missing(graph, dossier, cohort, results);
        return new Decision(
            identity,
            dossier.Id,
            ContentHash.OfDossier(dossier),
            classification.Value?.ToDisplayString() ?? Model.Rubrics.Rubric.InsufficientEvidence,
            classification.Reason ?? "",
            Score(graph, results),
            Criteria(graph, results),
            missing,
            withTrace ? Trace(graph, results) : [])
        {
            Unknown = unknown,
            Classifications = graph.Rubric.HasNamedClassifications ? Classifications(graph, results) : null,
            Notes = graph.Notes.Count == 0 ? null : Notes(graph, results),
            Conflicts = Conflicts(graph, dossier, results),
        };
    }

    private static NodeResult Get(ReadOnlySpan<NodeResult?> results, DeclarationNode node) =>
        results[node.Id] ?? throw new InvalidOperationException($"The engine left '{node.RuleName}' unevaluated.");

    private static ValueArray<TraceStep> Trace(DeclarationGraph graph, ReadOnlySpan<NodeResult?> results)
    {
        var steps = new TraceStep[graph.Nodes.Count - graph.Inputs.Count];
        var step = 0;
        foreach (var node in graph.Nodes)
        {
            if (node.Traced)
            {
                var result = Get(results, node);
                var (word, value) = node.Describe(result);
                steps[step] = new TraceStep(step + 1, node.RuleName, word, value, result.Conditions) { Cohort = result.Cohort };
                step++;
            }
        }

        return Wrap(steps);
    }

    private static ValueArray<CriterionResult> Criteria(DeclarationGraph graph, ReadOnlySpan<NodeResult?> results)
    {
        var criteria = new CriterionResult[graph.Criteria.Count];
        for (var i = 0; i < criteria.Length; i++)
        {
            var node = graph.Criteria[i];
            var result = Get(results, node);
            var used = new UsedValue[node.ValuesUsed.Count];
            for (var v = 0; v < used.Length; v++)
            {
                used[v] = Used(results, node.ValuesUsed[v]);
            }

            var facts = node.Facts;
            criteria[i] = new CriterionResult(
                facts.Criterion.Name, node.Kind == NodeKind.Gate, result.Applicable, result.Truth,
                facts.Condition, facts.Thresholds, Wrap(used), facts.Criterion.Citation)
            {
                Reason = EvidenceReason(result),
                Verdicts = result.Verdicts,
            };
        }

        return Wrap(criteria);
    }

    private static ScoreResult? Score(DeclarationGraph graph, ReadOnlySpan<NodeResult?> results)
    {
        if (graph.Groups.Count == 0)
        {
            return null;
        }

        var groups = new GroupResult[graph.Groups.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            var group = graph.Groups[g];
            var indicators = new IndicatorResult[group.Indicators.Count];
            for (var i = 0; i < indicators.Length; i++)
            {
                var indicator = group.Indicators[i];
                indicators[i] = new IndicatorResult(indicator.Name, indicator.Declaration.Weight, Get(results, indicator).Number);
            }

            groups[g] = new GroupResult(group.Name, group.Declaration.Weight, Get(results, group).Number, Wrap(indicators));
        }

        var score = graph.Score is { } node ? Get(results, node).Number : null;
        return new ScoreResult(graph.Rubric.Score?.Name ?? "score", score, Wrap(groups))
        {
            UnscoredShare = graph.Score is { Declaration.Partial: not null } partial ? UnscoredShare(partial, results) : null,
        };
    }

    private static UsedValue Used(ReadOnlySpan<NodeResult?> results, DeclarationNode node)
    {
        var result = Get(results, node);
        if (node is InputNode)
        {
            var input = result.Input!;
            return new UsedValue(node.Name, input.Value?.ToDisplayString(), UnitOf(input.Value), input.EvidenceIds, InputNode.Word(input.Missing));
        }

        var derived = (DerivedNode)node;
        var value = result.Value;
        var declared = derived.Declaration.Unit;
        var shown = Display.Value(value, declared);
        var unit = value switch
        {
            QuantityValue q => declared is not null && q.Quantity.Unit.IsCompatibleWith(declared) ? declared.Symbol : q.Quantity.Unit.Symbol,
            NumberValue when Display.IsRatioUnit(declared) => declared!.Symbol,
            _ => null,
        };
        return new UsedValue(node.Name, shown, unit, Evidence(results, derived.InputsBehind), value is null ? "missing" : null);
    }

    private static ValueArray<string> Evidence(ReadOnlySpan<NodeResult?> results, IReadOnlyList<InputNode> inputs)
    {
        List<string>? ids = null;
        foreach (var input in inputs)
        {
            foreach (var id in Get(results, input).Input!.EvidenceIds)
            {
                ids ??= [];
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
        }

        if (ids is null)
        {
            return [];
        }

        ids.Sort(StringComparer.Ordinal);
        return ids.ToValueArray();
    }

    private static string? UnitOf(Value? value) => value is QuantityValue q && q.Quantity.Unit.Symbol.Length > 0 ? q.Quantity.Unit.Symbol : null;

    /// <summary>An array this assembler made and never touches again, as a value array without a copy.</summary>
    private static ValueArray<T> Wrap<T>(T[] items) => new(ImmutableCollectionsMarshal.AsImmutableArray(items));
}
