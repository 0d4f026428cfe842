using RubricEngine.Model.Collections;
using RubricEngine.Model.Logic;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// "Agree on the verdict": when an input whose policy ends in <c>agree on verdict</c> is left with several candidates,
/// the criterion evaluates its condition once per candidate (derived values between them computed again), and uses
/// the verdict when they all give the same one. Candidates that straddle the threshold make the criterion a conflict.
/// Both engines run this same code over the results the criterion reads, so their decisions stay identical.
/// </summary>
internal sealed partial class CriterionNode
{
    /// <summary>More combinations of candidates than this are not judged one by one: the criterion stays in conflict.</summary>
    public const int MaxCombinations = 64;

    private DeclarationNode[]? _coneInOrder;

    /// <summary>The inputs behind the condition whose policy ends in <c>agree on verdict</c>.</summary>
    public IReadOnlyList<InputNode> Agreeing { get; internal set; } = [];

    /// <summary>The derived values between those inputs and the condition, evaluated again per candidate.</summary>
    public IReadOnlyList<DeclarationNode> Cone { get; internal set; } = [];

    private NodeResult? Agreement(NodeScope scope)
    {
        List<NodeResult>? open = null;
        var combinations = 1;
        foreach (var input in Agreeing)
        {
            var result = scope.Result(input);
            if (result.Input is { AwaitsVerdicts: true } resolved)
            {
                (open ??= []).Add(result);
                combinations *= resolved.Candidates.Count;
            }
        }

        if (open is null || combinations > MaxCombinations)
        {
            return null;
        }

        var cone = _coneInOrder ??= [.. Cone.OrderBy(n => n.Id)];
        var saved = new NodeResult[cone.Length];
        for (var i = 0; i < cone.Length; i++)
        {
            saved[i] = scope.Result(cone[i]);
        }

        var verdicts = new CandidateVerdict[combinations];
        for (var k = 0; k < combinations; k++)
        {
            var values = new List<string>(open.Count);
            var rest = k;
            foreach (var result in open)
            {
                var resolved = result.Input!;
                var candidate = resolved.Candidates[rest % resolved.Candidates.Count];
                rest /= resolved.Candidates.Count;
                var evidence = candidate.EvidenceIds.Order(StringComparer.Ordinal).ToValueArray();
                scope.Set(new NodeResult(result.Node, candidate.Value, [], null)
                {
                    Input = resolved with { Value = candidate.Value, EvidenceIds = evidence, Missing = null, Detail = null, Candidates = [], AwaitsVerdicts = false, Resolution = null },
                });
                values.Add($"{resolved.Name} = {candidate.Value.ToDisplayString()}");
            }

            foreach (var node in cone)
            {
                scope.Evaluate(node);
            }

            scope.Begin();
            verdicts[k] = new CandidateVerdict(string.Join("; ", values), Truths.ToTruth(Condition(scope)).ToWord());
        }

        foreach (var result in open)
        {
            scope.Set(result);
        }

        for (var i = 0; i < cone.Length; i++)
        {
            scope.Set(saved[i]);
        }

        // The trace shows the condition as it stands on the conflicting evidence, then the candidates' verdicts.
        scope.Begin();
        _ = Condition(scope);
        var truth = Agreed(verdicts);
        if (scope.RecordsConditions)
        {
            scope.AddCondition(new TraceCondition("agree on verdict", truth.ToWord(), string.Join("; ", verdicts.Select(v => $"{v.Values}: {v.Verdict}"))));
        }

        if (truth == Truth.NotApplicable)
        {
            return new NodeResult(this, Truths.Met, scope.TakeConditions(), null) { Applicable = false, Verdicts = verdicts.ToValueArray() };
        }

        var reason = truth.IsUndecided() ? UnknownReasons.Conflicting : null;
        return new NodeResult(this, Truths.Of(truth), scope.TakeConditions(), reason) { Verdicts = verdicts.ToValueArray() };
    }

    /// <summary>One verdict for all: the same word everywhere; met beside not met is a conflict; otherwise unknown.</summary>
    private static Truth Agreed(CandidateVerdict[] verdicts)
    {
        var first = verdicts[0].Verdict;
        if (verdicts.All(v => v.Verdict == first))
        {
            return first switch
            {
                "met" => Truth.Met,
                "not_met" => Truth.NotMet,
                "conflict" => Truth.Conflict,
                "not_applicable" => Truth.NotApplicable,
                _ => Truth.Unknown,
            };
        }

        return verdicts.Any(v => v.Verdict == "met") && verdicts.Any(v => v.Verdict == "not_met") ? Truth.Conflict : Truth.Unknown;
    }
}
