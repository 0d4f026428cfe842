using System.Globalization;
using System.Runtime.InteropServices;
using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;
using RubricEngine.Model.Values;

namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>
/// Yeda dossiers made up on the fly (seeded, so every enumeration gives the same ones): a panel of 10 experts
/// scoring 20 indicators from 1 to 5. A lazy sequence, so a batch of any size holds only what is in flight.
/// The mix reaches every outcome, and some panels sit exactly on the 3.5 and 2.8 thresholds.
/// </summary>
public static class YedaDossiers
{
    private static readonly NumberValue[] Whole = [.. Enumerable.Range(0, 6).Select(n => new NumberValue(n))];
    private static readonly NumberValue AtTransfer = new(3.5m);
    private static readonly NumberValue AtPatentFirst = new(2.8m);

    // Record fields are sorted by name, as the dossier reader sorts them; this maps each sorted slot to an indicator.
    private static readonly string[] SortedFields = [.. YedaRubric.Indicators.Append(YedaRubric.Expert).Order(StringComparer.Ordinal)];
    private static readonly int[] IndicatorOfSlot = [.. SortedFields.Select(f => IndexOf(YedaRubric.Indicators, f))];

    /// <param name="count">How many dossiers.</param>
    /// <param name="seed">The seed; the same seed gives the same dossiers.</param>
    /// <param name="shortPanelEvery">Every n-th panel has one expert too few (0: never); for tests of the quorum edge.</param>
    public static IEnumerable<Dossier> Generate(int count, int seed = 42, int shortPanelEvery = 0)
    {
        var random = new Random(seed);
        var scores = new NumberValue[YedaRubric.Indicators.Count];
        for (var d = 0; d < count; d++)
        {
            var experts = shortPanelEvery > 0 && d % shortPanelEvery == shortPanelEvery - 1 ? YedaRubric.Quorum - 1 : YedaRubric.Quorum;
            var kind = random.Next(100);
            var centre = 1.5 + (random.NextDouble() * 3.2);
            var records = new RecordValue[experts];
            for (var e = 0; e < experts; e++)
            {
                for (var i = 0; i < scores.Length; i++)
                {
                    scores[i] = kind switch
                    {
                        < 2 => AtTransfer, // a flat panel: total and indicator means exactly 3.5
                        < 4 => AtPatentFirst,
                        < 12 when i == YedaRubric.MarketNeeds => Whole[e % 2 == 0 ? 1 : 5], // experts disagree: deviation 2
                        _ => Whole[Math.Clamp((int)Math.Round(centre + random.NextDouble() * 2 - 1), 1, 5)],
                    };
                }

                records[e] = Record(e, scores);
            }

            yield return Dossier(d, records);
        }
    }

    private static RecordValue Record(int expert, NumberValue[] scores)
    {
        var fields = new KeyValuePair<string, Value>[SortedFields.Length];
        for (var slot = 0; slot < fields.Length; slot++)
        {
            Value value = IndicatorOfSlot[slot] < 0 ? new TextValue(ExpertName(expert)) : scores[IndicatorOfSlot[slot]];
            fields[slot] = KeyValuePair.Create(SortedFields[slot], value);
        }

        return new RecordValue(Wrap(fields));
    }

    private static Dossier Dossier(int index, RecordValue[] records)
    {
        var panel = new EvidencedValue(new ListValue(Wrap(records)), [], SourceSpan.None);
        var entry = new DossierEntry(YedaRubric.Panel, [panel]);
        return new Dossier(string.Create(CultureInfo.InvariantCulture, $"Y{index:D7}"), null, [entry], [], SourceSpan.None);
    }

    private static string ExpertName(int expert) => string.Create(CultureInfo.InvariantCulture, $"E{expert + 1:D2}");

    // No copy: the array is never touched again.
    private static ValueArray<T> Wrap<T>(T[] items) => new(ImmutableCollectionsMarshal.AsImmutableArray(items));

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
