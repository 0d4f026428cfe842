using System.Globalization;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Text;
using RubricEngine.Model.Values;

namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>
/// GIB dossiers made up on the fly (seeded): five purpose flags and 19 ratings from 0.0 to 5.0 in tenths.
/// Some serve no purpose (decline at the gate), 1 in 50 leaves a rating out (insufficient evidence), and
/// 1 in 50 rates everything 3.5 or 2.5, which puts the total exactly on a threshold.
/// </summary>
public static class GibDossiers
{
    private const int Tenths = 51;

    // Entries are immutable, so one per (input, value) serves every dossier; a dossier costs its own array only.
    private static readonly Dictionary<string, DossierEntry[]> EntriesByInput = BuildEntries();
    private static readonly string[] SortedInputs = [.. GibRubric.Purposes.Concat(GibRubric.Ratings).Order(StringComparer.Ordinal)];
    private static readonly HashSet<string> PurposeSet = [.. GibRubric.Purposes];
    private static readonly string[] RatingInputs = [.. GibRubric.Ratings];

    public static IEnumerable<Dossier> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var d = 0; d < count; d++)
        {
            var kind = random.Next(100);
            var centre = 10 + random.Next(36); // 1.0 to 4.5
            var omitted = random.Next(50) == 0 ? RatingInputs[random.Next(RatingInputs.Length)] : null;
            var entries = new List<DossierEntry>(SortedInputs.Length);
            foreach (var input in SortedInputs)
            {
                if (PurposeSet.Contains(input))
                {
                    entries.Add(EntriesByInput[input][random.Next(4) == 0 ? 1 : 0]); // each purpose served 1 time in 4
                }
                else if (input != omitted)
                {
                    var tenths = kind switch
                    {
                        0 => 35, // flat at the fundable threshold
                        1 => 25, // flat at the conditional threshold
                        _ => Math.Clamp(centre + random.Next(-10, 11), 0, Tenths - 1),
                    };
                    entries.Add(EntriesByInput[input][tenths]);
                }
            }

            yield return new Dossier(string.Create(CultureInfo.InvariantCulture, $"G{d:D7}"), null, [.. entries], [], SourceSpan.None);
        }
    }

    private static Dictionary<string, DossierEntry[]> BuildEntries()
    {
        var entries = new Dictionary<string, DossierEntry[]>(StringComparer.Ordinal);
        foreach (var purpose in GibRubric.Purposes)
        {
            entries[purpose] = [Entry(purpose, new TruthValue(Truth.NotMet)), Entry(purpose, new TruthValue(Truth.Met))];
        }

        foreach (var rating in GibRubric.Ratings)
        {
            entries[rating] = [.. Enumerable.Range(0, Tenths).Select(t => Entry(rating, new NumberValue(new decimal(t, 0, 0, false, 1))))];
        }

        return entries;
    }

    private static DossierEntry Entry(string input, Value value) => new(input, [new EvidencedValue(value, [], SourceSpan.None)]);
}
