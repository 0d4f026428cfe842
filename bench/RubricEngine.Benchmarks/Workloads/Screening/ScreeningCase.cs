using RubricEngine.Model.Dossiers;

namespace RubricEngine.Benchmarks.Workloads.Screening;

/// <summary>One rubric to screen: its file, how to make its dossiers, and its hand-written evaluator.</summary>
/// <param name="Name">The workload name.</param>
/// <param name="RubricFile">The file in <c>rubrics/</c>.</param>
/// <param name="QuickSizes">Dossiers per batch in quick mode.</param>
/// <param name="Generate">A lazy, seeded sequence of n dossiers.</param>
/// <param name="Baseline">The hand-written evaluator: a dossier's outcome.</param>
/// <param name="FactsPerDossier">Facts the engine is given per dossier (the dossier and one per input).</param>
/// <param name="Engine">The engine, by its <c>--engine</c> name.</param>
public sealed record ScreeningCase(
    string Name, string RubricFile, IReadOnlyList<int> QuickSizes, Func<int, IEnumerable<Dossier>> Generate, Func<Dossier, string> Baseline, int FactsPerDossier,
    string Engine = "compiled")
{
    private static readonly Lazy<InMemory.FluentPeer.YedaFluentPeer> FluentRules = new(() => new InMemory.FluentPeer.YedaFluentPeer());

    public static ScreeningCase Yeda { get; } =
        new("screen_yeda", "yeda.rubric", ScreeningSizes.Quick, n => YedaDossiers.Generate(n), YedaEvaluator.Outcome, 2);

    /// <summary>Yeda on the NRules engine, against the hand-written NRules Fluent rules of Yeda (a fresh session per dossier).</summary>
    public static ScreeningCase YedaNRules { get; } =
        new("screen_yeda_nrules", "yeda.rubric", ScreeningSizes.Quick, n => YedaDossiers.Generate(n), d => FluentRules.Value.Decide(d).Outcome, 2, "nrules");

    public static ScreeningCase Gib { get; } =
        new("screen_gib", "gib.rubric", ScreeningSizes.Quick, n => GibDossiers.Generate(n), GibEvaluator.Outcome, 25);
}
