namespace RubricEngine.Explain.Templates;

/// <summary>How far a template may go before the sandbox stops it.</summary>
/// <param name="LoopLimit">Loop iterations in all, nested loops included.</param>
/// <param name="RecursiveLimit">Depth of nested function calls.</param>
/// <param name="OutputLimit">Characters of output; 0 for none (only for our own report template).</param>
/// <param name="TimeLimit">Wall-clock time for one render.</param>
/// <param name="MemoryLimit">
/// Bytes the render may allocate, an upper bound on the memory it can hold; 0 for none (only for our own
/// report template, which streams).
/// </param>
internal sealed record SandboxLimits(int LoopLimit, int RecursiveLimit, int OutputLimit, TimeSpan TimeLimit, long MemoryLimit = SandboxLimits.DefaultMemoryLimit)
{
    /// <summary>256 MB: a hundred times what the largest shipped explanation allocates.</summary>
    public const long DefaultMemoryLimit = 256L * 1024 * 1024;

    /// <summary>One explanation: generous for a 100-criterion rubric with a long trace, small for a runaway.</summary>
    public static SandboxLimits Explanation { get; } = new(20_000, 64, 4_000_000, TimeSpan.FromSeconds(10));

    /// <summary>The batch report loops once per ranked row (twice: table and sections) and streams to its writer.</summary>
    public static SandboxLimits Report(int rows) => new(20_000 + (rows * 20), 64, 0, TimeSpan.FromHours(1), MemoryLimit: 0);
}
