using CsCheck;
using RubricEngine.NRules.Tests.Support;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.NRules.Tests;

/// <summary>
/// Property: for generated dossiers (random values, values on and beside the rubric's thresholds, missing
/// inputs, conflicting candidates, short lists), the NRules engine's decision JSON, trace included, is
/// byte-identical to the compiled engine's. At least 10,000 dossiers per shipped rubric.
/// </summary>
public class GeneratedDossierTests
{
    private const int Dossiers = 10_000;
    private const int CohortSize = 25;

    [Theory]
    [MemberData(nameof(Shipped.RubricFiles), MemberType = typeof(Shipped))]
    public void Screen_TenThousandGeneratedDossiers_NRulesEqualsCompiled(string file)
    {
        var rubric = Shipped.Rubric(file);
        var nrules = Shipped.Screener(rubric, "nrules");
        var compiled = Shipped.Screener(rubric, "compiled");
        var dossier = new DossierGen(rubric).Dossier();
        var screened = 0;

        if (rubric.IsCohortRubric)
        {
            dossier.Array[CohortSize].Sample(cohort =>
            {
                var expected = compiled.ScreenCohort(cohort);
                var actual = nrules.ScreenCohort(cohort);
                Interlocked.Add(ref screened, cohort.Length);
                return DecisionJson.SerializeAll(expected) == DecisionJson.SerializeAll(actual);
            }, iter: Dossiers / CohortSize);
        }
        else
        {
            dossier.Sample(d =>
            {
                Interlocked.Increment(ref screened);
                return DecisionJson.Serialize(compiled.Screen(d)) == DecisionJson.Serialize(nrules.Screen(d));
            }, iter: Dossiers);
        }

        Assert.True(screened >= Dossiers, $"{screened} dossiers screened");
    }

    [Theory]
    [MemberData(nameof(Shipped.RubricFiles), MemberType = typeof(Shipped))]
    public void Generator_ShippedRubric_ReachesEveryOutcomeKindOfTheCompiledEngine(string file)
    {
        // Guards the property above against a generator that only ever produces one kind of dossier.
        var rubric = Shipped.Rubric(file);
        var compiled = Shipped.Screener(rubric, "compiled");
        var outcomes = new HashSet<string>();
        new DossierGen(rubric).Dossier().Array[CohortSize].Sample(cohort =>
        {
            lock (outcomes)
            {
                outcomes.UnionWith(compiled.ScreenCohort(cohort).Select(d => d.Outcome));
            }
        }, iter: 40, threads: 1);

        Assert.True(outcomes.Count >= 2, $"only {string.Join(", ", outcomes)}");
    }
}
