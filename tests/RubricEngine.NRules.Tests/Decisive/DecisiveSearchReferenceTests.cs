using CsCheck;
using RubricEngine.Model.Dossiers;
using RubricEngine.NRules.Tests.Support;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Graph;

namespace RubricEngine.NRules.Tests.Decisive;

/// <summary>
/// The decisive-missing search evaluates only the cones of the unknown inputs, from results already known. Its
/// lists must be those of the plain search (<see cref="DecisiveInputsReference"/>: every trial evaluates the whole
/// graph again from the dossier) on the shipped samples and on generated dossiers with missing and conflicting
/// evidence, for every shipped rubric.
/// </summary>
public class DecisiveSearchReferenceTests
{
    private const int Generated = 600;
    private const int CohortSize = 20;

    [Theory]
    [MemberData(nameof(Shipped.RubricFiles), MemberType = typeof(Shipped))]
    public void Missing_SamplesAndGeneratedDossiers_EqualThePlainSearch(string file)
    {
        var rubric = Shipped.Rubric(file);
        var screener = Shipped.Screener(rubric, "compiled");
        var tally = new Tally();
        Check(screener, [.. Shipped.Samples(file, rubric)], tally);
        new DossierGen(rubric).Dossier().Array[CohortSize].Sample(cohort =>
        {
            Check(screener, cohort, tally);
            return true;
        }, iter: Generated / CohortSize, threads: 1);

        Assert.True(tally.Unknown > 0, $"{file}: no dossier left an input unknown; the comparison tested nothing");
        Assert.Empty(tally.Differences);
    }

    [Fact]
    public void Reference_DenominatorOfARatio_IsDecisiveAndAnUnreadInputIsNot()
    {
        // The reference must itself tell decisive from not, or the equality above proves nothing.
        var rubric = Build(TextRubric);
        var screener = Screening.Screener.Create(rubric);
        var dossier = screener.CreateReader().ReadText("""{"id": "d", "quick": false, "capacity": "50 MW"}""", "d.json", Screening.Dossiers.DossierFormat.Json).Single().Dossier!;

        var (expected, _) = Reference(screener, [dossier], dossier, screener.Screen(dossier));

        Assert.Equal(["area"], expected);
        Assert.Equal(["area", "spare"], screener.Screen(dossier).Unknown.Select(m => m.Input));
    }

    private const string TextRubric = """
        rubric routes version "1"
        outcome good
        outcome bad
        input quick: boolean optional
        input capacity: quantity in MW optional
        input area: quantity in m2 optional
        input spare: quantity in MW optional
        derived density = capacity / area in W/m2
        criterion quick_route when quick
        criterion dense_route when density > 5 W/m2
        criterion unread when spare > 1 MW
        classification
          good when quick_route or dense_route
          otherwise bad
        """;

    private static void Check(Screening.Screener screener, Dossier[] cohort, Tally tally)
    {
        var decisions = screener.Graph.IsCohort ? screener.ScreenCohort(cohort) : [.. cohort.Select(screener.Screen)];
        for (var i = 0; i < cohort.Length; i++)
        {
            var (expected, unknown) = Reference(screener, cohort, cohort[i], decisions[i]);
            tally.Unknown += unknown;
            var actual = decisions[i].Missing.Select(m => m.Input).ToArray();
            if (!expected.SequenceEqual(actual))
            {
                tally.Differences.Add($"{cohort[i].Id}: plain search [{string.Join(", ", expected)}], engine [{string.Join(", ", actual)}]");
            }
        }
    }

    /// <summary>The decisive inputs by the plain search, over the decision's own unknown list (which the search does not change).</summary>
    private static (string[] Decisive, int Unknown) Reference(Screening.Screener screener, Dossier[] cohort, Dossier dossier, Decision decision)
    {
        var graph = screener.Graph;
        var figures = graph.IsCohort ? CohortFigures.Compute(graph, cohort) : null;
        var results = new CompiledEngine(graph, screener.Identity, recordTrace: false).Evaluate(dossier, figures).ToArray();
        var search = new DecisiveInputsReference(graph, dossier, figures, results);
        var names = decision.Unknown.Select(m => m.Input).ToHashSet(StringComparer.Ordinal);
        var unknownNodes = graph.Inputs.Where(n => names.Contains(n.Name)).ToList();
        var undecided = graph.Classifications.Any(c => results[c.Id]!.Value is Model.Values.TextValue { Text: Model.Rubrics.Rubric.InsufficientEvidence });
        var decisive = new List<string>();
        if (names.Contains("assessment_date") && search.IsDateDecisive())
        {
            decisive.Add("assessment_date");
        }

        decisive.AddRange(unknownNodes.Where(n => search.IsDecisive(n, undecided, unknownNodes)).Select(n => n.Name));
        return ([.. decisive], names.Count);
    }

    private static Model.Rubrics.Rubric Build(string text)
    {
        var result = Language.RubricLoader.LoadText("routes.rubric", text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    private sealed class Tally
    {
        public int Unknown { get; set; }

        public List<string> Differences { get; } = [];
    }
}
