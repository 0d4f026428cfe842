using Scriban;

namespace RubricEngine.Explain.Templates;

/// <summary>The Scriban settings that make a render a sandbox.</summary>
internal static class SandboxContext
{
    public static TemplateContext Create(SandboxLimits limits, CancellationToken cancellation) => new()
    {
        LoopLimit = limits.LoopLimit,
        LoopLimitQueryable = limits.LoopLimit,
        RecursiveLimit = limits.RecursiveLimit,
        OutputLimit = limits.OutputLimit,
        OnOutputLimit = ScriptLimitBehavior.Throw,

        // A string grown past the limit is an error, not a silently truncated value.
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
}
