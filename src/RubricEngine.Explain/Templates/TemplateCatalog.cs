using System.Collections.Concurrent;
using System.Reflection;

namespace RubricEngine.Explain.Templates;

/// <summary>A template's name, as diagnostics show it, and its text.</summary>
internal sealed record TemplateSource(string Path, string Text);

/// <summary>
/// The built-in templates, embedded from <c>templates/</c> in the repository (logical names
/// <c>templates/explain.en.md</c> and so on), so they work from any directory with no set-up.
/// </summary>
internal static class TemplateCatalog
{
    private static readonly Assembly Assembly = typeof(TemplateCatalog).Assembly;

    // Built-in templates are parsed once per process: a batch report renders one per dossier.
    private static readonly ConcurrentDictionary<string, TemplateSandbox?> Parsed = new(StringComparer.Ordinal);

    /// <summary>Every embedded template name, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Assembly.GetManifestResourceNames().Where(n => n.StartsWith("templates/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    public static string ExplanationName(string language, ExplanationFormat format) =>
        $"templates/explain.{language}.{Extension(format)}";

    /// <summary>The batch report's index page (the ranked table).</summary>
    public static string ReportName(string language) => $"templates/report.{language}.html";

    /// <summary>The batch report's page around one explanation.</summary>
    public static string ReportPageName(string language) => $"templates/report-page.{language}.html";

    public static string Extension(ExplanationFormat format) => format switch
    {
        ExplanationFormat.Markdown => "md",
        ExplanationFormat.Html => "html",
        _ => "txt",
    };

    /// <summary>How the sandbox escapes values for a built-in format.</summary>
    public static OutputEscaping Escaping(ExplanationFormat format) => format switch
    {
        ExplanationFormat.Markdown => OutputEscaping.Markdown,
        ExplanationFormat.Html => OutputEscaping.Html,
        _ => OutputEscaping.Text,
    };

    /// <summary>How the sandbox escapes values for a custom template, told by its extension; plain text when unknown.</summary>
    public static OutputEscaping EscapingFor(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => OutputEscaping.Markdown,
        ".html" or ".htm" => OutputEscaping.Html,
        _ => OutputEscaping.Text,
    };

    /// <summary>The embedded template of that name, or null.</summary>
    public static TemplateSource? Find(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return new TemplateSource(name, reader.ReadToEnd());
    }

    /// <summary>The embedded template of that name, parsed; null when there is none.</summary>
    /// <exception cref="InvalidOperationException">A built-in template does not parse (a bug, caught by the tests).</exception>
    public static TemplateSandbox? Parse(string name) => Parsed.GetOrAdd(name, static n =>
    {
        var source = Find(n);
        if (source is null)
        {
            return null;
        }

        var (template, errors) = TemplateSandbox.Parse(source.Path, source.Text);
        return template ?? throw new InvalidOperationException($"The built-in template '{n}' does not parse: {string.Join("; ", errors)}");
    });
}
