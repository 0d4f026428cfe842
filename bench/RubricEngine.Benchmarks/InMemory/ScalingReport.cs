using System.Diagnostics;
using System.Globalization;
using System.Text;
using RubricEngine.Benchmarks.Workloads.Screening;
using RubricEngine.Language;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.NRules;
using RubricEngine.Screening;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Benchmarks.InMemory;

/// <summary>
/// Two scaling figures. Cohorts: rubrics/survey-cohort.rubric over generated regions (ranks, top-n, percentiles and
/// a cohort mean), a cohort of 10x the dossiers must cost at most 12x. Compiling: a generated rubric of 1,000
/// criteria compiled by each engine. <c>--report scaling [SMALL] [LARGE] [CRITERIA]</c>; <c>RUBRIC_BENCH_ENGINES</c>
/// (<see cref="Engines.Variable"/>) limits it to some engines.
/// </summary>
public static class ScalingReport
{
    // engines: the engines to measure; null reads RUBRIC_BENCH_ENGINES (every engine when it is unset).
    public static void Run(TextWriter output, int small = 10_000, int large = 100_000, int criteria = 1_000, IReadOnlySet<string>? engines = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        engines ??= Engines.FromEnvironment();
        var rubric = ShippedRubrics.Load("survey-cohort.rubric");
        foreach (var (engine, options) in Engines.All.Where(e => engines is null || engines.Contains(e.Name)))
        {
            var screener = Screener.Create(rubric, options);
            var few = Regions(screener, small);
            var many = Regions(screener, large);
            screener.ScreenCohort(few); // warm-up
            var smallSeconds = Best(() => screener.ScreenCohort(few).Count);
            var largeSeconds = Best(() => screener.ScreenCohort(many).Count);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"workload=cohort_survey engine={engine} small={small} large={large} small_s={smallSeconds:F3} large_s={largeSeconds:F3} ratio={largeSeconds / smallSeconds:F2}"));

            // The same cohorts through ScreenBatch, as the CLI screens them: figures computed once, decisions streamed
            // rather than all held (ScreenCohort returns every decision with its trace: hundreds of MB at 100,000).
            var smallStream = Best(() => Streamed(screener, few));
            var largeStream = Best(() => Streamed(screener, many));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"workload=cohort_survey_stream engine={engine} small={small} large={large} small_s={smallStream:F3} large_s={largeStream:F3} ratio={largeStream / smallStream:F2}"));
        }

        var generated = GeneratedRubric(criteria);
        foreach (var (engine, _, compile) in Compilers.Where(c => engines is null || engines.Contains(c.Engine)))
        {
            compile(generated); // warm-up: the compiler's own code is jitted once per process
            var seconds = Best(() => compile(generated));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"workload=compile_rubric engine={engine} criteria={criteria} seconds={seconds:F3}"));
        }
    }

    /// <summary>Each engine's compilation of a rubric into what it screens with (the engine it belongs to, for the
    /// filter); the checksum is a count.</summary>
    public static IReadOnlyList<(string Name, string Engine, Func<Rubric, long> Compile)> Compilers { get; } =
    [
        ("compiled", "compiled", rubric => Screener.Create(rubric).Rubric.Criteria.Count),
        // The rubric into NRules rule definitions, then NRules' own compiler into a session factory.
        ("nrules", "nrules", rubric => RubricRules.Compile(rubric).CompileSessionFactory().GetSchema().Nodes.Count),
        // The same rules with NRules' default expression compiler (LambdaExpression.Compile), side by side.
        ("nrules_framework_expressions", "nrules", rubric => new global::NRules.RuleCompiler().Compile(RubricRules.Compile(rubric).Rules).GetSchema().Nodes.Count),
    ];

    private static long Streamed(Screener screener, IReadOnlyList<Dossier> cohort)
    {
        long decided = 0;
        foreach (var item in screener.ScreenBatch(InMemoryReport.Reads(cohort)))
        {
            decided += item.Decision is null ? 0 : 1;
        }

        return decided;
    }

    /// <summary>n regions with seeded figures, read from CSV as users give them.</summary>
    public static IReadOnlyList<Dossier> Regions(Screener screener, int count, int seed = 7)
    {
        ArgumentNullException.ThrowIfNull(screener);
        var random = new Random(seed);
        var csv = new StringBuilder("id,region,rd_funding_100m_cny,rd_funding_intensity_pct,rd_staff_10k,patents,new_product_sales_100m_cny,new_product_exports_100m_usd\n");
        for (var i = 0; i < count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"r{i},Region {i},{random.Next(1, 1_000_000) / 10_000m},{random.Next(1, 300) / 100m},{random.Next(1, 30_000) / 10_000m},{random.Next(0, 6_000)},{random.Next(1, 7_000_000) / 10_000m},{random.Next(0, 400_000) / 10_000m}\n");
        }

        var reads = screener.CreateReader().ReadText(csv.ToString(), "regions.csv", DossierFormat.Csv).ToList();
        return [.. reads.Select(r => r.Dossier ?? throw new InvalidDataException(string.Join("; ", r.Diagnostics)))];
    }

    /// <summary>A rubric of n criteria over 20 inputs, all of them needed for <c>pass</c>.</summary>
    public static Rubric GeneratedRubric(int criteria)
    {
        var text = new StringBuilder("rubric generated version \"1\"\n  title en \"Generated rubric\"\n\noutcome pass\n  title en \"Pass\"\noutcome fail\n  title en \"Fail\"\n\n");
        for (var i = 0; i < 20; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"input x{i}: decimal\n");
        }

        for (var i = 0; i < criteria; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"criterion c{i} when x{i % 20} + x{(i * 7) % 20} > {i % 97}\n");
        }

        text.Append("\nclassification\n  pass when all of (");
        text.AppendJoin(", ", Enumerable.Range(0, criteria).Select(i => string.Create(CultureInfo.InvariantCulture, $"c{i}")));
        text.Append(")\n  otherwise fail\n");
        var result = RubricLoader.LoadDsl("generated.rubric", text.ToString());
        return result.Succeeded && result.Value is { } rubric ? rubric : throw new InvalidDataException(string.Join("; ", result.Errors));
    }

    private static double Best(Func<long> run)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 2; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            run();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }
}
