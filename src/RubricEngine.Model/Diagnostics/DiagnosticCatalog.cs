namespace RubricEngine.Model.Diagnostics;

/// <summary>
/// The one catalogue of diagnostic codes. Each area keeps its entries in its own partial file, with its own
/// range of codes, and <c>docs/diagnostics.md</c> lists them all:
/// <list type="bullet">
/// <item>RUB0001-RUB0099: rubric syntax (<c>DiagnosticCatalog.Syntax.cs</c>)</item>
/// <item>RUB0100-RUB0199: YAML form (<c>DiagnosticCatalog.Yaml.cs</c>)</item>
/// <item>RUB0200-RUB0299: names, types and structure (<c>DiagnosticCatalog.Binding.cs</c>, <c>DiagnosticCatalog.Structure.cs</c>);
/// RUB0270-RUB0279: choosing the decision to explain (<c>DiagnosticCatalog.Explain.cs</c>)</item>
/// <item>RUB0300-RUB0349: units and dimensions (<c>DiagnosticCatalog.Units.cs</c>)</item>
/// <item>RUB0400-RUB0499: dossiers (<c>DiagnosticCatalog.Dossiers.cs</c>)</item>
/// <item>RUB0500-RUB0549: templates and explanations (<c>DiagnosticCatalog.Templates.cs</c>)</item>
/// <item>RUB0600-RUB0649: files and the command line (<c>DiagnosticCatalog.Files.cs</c>)</item>
/// <item>RUB0650-RUB0699: the batch safety net (<c>DiagnosticCatalog.Batch.cs</c>)</item>
/// <item>RUB0800-RUB0849: decision records (<c>DiagnosticCatalog.Records.cs</c>)</item>
/// <item>RUB0900-RUB0949: static analysis of rubrics, <c>rubric lint</c> (<c>DiagnosticCatalog.Lint.cs</c>)</item>
/// </list>
/// </summary>
public static partial class DiagnosticCatalog
{
    /// <summary>Every entry, in code order, for documentation and uniqueness tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => AllEntries.Value;

    // Lazy: the entries live in several partial files, whose static initialisers run in no defined order.
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> AllEntries = new(() =>
        [.. typeof(DiagnosticCatalog).GetProperties()
            .Where(p => p.PropertyType == typeof(DiagnosticDescriptor))
            .Select(p => (DiagnosticDescriptor)p.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)]);

    private static DiagnosticDescriptor Error(string code, string title, string format) =>
        new(code, DiagnosticSeverity.Error, format, title);

    private static DiagnosticDescriptor Warning(string code, string title, string format) =>
        new(code, DiagnosticSeverity.Warning, format, title);
}
