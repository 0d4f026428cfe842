namespace RubricEngine.Explain.Templates;

/// <summary>How far a template may go before the sandbox stops it.</summary>
/// <param name="LoopLimit">Loop iterations in all, nested loops included.</param>
/// <param name="RecursiveLimit">Depth of nested function calls.</param>
/// <param name="OutputLimit">Characters of output; 0 for none (only for our own report template).</param>
/// <param name="TimeLimit">Wall-clock time for one render.</param>
internal sealed record SandboxLimits(int LoopLimit, int RecursiveLimit, int OutputLimit, TimeSpan TimeLimit)
{
    /// <summary>One explanation: generous for a 100-criterion rubric with a long trace, small for a runaway.</summary>
    public static SandboxLimits Explanation { get; } = new(20_000, 64, 4_000_000, TimeSpan.FromSeconds(10));

    /// <summary>The batch report loops once per ranked row and embeds explanations rendered beforehand.</summary>
    public static SandboxLimits Report(int rows) => new(20_000 + (rows * 20), 64, 0, TimeSpan.FromMinutes(5));
}
