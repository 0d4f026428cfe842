using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace RubricEngine.Explain.Templates;

/// <summary>
/// The Scriban context that makes a render a sandbox. Besides Scriban's own loop and recursion limits it
/// checks what Scriban checks only on operands: every value a template builds (a string past
/// <see cref="TemplateSandbox.StringLimit"/> is stopped where it is built, not where it is next used), the
/// memory the render allocates, and (through <see cref="SandboxOutput"/>) what it writes. Every value written
/// goes through the format's <see cref="OutputEscaping"/>.
/// </summary>
internal sealed class SandboxContext : TemplateContext
{
    // Allocation is read every so many evaluations: cheap, and a string can grow at most 2x in between.
    private const int MemoryCheckInterval = 64;

    private readonly SandboxLimits _limits;
    private readonly OutputEscaping _escaping;
    private readonly long _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
    private int _untilMemoryCheck = MemoryCheckInterval;

    private SandboxContext(SandboxLimits limits, OutputEscaping escaping)
        : base(SandboxBuiltins.Create())
    {
        _limits = limits;
        _escaping = escaping;
    }

    public static SandboxContext Create(SandboxLimits limits, OutputEscaping escaping, TextWriter output, CancellationToken cancellation)
    {
        var context = new SandboxContext(limits, escaping)
        {
            LoopLimit = limits.LoopLimit,
            LoopLimitQueryable = limits.LoopLimit,
            RecursiveLimit = limits.RecursiveLimit,

            // Scriban's own output limit stays too (without it Scriban would cut the output at the string
            // limit); SandboxOutput checks the same limit on what is actually written.
            OutputLimit = limits.OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,

            // Scriban's own string check (on operands) stays as a first line; ours checks results.
            LimitToString = TemplateSandbox.StringLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            CancellationToken = cancellation,
            RegexTimeOut = TimeSpan.FromSeconds(1),

            // The data is all script objects; a filter that refuses every reflected member keeps any .NET
            // object that slips through (a string, a number) from exposing its properties.
            MemberFilter = _ => false,
            TemplateLoader = RefusingTemplateLoader.Instance,

            // Typos in a custom template are errors with a position, not silent blanks.
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            NewLine = "\n",
        };
        context.PushOutput(new SandboxOutput(output, limits.OutputLimit));
        return context;
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        var span = scriptNode?.Span ?? CurrentSpan;
        if (result is string text && text.Length > TemplateSandbox.StringLimit)
        {
            throw new SandboxLimitReachedException(span, SandboxLimit.String);
        }

        if (_limits.MemoryLimit > 0 && --_untilMemoryCheck <= 0)
        {
            _untilMemoryCheck = MemoryCheckInterval;
            if (GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart > _limits.MemoryLimit)
            {
                throw new SandboxLimitReachedException(span, SandboxLimit.Memory);
            }
        }

        return result;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is TrustedText trusted)
        {
            return Write(trusted.Text);
        }

        var text = textAsObject is null ? null : ObjectToString(textAsObject);
        return text is null ? this : Write(OutputEscapes.Apply(_escaping, text));
    }
}

/// <summary>A sandbox limit reached where the span is known (an evaluated value).</summary>
#pragma warning disable CA1032 // Only the sandbox raises it, always with a span and a limit.
internal sealed class SandboxLimitReachedException(SourceSpan span, SandboxLimit limit)
#pragma warning restore CA1032
    : ScriptRuntimeException(span, $"sandbox {limit} limit")
{
    public SandboxLimit Limit { get; } = limit;
}
