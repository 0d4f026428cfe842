using CsCheck;
using RubricEngine.Language;
using RubricEngine.NRules.Tests.Support;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.NRules.Tests;

/// <summary>
/// The language's constructs (tests/fixtures/constructs: conditionals, fallbacks, counts, filters, per-record
/// levels, cohort figures) give byte-identical decision JSON, traces included, on the NRules and the compiled
/// engine, for generated dossiers.
/// </summary>
public class ConstructIdentityTests
{
    private const int Dossiers = 2_000;
    private const int CohortSize = 20;

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Shipped.Root, "tests", "fixtures", "constructs"), "*.rubric").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Screen_GeneratedDossiers_NRulesEqualsCompiled(string file)
    {
        var loaded = RubricLoader.LoadFile(Path.Combine(Shipped.Root, "tests", "fixtures", "constructs", file));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var rubric = loaded.Value!;
        var nrules = Shipped.Screener(rubric, "nrules");
        var compiled = Shipped.Screener(rubric, "compiled");
        var outcomes = new HashSet<string>();
        var screened = 0;
        new DossierGen(rubric).Dossier().Array[CohortSize].Sample(cohort =>
        {
            var expected = rubric.IsCohortRubric ? compiled.ScreenCohort(cohort) : [.. cohort.Select(compiled.Screen)];
            var actual = rubric.IsCohortRubric ? nrules.ScreenCohort(cohort) : [.. cohort.Select(nrules.Screen)];
            lock (outcomes)
            {
                outcomes.UnionWith(expected.Select(d => d.Outcome));
            }

            Interlocked.Add(ref screened, cohort.Length);
            return DecisionJson.SerializeAll(expected) == DecisionJson.SerializeAll(actual);
        }, iter: Dossiers / CohortSize);

        Assert.True(screened >= Dossiers, $"{screened} dossiers screened");
        Assert.True(outcomes.Count >= 2, $"the generator reached only {string.Join(", ", outcomes)}");
    }
}
