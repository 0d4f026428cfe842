using RubricEngine.Language;
using RubricEngine.Model.Rubrics;
using RubricEngine.NRules.Tests.Support;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.NRules.Tests.Evidence;

/// <summary>Screens JSON dossiers on both engines and checks that their decision JSON is byte-identical.</summary>
internal static class BothEngines
{
    public static Rubric Load(string text)
    {
        var loaded = RubricLoader.LoadText("test.rubric", text);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.Value!;
    }

    /// <summary>The compiled engine's decisions, after asserting the NRules engine wrote the same bytes.</summary>
    public static IReadOnlyList<Decision> Screen(Rubric rubric, string json)
    {
        var decisions = new Dictionary<string, IReadOnlyList<Decision>>();
        foreach (var engine in new[] { "compiled", "nrules" })
        {
            var screener = Shipped.Screener(rubric, engine);
            var reads = screener.CreateReader().ReadText(json, "test.json", DossierFormat.Json).ToList();
            Assert.All(reads, r => Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics)));
            decisions[engine] = [.. reads.Select(r => screener.Screen(r.Dossier!))];
        }

        Assert.Equal(DecisionJson.SerializeAll(decisions["compiled"]), DecisionJson.SerializeAll(decisions["nrules"]));
        return decisions["compiled"];
    }

    public static CriterionResult Criterion(this Decision decision, string name) => decision.Criteria.Single(c => c.Name == name);

    public static string Verdict(this Decision decision, string name) => decision.Criterion(name).VerdictWord;
}
