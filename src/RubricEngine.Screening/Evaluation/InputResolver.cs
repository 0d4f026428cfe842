using System.Globalization;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// Chooses one value per input: a single value, or values that agree, are used as given; values that
/// disagree go through the input's <see cref="ConflictPolicy"/>, and stay unknown when it cannot choose.
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

        var chosen = values.Count == 1 || AllAgree(values.Items) ? values.Items : Choose(input.Conflict, values.Items, dossier);
        var evidence = EvidenceOf(chosen.IsEmpty ? values.Items : chosen);
        if (chosen.IsEmpty)
        {
            var detail = string.Create(CultureInfo.InvariantCulture, $"{values.Count} values disagree: {string.Join(", ", values.Select(v => v.Value.ToDisplayString()))}");
            return new ResolvedInput(input.Name, null, evidence, MissingReason.Conflicting, detail);
        }

        var value = chosen[0].Value;
        if (value is ListValue list && input.MinimumCount is { } minimum && list.Records.Count < minimum)
        {
            var detail = string.Create(CultureInfo.InvariantCulture, $"{list.Records.Count} of at least {minimum} records");
            return new ResolvedInput(input.Name, null, evidence, MissingReason.TooFewRecords, detail);
        }

        return new ResolvedInput(input.Name, value, evidence, null, null);
    }

    private static System.Collections.Immutable.ImmutableArray<EvidencedValue> Choose(
        ConflictPolicy policy, System.Collections.Immutable.ImmutableArray<EvidencedValue> values, Dossier dossier)
    {
        switch (policy)
        {
            case ConflictPolicy.PreferVerified:
                var verified = values.Where(v => v.EvidenceIds.Any(id => dossier.EvidenceById(id)?.IsVerified == true)).ToArray();
                return verified.Length > 0 && AllAgree(verified) ? [.. verified] : [];
            case ConflictPolicy.PreferLatest:
                var dated = values.Select(v => (v, date: LatestDate(v, dossier))).Where(x => x.date is not null).ToArray();
                if (dated.Length == 0)
                {
                    return [];
                }

                var latest = dated.Max(x => x.date);
                var newest = dated.Where(x => x.date == latest).Select(x => x.v).ToArray();
                return AllAgree(newest) ? [.. newest] : [];
            case ConflictPolicy.Lowest or ConflictPolicy.Highest:
                var ordered = Extreme(values, policy == ConflictPolicy.Highest);
                return ordered is null ? [] : [ordered];
            default:
                return [];
        }
    }

    private static EvidencedValue? Extreme(System.Collections.Immutable.ImmutableArray<EvidencedValue> values, bool highest)
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

    private static ValueArray<string> EvidenceOf(System.Collections.Immutable.ImmutableArray<EvidencedValue> values)
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
