namespace RubricEngine.Benchmarks.Workloads;

/// <summary>
/// A benchmark workload: the engine doing something, next to a hand-written C# baseline doing the same.
/// Register new workloads (e.g. screening) in <see cref="WorkloadCatalog"/>; the quick runner, the
/// BenchmarkDotNet suites and the rot test all read that one list.
/// </summary>
public interface IWorkload
{
    /// <summary>Name printed as <c>workload=NAME</c>.</summary>
    string Name { get; }

    /// <summary>Sizes the quick mode runs.</summary>
    IReadOnlyList<int> QuickSizes { get; }

    /// <summary>Prepares one size (rules compiled, facts built); preparation is not measured.</summary>
    IWorkloadRun Prepare(int size);
}

/// <summary>One prepared size of a workload.</summary>
public interface IWorkloadRun
{
    /// <summary>Size as printed (<c>n=1000</c> or <c>n=1000x1000</c>).</summary>
    string SizeLabel { get; }

    /// <summary>Facts inserted per engine run, the denominator of bytes per fact.</summary>
    int FactCount { get; }

    /// <summary>Runs the engine once; returns a checksum (firings or matches) so work is not optimised away.</summary>
    long RunEngine();

    /// <summary>Runs the hand-written baseline once; returns the same checksum as the engine.</summary>
    long RunBaseline();
}
