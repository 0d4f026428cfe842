using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RubricEngine.Explain.Templates;

/// <summary>
/// The template loader of the sandbox: it refuses every include, so a template can read no file. Without
/// a loader Scriban would refuse too, but with a message that does not say why.
/// </summary>
internal sealed class RefusingTemplateLoader : ITemplateLoader
{
    public static RefusingTemplateLoader Instance { get; } = new();

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        throw new IncludeRefusedException(callerSpan, templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new IncludeRefusedException(callerSpan, templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new IncludeRefusedException(callerSpan, templatePath);
}

/// <summary>Raised inside the render when a template tries to include a file.</summary>
#pragma warning disable CA1032 // Only the loader above creates it, always with a span and a name.
internal sealed class IncludeRefusedException(SourceSpan span, string name)
#pragma warning restore CA1032
    : ScriptRuntimeException(span, "include refused")
{
    public string TemplateName { get; } = name;
}
