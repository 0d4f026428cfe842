using RubricEngine.Language;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Explain.Tests.Fixtures;

/// <summary>
/// A small hydropower rubric in the DSL, loaded and screened as the CLI does, so the golden explanations
/// show real decisions and traces. Its examples are the dossiers.
/// </summary>
internal static class ScreenedSamples
{
    private const string Text = """
        rubric mini_hydro version "1.0"
          title en "Mini hydropower screen" zh "小型水电筛选"
          source "A test standard"

        outcome fundable
          title en "Fundable" zh "可投资"
        outcome decline
          title en "Decline"

        input lifecycle_emissions: quantity in gCO2e/kWh optional
          title en "Life-cycle emissions" zh "全生命周期排放"
        input fish_pass: boolean optional
          title en "Fish pass installed"
        input maturity_rating: decimal optional
          title en "Rating: maturity" zh "评分：成熟度"

        criterion low_emissions when lifecycle_emissions < 100 gCO2e/kWh
          title en "Life-cycle emissions below 100 gCO2e/kWh" zh "全生命周期排放低于100 gCO2e/kWh"
          cites "Clause 4.5 (1)(c)"
          explain en "Life-cycle emissions are {lifecycle_emissions}." zh "全生命周期排放为{lifecycle_emissions}。"
        gate biodiversity when fish_pass
          title en "Fish pass for migrating fish"
          cites "Appendix D"

        group technical weight 1
          title en "Technical" zh "技术"
          indicator maturity weight 1
            title en "Maturity" zh "成熟度"
            cites "Table 1"
            score maturity_rating

        score total is weighted mean

        classification
          fundable when low_emissions and total >= 3
          otherwise decline

        example "Run-of-river plant" assessed on 2026-01-15
          given lifecycle_emissions = 24 gCO2e/kWh from "LCA study" verified by "TUV SUD"
          given fish_pass = true
          given maturity_rating = 4
          expect outcome fundable

        example "Dam without fish pass evidence" assessed on 2026-01-15
          given lifecycle_emissions = 140 gCO2e/kWh from "Developer estimate"
          given maturity_rating = 2
          expect outcome decline
        """;

    private static readonly Lazy<(Rubric Rubric, IReadOnlyList<Decision> Decisions)> Screened = new(Screen);

    public static Rubric Rubric => Screened.Value.Rubric;

    public static IReadOnlyList<Decision> Decisions => Screened.Value.Decisions;

    /// <summary>The dossiers decided, in the order of <see cref="Decisions"/>.</summary>
    public static IReadOnlyList<Dossier> Dossiers => [.. Rubric.Examples.Select(e => e.Dossier)];

    private static (Rubric, IReadOnlyList<Decision>) Screen()
    {
        var loaded = RubricLoader.LoadDsl("mini-hydro.rubric", Text.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var screener = Screener.Create(loaded.Value!);
        return (loaded.Value!, [.. loaded.Value!.Examples.Select(e => screener.Screen(e.Dossier))]);
    }
}
