using BenchmarkDotNet.Running;
using RubricEngine.Benchmarks.Quick;
using RubricEngine.Benchmarks.Workloads;

if (args.Contains("--quick"))
{
    // --quick [--only NAME]: one line per workload and size, engine and baseline side by side.
    var only = Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    QuickRunner.Run(WorkloadCatalog.All.Where(w => only is null || w.Name == only), Console.Out, reports: Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(WorkloadCatalog).Assembly).Run(args);
