using BenchmarkDotNet.Running;
using RubricEngine.Benchmarks.Quick;
using RubricEngine.Benchmarks.Workloads;

if (args is ["--generate-yeda-jsonl", var count, var path])
{
    RubricEngine.Benchmarks.EndToEnd.YedaJsonl.Generate(path, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["--generate-gib-jsonl", var gibCount, var gibPath])
{
    RubricEngine.Benchmarks.EndToEnd.GibJsonl.Generate(gibPath, int.Parse(gibCount, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["--handwritten-yeda", var threads, var input, var output])
{
    // The rubric's content hash is a constant of the rubric file; a hand-written program would hard-code it.
    var hash = RubricEngine.Screening.Screener.Create(RubricEngine.Benchmarks.Workloads.Screening.ShippedRubrics.Load("yeda.rubric")).Identity.Hash;
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var decided = RubricEngine.Benchmarks.EndToEnd.HandWrittenPipeline.Run(input, output, int.Parse(threads, System.Globalization.CultureInfo.InvariantCulture), hash);
    Console.Error.WriteLine(System.FormattableString.Invariant($"handwritten dossiers={decided} seconds={watch.Elapsed.TotalSeconds:F3}"));
    return;
}

if (args is ["--report", "ranked-memory", .. var rankedSizes])
{
    // Ranked text output memory at larger sizes than quick mode runs: --report ranked-memory N...
    var n = rankedSizes.Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    RubricEngine.Benchmarks.RankedOutput.RankedMemoryReport.Run(Console.Out, n);
    return;
}

if (args is ["--report", "html-report", .. var htmlSizes])
{
    // The HTML report folder through the CLI at any size: --report html-report N...
    RubricEngine.Benchmarks.HtmlReport.HtmlReportBenchmark.Run(Console.Out, [.. htmlSizes.Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture))]);
    return;
}

if (args is ["--report", "nrules-sessions", .. var sessionArgs])
{
    // The NRules engine's cost per Yeda dossier by way of using sessions, 1 thread: --report nrules-sessions [N] [K...]
    var n = sessionArgs.Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    RubricEngine.Benchmarks.InMemory.NRulesSessionReport.Run(Console.Out, n.ElementAtOrDefault(0) is > 0 and var size ? size : 10_000, n.Length > 1 ? n[1..] : [4, 16]);
    return;
}

if (args is ["--report", var report, .. var numbers])
{
    var n = numbers.Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    if (report == "inmemory")
    {
        RubricEngine.Benchmarks.InMemory.InMemoryReport.Run(Console.Out, n.ElementAtOrDefault(0) is > 0 and var size ? size : 100_000, n.ElementAtOrDefault(1) is > 0 and var t ? t : 2);
    }
    else
    {
        RubricEngine.Benchmarks.InMemory.ScalingReport.Run(Console.Out, n.ElementAtOrDefault(0) is > 0 and var small ? small : 10_000,
            n.ElementAtOrDefault(1) is > 0 and var large ? large : 100_000, n.ElementAtOrDefault(2) is > 0 and var criteria ? criteria : 1_000);
    }

    return;
}

if (args.Contains("--quick"))
{
    // --quick [--only NAME]: one line per workload and size, engine and baseline side by side.
    var only = Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    QuickRunner.Run(WorkloadCatalog.All.Where(w => only is null || w.Name == only), Console.Out, reports: Console.Out);
    if (only is null or "ranked_memory")
    {
        RubricEngine.Benchmarks.RankedOutput.RankedMemoryReport.Run(Console.Out, [10_000, 100_000, 1_000_000]);
    }

    if (only is null or "html_report")
    {
        // HTML renders one explanation page per dossier (about 1 ms each), so quick mode stops it at 100,000.
        RubricEngine.Benchmarks.HtmlReport.HtmlReportBenchmark.Run(Console.Out, [10_000, 100_000]);
    }
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(WorkloadCatalog).Assembly).Run(args);
