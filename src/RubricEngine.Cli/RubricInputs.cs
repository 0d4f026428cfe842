using RubricEngine.Language;
using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.NRules;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Cli;

/// <summary>Loads what the screening commands share: the rubric, its screener, its dossier reader.</summary>
internal static class RubricInputs
{
    /// <summary>The rubric, or null after printing its diagnostics.</summary>
    public static Rubric? LoadRubric(CliConsole console, string path)
    {
        var result = RubricLoader.LoadFile(path);
        console.Report(result.Diagnostics.Where(d => d.IsError));
        return result.Succeeded ? result.Value : null;
    }

    /// <summary>
    /// A screener for the rubric, with the given thread count (0 = all cores) and engine (NRules by default); for JSON
    /// Lines output, its workers also render each decision's line.
    /// </summary>
    public static Screener CreateScreener(Rubric rubric, int threads = 0, string engine = "nrules", bool renderJsonLines = false, bool renderDossierContent = false) =>
        Screener.Create(rubric, new ScreenerOptions { Threads = threads, RenderJsonLines = renderJsonLines, RenderDossierContent = renderDossierContent }.ForEngine(engine));

    /// <summary>Screener options for an engine name as <c>--engine</c> and decision records spell it.</summary>
    public static ScreenerOptions EngineOptions(string engine) => new ScreenerOptions().ForEngine(engine);

    /// <summary>A dossier reader that understands YAML, JSON and CSV.</summary>
    public static DossierReader CreateReader(Screener screener) => screener.CreateReader(YamlDossierReader.Read);
}
