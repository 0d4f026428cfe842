using System.Collections.Immutable;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Diagnostics;

/// <summary>Collects diagnostics while a parser, loader or binder runs, keeping them in report order.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>True when any error has been reported.</summary>
    public bool HasErrors => _items.Exists(d => d.IsError);

    /// <summary>The number of diagnostics reported so far.</summary>
    public int Count => _items.Count;

    /// <summary>Reports a diagnostic from the catalogue.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        _items.Add(Diagnostic.Create(descriptor, span, args));

    /// <summary>Adds diagnostics produced elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>The diagnostics sorted by file, line and column, then by code, so output is deterministic.</summary>
    public ImmutableArray<Diagnostic> ToImmutableSorted() =>
        [.. _items
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Span.Path, StringComparer.Ordinal)
            .ThenBy(x => x.d.Span.Line)
            .ThenBy(x => x.d.Span.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)];
}
