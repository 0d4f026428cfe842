using System.Collections.Frozen;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;

namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>
/// rubrics/gib.rubric written by hand over the same dossier model: the green-purpose gate, group subtotals as
/// weighted means of their ratings, the total as the weighted mean of the groups (decimal, in the engine's
/// order) and the tiers, with null for unknown.
/// </summary>
public static class GibEvaluator
{
    private const decimal FundableAt = 3.5m;
    private const decimal ConditionalAt = 2.5m;

    private static readonly FrozenDictionary<string, int> PurposeIndex =
        GibRubric.Purposes.Select((name, i) => KeyValuePair.Create(name, i)).ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> RatingIndex =
        GibRubric.Ratings.Select((name, i) => KeyValuePair.Create(name, i)).ToFrozenDictionary(StringComparer.Ordinal);

    public static string Outcome(Dossier dossier)
    {
        Span<Truth> purposes = stackalloc Truth[GibRubric.Purposes.Count];
        purposes.Fill(Truth.Unknown);
        Span<decimal> ratings = stackalloc decimal[RatingIndex.Count];
        Span<bool> rated = stackalloc bool[RatingIndex.Count];
        foreach (var entry in dossier.Entries)
        {
            if (entry.Values.Count != 1)
            {
                continue; // several values: this rubric's inputs have no conflict policy, so they stay unknown
            }

            var value = entry.Values[0].Value;
            if (value is TruthValue truth && PurposeIndex.TryGetValue(entry.Input, out var p))
            {
                purposes[p] = truth.Truth;
            }
            else if (value is NumberValue number && RatingIndex.TryGetValue(entry.Input, out var r))
            {
                ratings[r] = number.Number;
                rated[r] = true;
            }
        }

        switch (AnyOf(purposes))
        {
            case Truth.NotMet:
                return "decline"; // the gate fails: the fallback outranks missing ratings
            case Truth.Unknown:
                return Model.Rubrics.Rubric.InsufficientEvidence;
        }

        return Total(ratings, rated) switch
        {
            null => Model.Rubrics.Rubric.InsufficientEvidence,
            >= FundableAt => "fundable",
            >= ConditionalAt => "conditional",
            _ => "decline",
        };
    }

    private static Truth AnyOf(ReadOnlySpan<Truth> purposes)
    {
        var any = Truth.NotMet;
        foreach (var purpose in purposes)
        {
            any = purpose > any ? purpose : any; // Kleene or: the greatest of NotMet < Unknown < Met
        }

        return any;
    }

    /// <summary>Weighted mean (all weights 1) of the group subtotals, each the weighted mean of its ratings; null if one is missing.</summary>
    private static decimal? Total(ReadOnlySpan<decimal> ratings, ReadOnlySpan<bool> rated)
    {
        decimal total = 0, groupWeights = 0;
        var next = 0;
        foreach (var group in GibRubric.Groups)
        {
            decimal sum = 0, weights = 0;
            for (var i = next; i < next + group.Count; i++)
            {
                if (!rated[i])
                {
                    return null;
                }

                sum += 1m * ratings[i];
                weights += 1m;
            }

            next += group.Count;
            total += 1m * (sum / weights);
            groupWeights += 1m;
        }

        return total / groupWeights;
    }
}
