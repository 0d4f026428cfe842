using RubricEngine.Language.Syntax;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Binding;

/// <summary>The first pass: every declared name goes into the symbol table, so declarations may come in any order.</summary>
internal sealed partial class Binder
{
    private void DeclareSymbols()
    {
        foreach (var outcome in Declarations<OutcomeSyntax>())
        {
            if (!_context.Outcomes.TryAdd(outcome.Name.Text, outcome))
            {
                _context.ReportDuplicate(outcome.Name, _context.Outcomes[outcome.Name.Text].Name.Span);
            }
        }

        foreach (var declaration in _syntax.Declarations)
        {
            switch (declaration)
            {
                case InputSyntax input:
                    Declare(input.Name, SymbolKind.Input, input);
                    break;
                case DerivedSyntax derived:
                    Declare(derived.Name, SymbolKind.Derived, derived);
                    break;
                case CriterionSyntax criterion:
                    Declare(criterion.Name, SymbolKind.Criterion, criterion, BooleanType.Instance);
                    break;
                case GroupSyntax group:
                    Declare(group.Name, SymbolKind.Group, group, DecimalType.Instance);
                    foreach (var indicator in group.Indicators)
                    {
                        Declare(indicator.Name, SymbolKind.Indicator, indicator, DecimalType.Instance);
                    }

                    break;
                case ScoreSyntax score:
                    Declare(score.Name, SymbolKind.Score, score, DecimalType.Instance);
                    break;
            }
        }
    }

    private void Declare(NameSyntax name, SymbolKind kind, SyntaxNode declaration, DataType? type = null)
    {
        if (_context.Symbols.TryAdd(new Symbol(name.Text, kind, name.Span, declaration) { Type = type }) is { } earlier)
        {
            _context.ReportDuplicate(name, earlier.Span);
        }
    }

    /// <summary>The symbol declared by this very node (not a duplicate that lost).</summary>
    private Symbol? Own(NameSyntax name, SyntaxNode declaration) =>
        _context.Symbols.Find(name.Text) is { } symbol && ReferenceEquals(symbol.Declaration, declaration) ? symbol : null;
}
