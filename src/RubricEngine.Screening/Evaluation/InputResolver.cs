using System.Collections.Immutable;
using System.Globalization;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Decisions;

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

        return values.Count == 1 ? One(input, values[0], dossier) : Several(input, values, dossier);
    }

    /// <summary>The usual case, kept free of the bookkeeping of several values: it runs for every input of every dossier.</summary>
    private static ResolvedInput One(InputDeclaration input, EvidencedValue value, Dossier dossier)
    {
        if (!input.Requirements.IsEmpty && EvidenceChecks.FirstFailing(input.Requirements, value.EvidenceIds, dossier) is { } failed)
        {
            return NoneAdmissible(input, 1, failed, value.EvidenceIds);
        }

        return Used(input, value.Value, value.EvidenceIds.IsEmpty ? [] : value.EvidenceIds.Distinct().Order(StringComparer.Ordinal).ToValueArray(), null);
    }

    private static ResolvedInput Several(InputDeclaration input, ValueArray<EvidencedValue> values, Dossier dossier)
    {
        var failed = new EvidenceRequirement?[values.Count];
        var setAsideAt = new int?[values.Count];
        var candidates = new List<int>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            failed[i] = input.Requirements.IsEmpty ? null : EvidenceChecks.FirstFailing(input.Requirements, values[i].EvidenceIds, dossier);
            if (failed[i] is null)
            {
                candidates.Add(i);
            }
        }

        var steps = new List<PolicyStepResult>();
        if (candidates.Count > 1 && !AllAgree(values, candidates))
        {
            candidates = Choose(input, values, candidates, dossier, steps, setAsideAt);
        }

        var evidence = EvidenceOf(values.Items);
        var resolution = new Resolution(
            values.Select((v, i) => new CandidateFate(v, failed[i], setAsideAt[i])).ToValueArray(), steps.ToValueArray(), Outcome(input, values, candidates));
        if (candidates.Count == 0)
        {
            return NoneAdmissible(input, values.Count, failed[0]!, evidence) with { Resolution = resolution };
        }

        if (resolution.Outcome != ConflictReport.Resolved)
        {
            // The evidence and the detail name every value given, as they did before policies had steps.
            var detail = string.Create(CultureInfo.InvariantCulture, $"{values.Count} values disagree: {string.Join(", ", values.Select(v => v.Value.ToDisplayString()))}");
            return new ResolvedInput(input.Name, null, evidence, MissingReason.Conflicting, detail)
            {
                Candidates = candidates.Select(i => values[i]).ToValueArray(),
                AwaitsVerdicts = input.AgreesOnVerdict,
                Resolution = resolution,
            };
        }

        return Used(input, values[candidates[0]].Value, EvidenceOf([.. candidates.Select(i => values[i])]), resolution);
    }

    private static string Outcome(InputDeclaration input, ValueArray<EvidencedValue> values, List<int> candidates) =>
        candidates.Count == 0 ? ConflictReport.NoneAdmissible
        : candidates.Count == 1 || AllAgree(values, candidates) ? ConflictReport.Resolved
        : input.AgreesOnVerdict ? ConflictReport.AwaitsVerdicts
        : ConflictReport.Unresolved;

    /// <summary>The value used, unless a list has fewer records than the input's minimum.</summary>
    private static ResolvedInput Used(InputDeclaration input, Value value, ValueArray<string> evidence, Resolution? resolution)
    {
        if (value is ListValue list && input.MinimumCount is { } minimum && list.Records.Count < minimum)
        {
            var detail = string.Create(CultureInfo.InvariantCulture, $"{list.Records.Count} of at least {minimum} records");
            return new ResolvedInput(input.Name, null, evidence, MissingReason.TooFewRecords, detail) { Resolution = resolution };
        }

        return new ResolvedInput(input.Name, value, evidence, null, null) { Resolution = resolution };
    }

    /// <summary>No value meets the requirements; the reason is that of the first value's first failing requirement.</summary>
    private static ResolvedInput NoneAdmissible(InputDeclaration input, int count, EvidenceRequirement failed, ValueArray<string> evidence)
    {
        var detail = string.Create(CultureInfo.InvariantCulture, $"no value of {count} meets 'requires {failed.Check.RequirementText}'");
        var reason = failed.Check.FailureReason == Graph.UnknownReasons.WrongMethod ? MissingReason.WrongMethod : MissingReason.Unverified;
        return new ResolvedInput(input.Name, null, evidence.IsEmpty ? [] : evidence.Distinct().Order(StringComparer.Ordinal).ToValueArray(), reason, detail);
    }

    /// <summary>
    /// Runs the steps in order until the candidates agree; <c>agree on verdict</c> leaves them to the criteria. Notes each
    /// step tried and, for each candidate it sets aside, the step's number.
    /// </summary>
    private static List<int> Choose(
        InputDeclaration input, ValueArray<EvidencedValue> values, List<int> candidates, Dossier dossier, List<PolicyStepResult> tried, int?[] setAsideAt)
    {
        foreach (var step in input.ConflictSteps)
        {
            var before = candidates.Count;
            if (step.Kind == ConflictStepKind.AgreeOnVerdict)
            {
                tried.Add(new PolicyStepResult(step.Text, step.KindWord, before, before, ResolutionWords.LeftToCriteria));
                break;
            }

            var (kept, reason) = Apply(step, values, candidates, dossier);
            foreach (var i in candidates.Except(kept))
            {
                setAsideAt[i] = tried.Count + 1;
            }

            candidates = kept;
            tried.Add(new PolicyStepResult(step.Text, step.KindWord, before, kept.Count, reason));
            if (candidates.Count == 1 || AllAgree(values, candidates))
            {
                break;
            }
        }

        return candidates;
    }

    /// <summary>One step: the preferred candidates when some are preferred, all of them otherwise; and why.</summary>
    private static (List<int> Kept, string Reason) Apply(ConflictStep step, ValueArray<EvidencedValue> values, List<int> candidates, Dossier dossier)
    {
        switch (step.Kind)
        {
            case ConflictStepKind.PreferMethod:
                var method = new EvidenceCheck(EvidenceTest.Method, step.Methods);
                return Preferred(candidates, i => EvidenceChecks.Passes(method, values[i].EvidenceIds, dossier));
            case ConflictStepKind.PreferVerified:
                return Preferred(candidates, i => values[i].EvidenceIds.Any(id => dossier.EvidenceById(id)?.IsVerified == true));
            case ConflictStepKind.PreferLatest:
                var dated = candidates.Select(i => (i, date: LatestDate(values[i], dossier))).Where(x => x.date is not null).ToList();
                if (dated.Count == 0)
                {
                    return (candidates, ResolutionWords.NoneQualify);
                }

                var latest = dated.Max(x => x.date);
                var kept = dated.Where(x => x.date == latest).Select(x => x.i).ToList();
                return (kept, kept.Count == candidates.Count ? ResolutionWords.AllQualify : ResolutionWords.Preferred);
            default:
                return Extreme(values, candidates, step.Kind == ConflictStepKind.PreferHighest) is { } extreme
                    ? ([extreme], ResolutionWords.Extreme)
                    : (candidates, ResolutionWords.NotComparable);
        }
    }

    private static (List<int> Kept, string Reason) Preferred(List<int> candidates, Func<int, bool> preferred)
    {
        var kept = candidates.Where(preferred).ToList();
        return kept.Count == 0 ? (candidates, ResolutionWords.NoneQualify)
            : kept.Count == candidates.Count ? (candidates, ResolutionWords.AllQualify)
            : (kept, ResolutionWords.Preferred);
    }

    private static int? Extreme(ValueArray<EvidencedValue> values, List<int> candidates, bool highest)
    {
        var best = candidates[0];
        foreach (var candidate in candidates.Skip(1))
        {
            var order = ValueComparison.Order(values[candidate].Value, values[best].Value);
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

    private static bool AllAgree(ValueArray<EvidencedValue> values, List<int> candidates)
    {
        var first = values[candidates[0]].Value;
        return candidates.All(i => ValueComparison.AreEqual(values[i].Value, first) ?? values[i].Value.Equals(first));
    }

    private static ValueArray<string> EvidenceOf(ImmutableArray<EvidencedValue> values) => values.SelectMany(v => v.EvidenceIds).Distinct().Order(StringComparer.Ordinal).ToValueArray();

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
