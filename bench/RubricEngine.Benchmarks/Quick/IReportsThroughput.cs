namespace RubricEngine.Benchmarks.Quick;

/// <summary>
/// Optional for an <see cref="Workloads.IWorkloadRun"/>: an extra quick-mode line after the standard one, for
/// figures the standard line cannot carry (items per second, memory over a streamed batch). It may run its own
/// unmeasured passes. The quick runner prints it only to its <c>reports</c> writer, so the standard lines stay
/// one per workload and size.
/// </summary>
public interface IReportsThroughput
{
    /// <summary>The extra line, given the best engine and baseline times the runner measured.</summary>
    string Report(double engineMs, double baselineMs);
}
