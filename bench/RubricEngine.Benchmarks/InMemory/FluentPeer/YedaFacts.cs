using System.Collections.Frozen;
using RubricEngine.Benchmarks.Workloads.Screening;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Values;

namespace RubricEngine.Benchmarks.InMemory.FluentPeer;

/// <summary>
/// A Yeda project as an NRules user would model it for hand-written rules: the expert panel's scores as plain
/// decimals, by expert, then indicator in rubric order. No units, no evidence states: a score is there or the
/// expert is not on the panel.
/// </summary>
public sealed class YedaProject
{
    private static readonly FrozenDictionary<string, int> IndicatorByField =
        YedaRubric.Indicators.Select((name, i) => KeyValuePair.Create(name, i)).ToFrozenDictionary(StringComparer.Ordinal);

    public YedaProject(string id, decimal[][] scores)
    {
        Id = id;
        Scores = scores;
    }

    public string Id { get; }

    /// <summary>Scores[expert][indicator].</summary>
    public decimal[][] Scores { get; }

    public int Experts => Scores.Length;

    /// <summary>The project of a dossier: the panel's numeric scores (the benchmark's panels are complete).</summary>
    public static YedaProject From(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        foreach (var entry in dossier.Entries)
        {
            if (entry.Input == YedaRubric.Panel && entry.Values.Count == 1 && entry.Values[0].Value is ListValue list)
            {
                var scores = new decimal[list.Records.Count][];
                for (var e = 0; e < scores.Length; e++)
                {
                    scores[e] = new decimal[YedaRubric.Indicators.Count];
                    foreach (var (field, value) in list.Records[e].Fields)
                    {
                        if (value is NumberValue number && IndicatorByField.TryGetValue(field, out var i))
                        {
                            scores[e][i] = number.Number;
                        }
                    }
                }

                return new YedaProject(dossier.Id, scores);
            }
        }

        return new YedaProject(dossier.Id, []);
    }
}

/// <summary>The panel's weighted mean of indicator means.</summary>
public sealed record PanelTotal(YedaProject Project, decimal Value);

/// <summary>Whether the experts agree on market needs (standard deviation at most 1.2).</summary>
public sealed record MarketAgreement(YedaProject Project, bool Agree);

/// <summary>The project's outcome, with the total it was decided on (null when the panel is short).</summary>
public sealed record YedaOutcome(YedaProject Project, string Outcome, decimal? Total);

/// <summary>The arithmetic the rules call, in the same decimal order as the rubric engine (so totals on a threshold agree).</summary>
public static class YedaMath
{
    public const int Quorum = 10;

    public static decimal WeightedMean(YedaProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        decimal weighted = 0, weights = 0;
        for (var i = 0; i < YedaRubric.Indicators.Count; i++)
        {
            decimal sum = 0;
            foreach (var expert in project.Scores)
            {
                sum += expert[i];
            }

            weighted += YedaRubric.Weights[i] * (sum / project.Experts);
            weights += YedaRubric.Weights[i];
        }

        return 1m * (weighted / weights) / 1m; // the score over its one group of weight 1, as the rubric nests it
    }

    /// <summary>Population variance of the market-needs scores; deviation &lt;= 1.2 is variance &lt;= 1.44, exact in decimal.</summary>
    public static decimal MarketNeedsVariance(YedaProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        decimal sum = 0;
        foreach (var expert in project.Scores)
        {
            sum += expert[YedaRubric.MarketNeeds];
        }

        var mean = sum / project.Experts;
        decimal squares = 0;
        foreach (var expert in project.Scores)
        {
            var d = expert[YedaRubric.MarketNeeds] - mean;
            squares += d * d;
        }

        return squares / project.Experts;
    }
}
