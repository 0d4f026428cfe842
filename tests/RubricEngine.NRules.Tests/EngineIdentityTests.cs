using RubricEngine.NRules.Tests.Support;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.NRules.Tests;

/// <summary>The NRules engine and the compiled engine give byte-identical decision JSON, traces included.</summary>
public class EngineIdentityTests
{
    [Theory]
    [MemberData(nameof(Shipped.RubricFiles), MemberType = typeof(Shipped))]
    public void Screen_EveryShippedSample_NRulesAndCompiledGiveIdenticalJson(string file)
    {
        var rubric = Shipped.Rubric(file);
        var samples = Shipped.Samples(file, rubric);
        Assert.NotEmpty(samples);

        var nrules = Shipped.Screener(rubric, "nrules");
        var compiled = Shipped.Screener(rubric, "compiled");
        var fromNRules = rubric.IsCohortRubric ? nrules.ScreenCohort(samples) : [.. samples.Select(nrules.Screen)];
        var fromCompiled = rubric.IsCohortRubric ? compiled.ScreenCohort(samples) : [.. samples.Select(compiled.Screen)];

        for (var i = 0; i < samples.Count; i++)
        {
            Assert.NotEmpty(fromNRules[i].Trace);
            Assert.Equal(DecisionJson.Serialize(fromCompiled[i]), DecisionJson.Serialize(fromNRules[i]));
        }
    }

    [Theory]
    [MemberData(nameof(Shipped.RubricFiles), MemberType = typeof(Shipped))]
    public void ScreenAll_TwoThreads_NRulesBatchEqualsCompiledBatch(string file)
    {
        var rubric = Shipped.Rubric(file);

        var fromNRules = Batch(Shipped.Screener(rubric, "nrules", threads: 2), file);
        var fromCompiled = Batch(Shipped.Screener(rubric, "compiled", threads: 2), file);

        Assert.NotEmpty(fromNRules);
        Assert.Equal(fromCompiled, fromNRules);
    }

    private static string Batch(Screening.Screener screener, string file)
    {
        var folder = Path.Combine(Shipped.Root, "samples", Path.GetFileNameWithoutExtension(file));
        var result = screener.ScreenAll(screener.CreateReader(Language.Dossiers.YamlDossierReader.Read).Read([folder]));
        return DecisionJson.SerializeAll(result.Decisions);
    }
}
