using System.Collections.Immutable;
using RubricEngine.Model.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RubricEngine.Explain.Templates;

/// <summary>
/// A parsed template that renders in Scriban's sandbox: it sees only the plain data it is given and Scriban's
/// built-in functions less those that evaluate text or vary between runs (<see cref="SandboxBuiltins"/>),
/// cannot reach .NET members or include files, and is stopped at the loop, recursion, string, output, memory
/// and time limits. Every value it writes is escaped for its format. Every failure is a diagnostic at the
/// template position. Parse once, render often.
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
    public static Result<string> Render(string path, string text, ScriptObject globals, SandboxLimits limits, OutputEscaping escaping = OutputEscaping.Text)
    {
        var (template, errors) = Parse(path, text);
        return template is null ? new Result<string>(null, errors) : template.Render(globals, limits, escaping);
    }

    /// <summary>Renders to a string.</summary>
    public Result<string> Render(ScriptObject globals, SandboxLimits limits, OutputEscaping escaping)
    {
        var output = new StringWriter();
        var errors = RenderTo(output, globals, limits, escaping);
        return errors.IsEmpty ? new Result<string>(output.ToString(), []) : new Result<string>(null, errors);
    }

    /// <summary>Renders to a writer as it goes (the batch report streams); on failure, what was written stays written.</summary>
    public ImmutableArray<Diagnostic> RenderTo(TextWriter output, ScriptObject globals, SandboxLimits limits, OutputEscaping escaping)
    {
        using var timeout = new CancellationTokenSource(limits.TimeLimit);
        var context = SandboxContext.Create(limits, escaping, output, timeout.Token);
        context.PushGlobal(globals);
        try
        {
            _template.Render(context);
            return [];
        }
        catch (ScriptRuntimeException error) when (timeout.IsCancellationRequested)
        {
            // Scriban wraps the cancellation in a runtime error at the statement it stopped in.
            var span = TemplateSpans.From(Path, error.Span);
            return [Diagnostic.Create(DiagnosticCatalog.TemplateTimeLimit, span, limits.TimeLimit.TotalSeconds)];
        }
        catch (ScriptRuntimeException error)
        {
            return [TemplateErrors.ToDiagnostic(Path, error, limits)];
        }
    }
}
