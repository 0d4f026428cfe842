using BenchmarkDotNet.Running;
using RubricEngine.Benchmarks.Quick;
using RubricEngine.Benchmarks.Workloads;

if (args.Contains("--quick"))
{
    QuickRunner.Run(WorkloadCatalog.All, Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(WorkloadCatalog).Assembly).Run(args);
