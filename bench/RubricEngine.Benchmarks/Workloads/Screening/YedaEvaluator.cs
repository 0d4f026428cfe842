using System.Collections.Frozen;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Values;

namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>
/// rubrics/yeda.rubric written by hand: what a developer would code instead of the engine, over the same
/// dossier model. Same decimal arithmetic in the same order (so totals on a threshold agree to the last digit)
/// and the same three-valued outcome rules, with null for unknown.
/// </summary>
public static class YedaEvaluator
{
    private const decimal TransferAt = 3.5m;
    private const decimal PatentFirstAt = 2.8m;

    // Deviation <= 1.2 is variance <= 1.44: the panel's variance is exact in decimal, so no square root is needed.
    private const decimal AgreementVariance = 1.44m;

    private static readonly FrozenDictionary<string, int> IndicatorByField =
        YedaRubric.Indicators.Select((name, i) => KeyValuePair.Create(name, i)).ToFrozenDictionary(StringComparer.Ordinal);

    public static string Outcome(Dossier dossier)
    {
        if (Panel(dossier) is not { } panel)
        {
            return Model.Rubrics.Rubric.InsufficientEvidence; // the quorum gate is unknown
        }

        var count = YedaRubric.Indicators.Count;
        Span<decimal> sums = stackalloc decimal[count];
        Span<int> scored = stackalloc int[count];
        Span<decimal> marketNeeds = stackalloc decimal[panel.Count];
        foreach (var record in panel)
        {
            foreach (var (field, value) in record.Fields)
            {
                if (value is NumberValue number && IndicatorByField.TryGetValue(field, out var i))
                {
                    if (i == YedaRubric.MarketNeeds)
                    {
                        marketNeeds[scored[i]] = number.Number;
                    }

                    sums[i] += number.Number;
                    scored[i]++;
                }
            }
        }

        var agree = ExpertsAgree(marketNeeds[..scored[YedaRubric.MarketNeeds]]);
        var total = Total(sums, scored);
        // The quorum gate is met: the panel has at least 10 records, or Panel would have returned null.
        switch (And(agree, AtLeast(total, TransferAt)))
        {
            case true:
                return "transfer";
            case null:
                return Model.Rubrics.Rubric.InsufficientEvidence; // an earlier tier that might have applied
        }

        return AtLeast(total, PatentFirstAt) switch
        {
            true => "patent_first",
            null => Model.Rubrics.Rubric.InsufficientEvidence,
            false => "decline",
        };
    }

    /// <summary>The panel's records, or null when it is missing, conflicting or short of the quorum.</summary>
    private static ValueArray<RecordValue>? Panel(Dossier dossier)
    {
        foreach (var entry in dossier.Entries)
        {
            if (entry.Input == YedaRubric.Panel && entry.Values.Count == 1 && entry.Values[0].Value is ListValue list)
            {
                return list.Records.Count >= YedaRubric.Quorum ? list.Records : null;
            }
        }

        return null;
    }

    /// <summary>Population variance of the market-needs scores against the limit; unknown below the quorum.</summary>
    private static bool? ExpertsAgree(ReadOnlySpan<decimal> scores)
    {
        if (scores.Length < YedaRubric.Quorum)
        {
            return null;
        }

        decimal sum = 0;
        foreach (var score in scores)
        {
            sum += score;
        }

        var mean = sum / scores.Length;
        decimal squares = 0;
        foreach (var score in scores)
        {
            squares += (score - mean) * (score - mean);
        }

        return squares / scores.Length <= AgreementVariance;
    }

    /// <summary>The weighted mean of the indicator means (one group of weight 1), or null when an indicator lacks the quorum.</summary>
    private static decimal? Total(ReadOnlySpan<decimal> sums, ReadOnlySpan<int> scored)
    {
        decimal weighted = 0, weights = 0;
        for (var i = 0; i < sums.Length; i++)
        {
            if (scored[i] < YedaRubric.Quorum)
            {
                return null;
            }

            weighted += YedaRubric.Weights[i] * (sums[i] / scored[i]);
            weights += YedaRubric.Weights[i];
        }

        var group = weighted / weights;
        return 1m * group / 1m; // the score over its one group, as the rubric nests it
    }

    private static bool? AtLeast(decimal? value, decimal threshold) => value is null ? null : value >= threshold;

    private static bool? And(bool? left, bool? right) =>
        left == false || right == false ? false : left is null || right is null ? null : true;
}
