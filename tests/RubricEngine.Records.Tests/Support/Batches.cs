using RubricEngine.Language;
using RubricEngine.Language.Dossiers;
using RubricEngine.Records.Recording;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;

namespace RubricEngine.Records.Tests.Support;

/// <summary>Screens shipped samples in-process and records them, as <c>screen --record</c> does.</summary>
internal static class Batches
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every shipped rubric with its sample folders (valid and invalid dossiers).</summary>
    public static readonly (string Rubric, string[] Samples)[] Shipped =
    [
        ("eu-taxonomy.rubric", ["samples/eu-taxonomy", "samples/invalid/eu-taxonomy"]),
        ("gib.rubric", ["samples/gib", "samples/invalid/gib"]),
        ("survey-cohort.rubric", ["samples/survey-cohort"]),
        ("yeda.rubric", ["samples/yeda", "samples/invalid/yeda"]),
        ("yeda.yaml", ["samples/yeda"]),
        ("survey-cohort.rubric", ["samples/excel"]),
    ];

    public static Screener Screener(string rubric, bool renderJsonLines = false)
    {
        var loaded = RubricLoader.LoadFile(Path.Combine(Root, "rubrics", rubric));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return RubricEngine.Screening.Screener.Create(loaded.Value!, new ScreenerOptions { RenderJsonLines = renderJsonLines, RenderDossierContent = renderJsonLines });
    }

    public static RunStart Start(Screener screener, string rubric, string[] samples) =>
        new(screener, rubric, File.ReadAllText(Path.Combine(Root, "rubrics", rubric)), samples);

    /// <summary>Records a whole batch; returns the run id and the items recorded.</summary>
    public static (string RunId, int Items) Record(string target, string rubric, string[] samples, int groupSize = DecisionStore.DefaultGroupSize, bool renderJsonLines = false)
    {
        var screener = Screener(rubric, renderJsonLines);
        using var store = TestStores.Open(target, create: true);
        using var recorder = store.StartRun(Start(screener, rubric, samples), groupSize);
        var items = RecordAll(screener, recorder, samples);
        return (recorder.RunId, items);
    }

    /// <summary>
    /// Screens and records the samples as <c>screen --record</c> does, and completes the run: on a resume, only
    /// what the recorder has not committed (a cohort whole, its committed members checked first). Stops
    /// without completing after <paramref name="stopAfter"/> items, as a crash would. Returns the items recorded.
    /// </summary>
    public static int RecordAll(Screener screener, RunRecorder recorder, string[] samples, int? stopAfter = null)
    {
        var started = DateTimeOffset.UtcNow;
        var read = screener.CreateReader(YamlDossierReader.Read).Read(samples.Select(s => Path.Combine(Root, s)));
        IEnumerable<ScreeningItem> items;
        if (screener.Rubric.IsCohortRubric)
        {
            var cohort = screener.ScreenBatch(read).ToList();
            Assert.Empty(recorder.CheckCommitted(cohort));
            items = cohort.Where(i => !recorder.IsCommitted(i.Source));
        }
        else
        {
            items = screener.ScreenBatch(recorder.Pending(read));
        }

        var summary = default(ScreeningSummary);
        var count = 0;
        foreach (var item in items)
        {
            if (count == stopAfter)
            {
                return count;
            }

            recorder.Record(item);
            summary = item.Skipped ? summary with { Skipped = summary.Skipped + 1 }
                : item.Failed ? summary with { Failed = summary.Failed + 1 }
                : summary with { Screened = summary.Screened + 1 };
            count++;
        }

        recorder.Complete(new ScreeningEnvelope(screener.Identity, summary, started, DateTimeOffset.UtcNow, screener.WorkerThreads, screener.Options.Engine));
        return count;
    }

    /// <summary>A run's decision and error records as (kind, dossier, source, payload), in record order: what two runs must share byte for byte.</summary>
    public static List<(string Kind, string? Dossier, string? Source, string Payload)> Items(string target, string runId)
    {
        using var store = TestStores.Open(target);
        return [.. store.RecordsOf(runId).Where(r => r.Kind is "decision" or "error").Select(r => (r.Kind, r.DossierId, r.Source, r.Payload))];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RubricEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root.");
    }
}
