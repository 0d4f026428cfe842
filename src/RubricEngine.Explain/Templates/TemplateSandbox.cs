using RubricEngine.Model.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RubricEngine.Explain.Templates;

/// <summary>
/// Parses and renders a template in Scriban's sandbox: the template sees only the plain data it is given
/// and Scriban's built-in functions, cannot reach .NET members or include files, and is stopped at the
/// loop, recursion, output and time limits. Every failure is a diagnostic at the template position.
/// </summary>
internal static class TemplateSandbox
{
    public static Result<string> Render(string path, string text, ScriptObject globals, SandboxLimits limits)
    {
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            var errors = template.Messages
                .Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
                .Select(m => Diagnostic.Create(DiagnosticCatalog.TemplateSyntaxError, TemplateSpans.From(path, m.Span), m.Message));
            return new Result<string>(null, [.. errors]);
        }

        using var timeout = new CancellationTokenSource(limits.TimeLimit);
        var context = CreateContext(limits, timeout.Token);
        context.PushGlobal(globals);
        try
        {
            return new Result<string>(template.Render(context), []);
        }
        catch (ScriptRuntimeException error)
        {
            return new Result<string>(null, [TemplateErrors.ToDiagnostic(path, error, limits)]);
        }
        catch (OperationCanceledException)
        {
            var span = Model.Text.SourceSpan.At(path, 1, 1);
            return new Result<string>(null, [Diagnostic.Create(DiagnosticCatalog.TemplateTimeLimit, span, limits.TimeLimit.TotalSeconds)]);
        }
    }

    private static TemplateContext CreateContext(SandboxLimits limits, CancellationToken cancellation) => new()
    {
        LoopLimit = limits.LoopLimit,
        LoopLimitQueryable = limits.LoopLimit,
        RecursiveLimit = limits.RecursiveLimit,
        OutputLimit = limits.OutputLimit,
        OnOutputLimit = ScriptLimitBehavior.Throw,
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
