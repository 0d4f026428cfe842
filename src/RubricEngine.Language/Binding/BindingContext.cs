using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using RubricEngine.Model.Units;

namespace RubricEngine.Language.Binding;

/// <summary>What every binding step shares: the diagnostics, the symbols and the outcome vocabulary.</summary>
internal sealed class BindingContext(DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SymbolTable Symbols { get; } = new();

    /// <summary>The catalogue and the rubric's declared units, once those are bound.</summary>
    public UnitScope Units { get; set; } = UnitScope.Catalog;

    /// <summary>Declared outcomes by name, with where they were declared.</summary>
    public Dictionary<string, OutcomeSyntax> Outcomes { get; } = new(StringComparer.Ordinal);

    /// <summary>Reports a diagnostic.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        Diagnostics.Report(descriptor, span, args);

    /// <summary>"; did you mean 'x'?" when a close candidate exists, otherwise empty.</summary>
    public static DiagnosticPhrase DidYouMean(string name, IEnumerable<string> candidates) =>
        DiagnosticPhrases.DidYouMean(NameSuggester.Suggest(name, candidates.Where(c => c != name)));

    /// <summary>Reports a name declared twice, pointing at the second and naming the line of the first.</summary>
    public void ReportDuplicate(NameSyntax name, SourceSpan first) =>
        Report(DiagnosticCatalog.DuplicateName, name.Span, name.Text, first.Line);
}
