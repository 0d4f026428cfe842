using RubricEngine.Model.Diagnostics;
using Scriban.Syntax;

namespace RubricEngine.Explain.Templates;

/// <summary>Maps Scriban's runtime exceptions to catalogue diagnostics at the template position.</summary>
internal static class TemplateErrors
{
    public static Diagnostic ToDiagnostic(string path, ScriptRuntimeException error, SandboxLimits limits)
    {
        var span = TemplateSpans.From(path, error.Span);
        var message = error.OriginalMessage ?? error.Message;
        if (error is IncludeRefusedException include)
        {
            return Diagnostic.Create(DiagnosticCatalog.TemplateIncludeRefused, span, include.TemplateName);
        }

        // Our own limits: raised where a value is evaluated, or inside the output and wrapped by Scriban.
        var limit = (error as SandboxLimitReachedException)?.Limit ?? (error.InnerException as SandboxLimitException)?.Limit;
        if (limit is { } reached)
        {
            return reached switch
            {
                SandboxLimit.Output => Diagnostic.Create(DiagnosticCatalog.TemplateOutputLimit, span, limits.OutputLimit),
                SandboxLimit.String => Diagnostic.Create(DiagnosticCatalog.TemplateStringLimit, span, TemplateSandbox.StringLimit),
                _ => Diagnostic.Create(DiagnosticCatalog.TemplateMemoryLimit, span, limits.MemoryLimit / (1024 * 1024)),
            };
        }

        // Scriban reports its limits as plain runtime errors; their wording is the only way to tell them apart.
        if (message.Contains("iteration limit", StringComparison.OrdinalIgnoreCase))
        {
            return Diagnostic.Create(DiagnosticCatalog.TemplateLoopLimit, span, limits.LoopLimit);
        }

        if (message.Contains("recursive", StringComparison.OrdinalIgnoreCase))
        {
            return Diagnostic.Create(DiagnosticCatalog.TemplateRecursionLimit, span, limits.RecursiveLimit);
        }

        if (message.Contains("output limit", StringComparison.OrdinalIgnoreCase) || message.Contains("Rendered output exceeds", StringComparison.Ordinal))
        {
            return Diagnostic.Create(DiagnosticCatalog.TemplateOutputLimit, span, limits.OutputLimit);
        }

        if (message.Contains("string limit", StringComparison.OrdinalIgnoreCase) || message.Contains("LimitToString", StringComparison.Ordinal))
        {
            return Diagnostic.Create(DiagnosticCatalog.TemplateStringLimit, span, TemplateSandbox.StringLimit);
        }

        return Diagnostic.Create(DiagnosticCatalog.TemplateRuntimeError, span, message);
    }
}
