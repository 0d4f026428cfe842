using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace RubricEngine.Screening.Tests.Scaling;

/// <summary>
/// The CPU time this thread has used, exact on Linux (<c>CLOCK_THREAD_CPUTIME_ID</c>, unlike /proc's tick-rounded
/// counters), elapsed time elsewhere: a busy machine then slows a measurement without billing it.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static double Seconds()
    {
        if (OperatingSystem.IsLinux() && NativeMethods.clock_gettime(ThreadCpuClock, out var time) == 0)
        {
            return time.Seconds + (time.Nanoseconds / 1e9);
        }

        return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct TimeSpec
    {
        public readonly long Seconds;
        public readonly long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        [SuppressMessage("Globalization", "CA2101", Justification = "No strings are marshalled.")]
        public static extern int clock_gettime(int clock, out TimeSpec time);
    }
}
