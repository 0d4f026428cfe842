using System.Globalization;
using RubricEngine.Authoring.Impact;
using RubricEngine.Benchmarks.Quick;
using RubricEngine.Benchmarks.Workloads.Screening;
using RubricEngine.Language;
using RubricEngine.Language.Dossiers;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Benchmarks.Workloads.Impact;

/// <summary>
/// <c>rubric impact</c> against a plain screening: the same generated Yeda JSON Lines file, screened once under the
/// shipped rubric (the baseline) and run through the impact analysis of the README's revision
/// (<c>samples/revisions/yeda-0.2.rubric</c>: a weight and a threshold edit, which change the score of nearly
/// every dossier, so nearly every dossier is screened again under both single-edit variants). Both sides read the
/// file and count the dossiers they saw. The extra line gives the cost per dossier of each and their ratio.
/// </summary>
public sealed class ImpactWorkload : IWorkload
{
    public string Name => "impact_yeda";

    public IReadOnlyList<int> QuickSizes { get; } = [10_000];

    public IWorkloadRun Prepare(int size) => new ImpactRun(size);
}

/// <summary>One size of <see cref="ImpactWorkload"/>; the dossier file is written before any timing.</summary>
public sealed class ImpactRun : IWorkloadRun, IReportsThroughput
{
    private readonly int _size;
    private readonly string _file;
    private readonly Rubric _old = ShippedRubrics.Load("yeda.rubric");
    private readonly Rubric _new;
    private int _changed;

    public ImpactRun(int size)
    {
        _size = size;
        var folder = Path.Combine(Path.GetTempPath(), "rubric-bench-impact");
        Directory.CreateDirectory(folder);
        _file = Path.Combine(folder, $"yeda-{size}-{Guid.NewGuid():N}.jsonl");
        EndToEnd.YedaJsonl.Generate(_file, size);

        // The file lives as long as the process that measures with it (a run has no end hook of its own).
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(_file);
        var revision = Path.Combine(ShippedRubrics.RepositoryRoot(), "samples", "revisions", "yeda-0.2.rubric");
        _new = RubricLoader.LoadFile(revision).Value ?? throw new InvalidOperationException($"{revision} does not load");
    }

    public string SizeLabel => _size.ToString(CultureInfo.InvariantCulture);

    public int FactCount => _size;

    /// <summary>The impact analysis; returns the dossiers it saw.</summary>
    public long RunEngine()
    {
        var report = ImpactAnalysis.Run("old", _old, "new", _new, [_file]);
        _changed = report.Changes.Count;
        return report.Dossiers;
    }

    /// <summary>A plain screening of the same file under the old version, with the same engine and threads; returns the dossiers it saw.</summary>
    public long RunBaseline()
    {
        var screener = RubricEngine.Screening.Screener.Create(_old);
        return screener.ScreenBatch(screener.CreateReader(YamlDossierReader.Read).Read([_file])).Count(i => !i.Skipped);
    }

    public string Report(double engineMs, double baselineMs) => string.Create(CultureInfo.InvariantCulture,
        $"workload=impact_yeda n={_size} changed={_changed} edits_screened_alone=2 plain_us_per_dossier={baselineMs * 1000 / _size:F1} impact_us_per_dossier={engineMs * 1000 / _size:F1} ratio={engineMs / Math.Max(baselineMs, 1e-6):F2} threads={Environment.ProcessorCount}");
}
