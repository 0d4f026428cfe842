using System.Collections.Concurrent;
using System.Collections.Frozen;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Units;

/// <summary>
/// The units one rubric may use: the catalogue's and those the rubric declares (<c>unit tH2 = 1000 kgH2</c>).
/// A declared symbol never shadows a catalogue one (the binder refuses that), so the catalogue's meaning of
/// every symbol holds in every rubric.
/// </summary>
public sealed class UnitScope
{
    private readonly FrozenDictionary<string, Unit> _declared;
    private readonly Func<string, Unit?> _lookup;

    // Compound units that use declared symbols mean different things in different rubrics, so each scope caches its own.
    private readonly ConcurrentDictionary<string, Unit> _compound = new(StringComparer.Ordinal);

    private UnitScope(FrozenDictionary<string, Unit> declared)
    {
        _declared = declared;
        _lookup = symbol => _declared.GetValueOrDefault(symbol) ?? UnitCatalog.Find(symbol);
    }

    /// <summary>The catalogue alone, for rubrics that declare no units.</summary>
    public static UnitScope Catalog { get; } = new(FrozenDictionary<string, Unit>.Empty);

    /// <summary>The declared units, by symbol.</summary>
    public IReadOnlyDictionary<string, Unit> Declared => _declared;

    /// <summary>The catalogue and these declared units (each by its own symbol).</summary>
    public static UnitScope With(IEnumerable<Unit> declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        var units = declared.ToFrozenDictionary(u => u.Symbol, StringComparer.Ordinal);
        return units.Count == 0 ? Catalog : new UnitScope(units);
    }

    /// <summary>True when the rubric declares units of its own.</summary>
    public bool HasDeclaredUnits => _declared.Count > 0;

    /// <summary>Looks up a simple symbol or parses a compound expression, as <see cref="UnitCatalog.TryParse(string, out Unit, out string?)"/> does.</summary>
    public bool TryParse(string text, out Unit unit, out string? unknownSymbol) =>
        _declared.Count == 0
            ? UnitCatalog.TryParse(text, out unit, out unknownSymbol)
            : UnitCatalog.TryParse(text, _lookup, _compound, out unit, out unknownSymbol);

    /// <summary>The closest known symbol, declared ones included, preferring units of the expected dimension.</summary>
    public string? Suggest(string symbol, Dimension? expected)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var all = UnitCatalog.Symbols.Concat(_declared.Keys);
        return (expected is null ? null : NameSuggester.Suggest(symbol, all.Where(s => _lookup(s)!.Dimension.Equals(expected))))
            ?? NameSuggester.Suggest(symbol, all);
    }
}
