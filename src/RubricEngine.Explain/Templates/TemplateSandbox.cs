using System.Collections.Immutable;
using RubricEngine.Model.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RubricEngine.Explain.Templates;

/// <summary>
/// A parsed template that renders in Scriban's sandbox: it sees only the plain data it is given and Scriban's
/// built-in functions, cannot reach .NET members or include files, and is stopped at the loop, recursion,
/// output and time limits. Every failure is a diagnostic at the template position. Parse once, render often.
/// </summary>
internal sealed class TemplateSandbox
{
    /// <summary>The longest string a template may build; far above any label or explanation.</summary>
    public const int StringLimit = 1_000_000;

    private readonly Template _template;

    private TemplateSandbox(string path, Template template)
    {
        Path = path;
        _template = template;
    }

    /// <summary>The template's path as diagnostics show it.</summary>
    public string Path { get; }

    /// <summary>Parses a template; syntax errors come back as diagnostics (RUB0500) with positions.</summary>
    public static (TemplateSandbox? Template, ImmutableArray<Diagnostic> Errors) Parse(string path, string text)
    {
        var template = Template.Parse(text, path);
        if (!template.HasErrors)
        {
            return (new TemplateSandbox(path, template), []);
        }

        var errors = template.Messages
            .Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
            .Select(m => Diagnostic.Create(DiagnosticCatalog.TemplateSyntaxError, TemplateSpans.From(path, m.Span), m.Message));
        return (null, [.. errors]);
    }

    /// <summary>Parses and renders in one go, for templates used once.</summary>
    public static Result<string> Render(string path, string text, ScriptObject globals, SandboxLimits limits)
    {
        var (template, errors) = Parse(path, text);
        return template is null ? new Result<string>(null, errors) : template.Render(globals, limits);
    }

    public Result<string> Render(ScriptObject globals, SandboxLimits limits)
    {
        using var timeout = new CancellationTokenSource(limits.TimeLimit);
        var context = SandboxContext.Create(limits, timeout.Token);
        context.PushGlobal(globals);
        try
        {
            return new Result<string>(_template.Render(context), []);
        }
        catch (ScriptRuntimeException error) when (timeout.IsCancellationRequested)
        {
            // Scriban wraps the cancellation in a runtime error at the statement it stopped in.
            var span = TemplateSpans.From(Path, error.Span);
            return new Result<string>(null, [Diagnostic.Create(DiagnosticCatalog.TemplateTimeLimit, span, limits.TimeLimit.TotalSeconds)]);
        }
        catch (ScriptRuntimeException error)
        {
            return new Result<string>(null, [TemplateErrors.ToDiagnostic(Path, error, limits)]);
        }
    }
}
