using System.Globalization;
using RubricEngine.Screening.Tests.Scaling;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RubricEngine.Screening.Tests.Fuzzing;

/// <summary>
/// Runs one fuzz target over mutated inputs: 10,000 by default, <c>RUBRIC_FUZZ_COUNT</c> for a longer run. An
/// exception escaping, an input without a result or positioned diagnostics, or one input over 30 s of CPU (a hang) fails
/// the run with the input that did it. The counts are printed for the record.
/// </summary>
internal static class FuzzRun
{
    private const double HangGuardSeconds = 30; // a hang guard, never a speed check (speed belongs in bench/)

    public static int Count { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("RUBRIC_FUZZ_COUNT"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10_000;

    public static void Run(string name, FuzzMutator mutator, int seed, Action<string, int, Random> check, ITestOutputHelper output)
    {
        var random = new Random(seed);
        var slowest = 0.0;
        for (var i = 0; i < Count; i++)
        {
            var (text, origin) = mutator.Next(random);
            var start = ThreadClock.Seconds();
            try
            {
                check(text, origin, random);
            }
            catch (Exception e)
            {
                throw new XunitException($"fuzz {name}: input {i} (seed {seed}) failed: {e.GetType().Name}: {e.Message}\ninput: {Show(text)}\n{e.StackTrace}");
            }

            var cpu = ThreadClock.Seconds() - start;
            slowest = Math.Max(slowest, cpu);
            if (cpu > HangGuardSeconds)
            {
                throw new XunitException($"fuzz {name}: input {i} took {cpu:F1} s of CPU\ninput: {Show(text)}");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz {name}: {Count} inputs, no exception, slowest {slowest * 1000:F0} ms CPU"));
    }

    /// <summary>Like <see cref="Run"/>, for a binary format: each input is the seed's bytes with one to four byte mutations.</summary>
    public static void RunBytes(string name, byte[] seed, int randomSeed, Action<byte[]> check, ITestOutputHelper output)
    {
        var random = new Random(randomSeed);
        var slowest = 0.0;
        for (var i = 0; i < Count; i++)
        {
            var bytes = seed;
            for (var steps = 1 + random.Next(4); steps > 0; steps--)
            {
                bytes = MutateBytes(bytes, random);
            }

            var start = ThreadClock.Seconds();
            try
            {
                check(bytes);
            }
            catch (Exception e)
            {
                throw new XunitException($"fuzz {name}: input {i} (seed {randomSeed}) failed: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }

            var cpu = ThreadClock.Seconds() - start;
            slowest = Math.Max(slowest, cpu);
            if (cpu > HangGuardSeconds)
            {
                throw new XunitException($"fuzz {name}: input {i} (seed {randomSeed}) took {cpu:F1} s of CPU");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz {name}: {Count} inputs, no exception, slowest {slowest * 1000:F0} ms CPU"));
    }

    private static byte[] MutateBytes(byte[] bytes, Random r)
    {
        var at = r.Next(bytes.Length + 1);
        var span = Math.Min(bytes.Length - at, r.Next(256));
        var copy = bytes.ToList();
        switch (r.Next(4))
        {
            case 0 when bytes.Length > 0:
                var flip = r.Next(bytes.Length);
                copy[flip] ^= (byte)(1 << r.Next(8));
                break;
            case 1:
                copy.RemoveRange(at, bytes.Length - at);
                break;
            case 2:
                copy.InsertRange(at, bytes.AsSpan(at, span).ToArray());
                break;
            default:
                copy.RemoveRange(at, span);
                break;
        }

        return [.. copy];
    }

    /// <summary>The input, escaped and shortened, so a failure can be reproduced by hand.</summary>
    private static string Show(string text)
    {
        var shown = text.Length > 600 ? text[..600] + $"... ({text.Length} chars)" : text;
        return string.Concat(shown.Select(c => c is < ' ' and not '\n' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}
