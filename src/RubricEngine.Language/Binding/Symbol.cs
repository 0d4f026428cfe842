using RubricEngine.Language.Syntax;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Text;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;

namespace RubricEngine.Language.Binding;

/// <summary>
/// A declared name that expressions can refer to. Inputs, derived values, criteria, indicators, groups and
/// the score share one namespace. A derived value's type is known only once it is bound.
/// </summary>
internal sealed class Symbol(string name, SymbolKind kind, SourceSpan span, SyntaxNode declaration)
{
    public string Name { get; } = name;

    public SymbolKind Kind { get; } = kind;

    public SourceSpan Span { get; } = span;

    public SyntaxNode Declaration { get; } = declaration;

    /// <summary>The type, or null while unknown (a derived value not bound yet, or one that failed).</summary>
    public DataType? Type { get; set; }

    /// <summary>For quantities, the unit the value is shown in; used in messages.</summary>
    public Unit? Unit { get; set; }
}

/// <summary>The symbols of one rubric, by name, in declaration order.</summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<string, Symbol> _byName = new(StringComparer.Ordinal);
    private readonly List<Symbol> _ordered = [];

    public IReadOnlyList<Symbol> All => _ordered;

    public IEnumerable<string> Names => _ordered.Select(s => s.Name);

    /// <summary>Adds a symbol, or returns the earlier one with the same name.</summary>
    public Symbol? TryAdd(Symbol symbol)
    {
        if (_byName.TryGetValue(symbol.Name, out var existing))
        {
            return existing;
        }

        _byName.Add(symbol.Name, symbol);
        _ordered.Add(symbol);
        return null;
    }

    public Symbol? Find(string name) => _byName.GetValueOrDefault(name);
}
