using RubricEngine.Language.Parsing;
using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;

namespace RubricEngine.Language.Yaml;

/// <summary>What every part of the YAML loader shares: the file, its text for in-place expression parsing, and the diagnostics.</summary>
internal sealed class YamlContext
{
    private SourceText? _source;

    public YamlContext(string path, string text, DiagnosticBag diagnostics)
    {
        Path = path;
        Text = text;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    public string Text { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The file as a DSL source text, built on first use: expressions are parsed right where they sit in it.</summary>
    public SourceText Source => _source ??= new SourceText(Path, Text);

    /// <summary>
    /// The declared input types, read before the examples: a sequence given to a list input is its records, and a
    /// plain scalar given to a text input or field is its text, so <c>expert: E1</c> needs no quotes.
    /// </summary>
    public Dictionary<string, TypeSyntax> InputTypes { get; } = new(StringComparer.Ordinal);

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        Diagnostics.Report(descriptor, span, args);

    /// <summary>Reports that a node has the wrong kind, unless it was already reported as invalid.</summary>
    public void WrongKind(YNode node, DiagnosticPhrase subject, DiagnosticPhrase expected)
    {
        if (node is not YInvalid)
        {
            Report(DiagnosticCatalog.WrongYamlNodeKind, node.Span, subject, expected, node.KindName);
        }
    }

    /// <summary>The "; did you mean 'x'?" suffix of a message, or nothing.</summary>
    public static DiagnosticPhrase DidYouMean(string written, IEnumerable<string> candidates) =>
        DiagnosticPhrases.DidYouMean(NameSuggester.Suggest(written, candidates));
}
