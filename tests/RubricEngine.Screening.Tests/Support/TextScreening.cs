using RubricEngine.Language;
using RubricEngine.Screening.Decisions;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Screening.Tests.Support;

/// <summary>Loads a rubric text and screens JSON dossiers against it, asserting that both load.</summary>
internal static class TextScreening
{
    public static Screener Screener(string rubricText)
    {
        var loaded = RubricLoader.LoadText("t.rubric", rubricText);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return Screening.Screener.Create(loaded.Value!);
    }

    public static Decision Screen(string rubricText, string json) => Screen(Screener(rubricText), json);

    public static Decision Screen(Screener screener, string json)
    {
        var read = screener.CreateReader().ReadText(json, "d.json", DossierFormat.Json).Single();
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return screener.Screen(read.Dossier!);
    }

    /// <summary>Screens a JSON array of dossiers as one cohort.</summary>
    public static IReadOnlyList<Decision> ScreenCohort(string rubricText, string json)
    {
        var screener = Screener(rubricText);
        var reads = screener.CreateReader().ReadText(json, "d.json", DossierFormat.Json).ToList();
        Assert.All(reads, r => Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics)));
        return screener.ScreenCohort([.. reads.Select(r => r.Dossier!)]);
    }

    public static (string Result, string? Value) Step(Decision decision, string rule) =>
        decision.Trace.Single(s => s.Rule == rule) is var step ? (step.Result, step.Value) : default;
}
