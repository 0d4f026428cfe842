using RubricEngine.Language;
using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;

namespace RubricEngine.NRules.Tests.Support;

/// <summary>The shipped rubrics and their sample dossiers, read the way the CLI reads them.</summary>
internal static class Shipped
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every shipped rubric file, by file name.</summary>
    public static TheoryData<string> RubricFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Root, "rubrics")).Where(RubricLoader.IsRubricPath).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    public static Rubric Rubric(string file)
    {
        var result = RubricLoader.LoadFile(Path.Combine(Root, "rubrics", file));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    /// <summary>The sample dossiers of a rubric file (samples/&lt;file name&gt;/), plus the invalid samples that still bind.</summary>
    public static IReadOnlyList<Dossier> Samples(string file, Rubric rubric)
    {
        var screener = Screening.Screener.Create(rubric);
        var stem = Path.GetFileNameWithoutExtension(file);
        var folders = new[] { stem, Path.Combine("invalid", stem) }
            .Select(f => Path.Combine(Root, "samples", f))
            .Where(Directory.Exists)
            .ToArray();
        return [.. screener.CreateReader(YamlDossierReader.Read).Read(folders).Where(r => r.Dossier is not null).Select(r => r.Dossier!)];
    }

    public static Screener Screener(Rubric rubric, string engine, int threads = 1) =>
        Screening.Screener.Create(rubric, new ScreenerOptions { Threads = threads }.ForEngine(engine));

    private static string FindRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "RubricEngine.sln")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("RubricEngine.sln not found above the test binaries.");
        }

        return folder;
    }
}
