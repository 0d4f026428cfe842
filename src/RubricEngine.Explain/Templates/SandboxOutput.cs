using Scriban.Runtime;

namespace RubricEngine.Explain.Templates;

/// <summary>
/// Where a sandboxed render writes: a text writer, counted, so the output limit holds on what was actually
/// written (literal text and expression results alike), whatever built it.
/// </summary>
internal sealed class SandboxOutput(TextWriter writer, int limit) : IScriptOutput
{
    private long _written;

    public void Write(string text, int offset, int count)
    {
        _written += count;
        if (limit > 0 && _written > limit)
        {
            throw new SandboxLimitException(SandboxLimit.Output);
        }

        writer.Write(text.AsSpan(offset, count));
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Which sandbox limit stopped a render.</summary>
internal enum SandboxLimit
{
    Output,
    String,
    Memory,
}

/// <summary>Raised inside a render when it passes one of our own limits; Scriban wraps it with the position.</summary>
#pragma warning disable CA1032 // Only the sandbox raises it, always with a limit.
internal sealed class SandboxLimitException(SandboxLimit limit) : Exception($"sandbox {limit} limit")
#pragma warning restore CA1032
{
    public SandboxLimit Limit { get; } = limit;
}
