using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Screening.Tests.Support;

/// <summary>Screens JSON text the way a user would: read, then screen.</summary>
internal static class Screen
{
    public static Decision One(Rubric rubric, string json, ScreeningEngine engine = ScreeningEngine.Compiled)
    {
        var screener = Screener.Create(rubric, new ScreenerOptions { Engine = engine });
        var read = screener.CreateReader().ReadText(json, "test.json", DossierFormat.Json).Single();
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return screener.Screen(read.Dossier!);
    }

    public static BatchResult Batch(Rubric rubric, string text, DossierFormat format, string path = "batch", int threads = 1)
    {
        var screener = Screener.Create(rubric, new ScreenerOptions { Threads = threads });
        return screener.ScreenAll(screener.CreateReader().ReadText(text, path, format));
    }

    public static CriterionResult Criterion(this Decision decision, string name) => decision.Criteria.Single(c => c.Name == name);
}
