using System.Collections.Immutable;
using System.Globalization;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// Chooses one value per input. Values that fail the input's requirements are not evidence; of the rest, a single
/// value, or values that agree, are used as given; values that disagree go through the conflict policy's steps in
/// order, each keeping the candidates it prefers, until the candidates agree. Left in conflict, the input is
/// unknown as conflicting, unless the policy ends with <c>agree on verdict</c>: then each criterion judges the candidates.
/// </summary>
internal static class InputResolver
{
    public static ResolvedInput Resolve(InputDeclaration input, Dossier dossier)
    {
        var values = ValuesOf(dossier, input.Name);
        if (values.Count == 0)
        {
            return new ResolvedInput(input.Name, null, [], MissingReason.Missing, null);
        }

        var admissible = input.Requirements.IsEmpty ? values.Items : Admissible(input, values.Items, dossier);
        if (admissible.IsEmpty)
        {
            var failed = EvidenceChecks.FirstFailing(input.Requirements, values[0].EvidenceIds, dossier)!;
            var detail = string.Create(CultureInfo.InvariantCulture, $"no value of {values.Count} meets 'requires {failed.Check.RequirementText}'");
            var reason = failed.Check.FailureReason == Graph.UnknownReasons.WrongMethod ? MissingReason.WrongMethod : MissingReason.Unverified;
            return new ResolvedInput(input.Name, null, EvidenceOf(values.Items), reason, detail);
        }

        var steps = new List<PolicyStepResult>();
        var chosen = admissible.Length == 1 || AllAgree(admissible) ? admissible : Choose(input, admissible, dossier, steps);
        if (chosen.Length > 1 && !AllAgree(chosen))
        {
            // The evidence and the detail name every value given, as they did before policies had steps.
            var detail = string.Create(CultureInfo.InvariantCulture, $"{values.Count} values disagree: {string.Join(", ", values.Select(v => v.Value.ToDisplayString()))}");
            return new ResolvedInput(input.Name, null, EvidenceOf(values.Items), MissingReason.Conflicting, detail)
            {
                Candidates = chosen.ToValueArray(),
                Steps = steps.ToValueArray(),
                AwaitsVerdicts = input.AgreesOnVerdict,
            };
        }

        var value = chosen[0].Value;
        var evidence = EvidenceOf(chosen);
        if (value is ListValue list && input.MinimumCount is { } minimum && list.Records.Count < minimum)
        {
            var detail = string.Create(CultureInfo.InvariantCulture, $"{list.Records.Count} of at least {minimum} records");
            return new ResolvedInput(input.Name, null, evidence, MissingReason.TooFewRecords, detail);
        }

        return new ResolvedInput(input.Name, value, evidence, null, null);
    }

    private static ImmutableArray<EvidencedValue> Admissible(InputDeclaration input, ImmutableArray<EvidencedValue> values, Dossier dossier) =>
        [.. values.Where(v => EvidenceChecks.FirstFailing(input.Requirements, v.EvidenceIds, dossier) is null)];

    /// <summary>Runs the steps in order until the candidates agree; <c>agree on verdict</c> leaves them to the criteria.</summary>
    private static ImmutableArray<EvidencedValue> Choose(InputDeclaration input, ImmutableArray<EvidencedValue> candidates, Dossier dossier, List<PolicyStepResult> tried)
    {
        foreach (var step in input.ConflictSteps)
        {
            if (step.Kind == ConflictStepKind.AgreeOnVerdict)
            {
                tried.Add(new PolicyStepResult(step.Text, candidates.Length));
                break;
            }

            candidates = Apply(step, candidates, dossier);
            tried.Add(new PolicyStepResult(step.Text, candidates.Length));
            if (candidates.Length == 1 || AllAgree(candidates))
            {
                break;
            }
        }

        return candidates;
    }

    /// <summary>One step: the preferred candidates when some are preferred, all of them otherwise.</summary>
    private static ImmutableArray<EvidencedValue> Apply(ConflictStep step, ImmutableArray<EvidencedValue> candidates, Dossier dossier)
    {
        switch (step.Kind)
        {
            case ConflictStepKind.PreferMethod:
                var method = new EvidenceCheck(EvidenceTest.Method, step.Methods);
                return Preferred(candidates, v => EvidenceChecks.Passes(method, v.EvidenceIds, dossier));
            case ConflictStepKind.PreferVerified:
                return Preferred(candidates, v => v.EvidenceIds.Any(id => dossier.EvidenceById(id)?.IsVerified == true));
            case ConflictStepKind.PreferLatest:
                var dated = candidates.Select(v => (v, date: LatestDate(v, dossier))).Where(x => x.date is not null).ToArray();
                if (dated.Length == 0)
                {
                    return candidates;
                }

                var latest = dated.Max(x => x.date);
                return [.. dated.Where(x => x.date == latest).Select(x => x.v)];
            default:
                return Extreme(candidates, step.Kind == ConflictStepKind.PreferHighest) is { } extreme ? [extreme] : candidates;
        }
    }

    private static ImmutableArray<EvidencedValue> Preferred(ImmutableArray<EvidencedValue> candidates, Func<EvidencedValue, bool> preferred)
    {
        var kept = candidates.Where(preferred).ToImmutableArray();
        return kept.IsEmpty ? candidates : kept;
    }

    private static EvidencedValue? Extreme(ImmutableArray<EvidencedValue> values, bool highest)
    {
        var best = values[0];
        foreach (var candidate in values.Skip(1))
        {
            var order = ValueComparison.Order(candidate.Value, best.Value);
            if (order is null)
            {
                return null;
            }

            if (highest ? order > 0 : order < 0)
            {
                best = candidate;
            }
        }

        return best;
    }

    private static DateOnly? LatestDate(EvidencedValue value, Dossier dossier) =>
        value.EvidenceIds.Select(id => dossier.EvidenceById(id)?.Date).Max();

    private static bool AllAgree(IReadOnlyList<EvidencedValue> values) =>
        values.All(v => ValueComparison.AreEqual(v.Value, values[0].Value) ?? v.Value.Equals(values[0].Value));

    private static ValueArray<string> EvidenceOf(ImmutableArray<EvidencedValue> values)
    {
        if (values.Length == 1 && values[0].EvidenceIds.IsEmpty)
        {
            return []; // the usual single value citing nothing: no sorting and no allocation
        }

        return values.SelectMany(v => v.EvidenceIds).Distinct().Order(StringComparer.Ordinal).ToValueArray();
    }

    /// <summary>As <see cref="Dossier.ValuesOf"/>, without a closure per call: this runs for every input of every dossier.</summary>
    private static ValueArray<EvidencedValue> ValuesOf(Dossier dossier, string input)
    {
        foreach (var entry in dossier.Entries)
        {
            if (entry.Input == input)
            {
                return entry.Values;
            }
        }

        return [];
    }
}
