namespace RubricEngine.Model.Diagnostics;

/// <summary>
/// The Chinese words of every <see cref="DiagnosticCatalog"/> entry, by code, in the catalogue's shape (code,
/// title, format). Each area keeps its entries in its own partial file; a test checks that every entry has one,
/// with the English format's placeholders.
/// </summary>
public static partial class ChineseCatalog
{
    /// <summary>Every entry, by code.</summary>
    public static IReadOnlyDictionary<string, DiagnosticText> All => AllEntries.Value;

    // Built once: the area tables are properties of several partial files.
    private static readonly Lazy<IReadOnlyDictionary<string, DiagnosticText>> AllEntries = new(() =>
        new[] { LanguageEntries, DossierEntries, OutputEntries }
            .SelectMany(entries => entries)
            .ToDictionary(e => e.Code, e => e.Text, StringComparer.Ordinal));

    /// <summary>The Chinese words of the entry with <paramref name="code"/>, if there are any.</summary>
    public static DiagnosticText? Find(string code) => All.GetValueOrDefault(code);

    private static (string Code, DiagnosticText Text) Zh(string code, string title, string format) => (code, new(title, format));
}
