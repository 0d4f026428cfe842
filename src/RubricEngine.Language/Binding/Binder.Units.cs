using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Units;

namespace RubricEngine.Language.Binding;

/// <summary>
/// Declared units, bound before anything that uses a unit: each is the unit of a new dimension or a positive
/// multiple of a known unit, in any order (a definition may use a unit declared further down, never itself).
/// </summary>
internal sealed partial class Binder
{
    private ValueArray<UnitDeclaration> BindUnits()
    {
        var syntaxes = new Dictionary<string, UnitDeclarationSyntax>(StringComparer.Ordinal);
        var dimensions = new Dictionary<string, UnitDeclarationSyntax>(StringComparer.Ordinal);
        foreach (var syntax in Declarations<UnitDeclarationSyntax>())
        {
            var symbol = syntax.Symbol.Text;
            if (UnitCatalog.TryParse(symbol, out var existing, out _))
            {
                _context.Report(DiagnosticCatalog.UnitInCatalogue, syntax.Symbol.Span, symbol, existing.Dimension);
            }
            else if (!syntaxes.TryAdd(symbol, syntax))
            {
                _context.ReportDuplicate(syntax.Symbol, syntaxes[symbol].Symbol.Span);
            }

            if (syntax.Dimension is { } dimension && DimensionTaken(dimension, syntax, dimensions) is { } taken)
            {
                _context.Report(DiagnosticCatalog.DimensionTaken, dimension.Span, dimension.Text, taken);
            }
        }

        var bound = new Dictionary<string, UnitDeclaration?>(StringComparer.Ordinal);
        foreach (var syntax in syntaxes.Values)
        {
            BindUnit(syntax, syntaxes, bound, []);
        }

        var units = syntaxes.Keys.Select(s => bound[s]).OfType<UnitDeclaration>().ToValueArray();
        _context.Units = UnitScope.With(units.Select(u => u.Unit));
        return units;
    }

    private static DiagnosticPhrase? DimensionTaken(NameSyntax dimension, UnitDeclarationSyntax syntax, Dictionary<string, UnitDeclarationSyntax> declared)
    {
        if (UnitCatalog.BaseDimensions.Contains(dimension.Text))
        {
            return DiagnosticPhrases.DimensionOfTheCatalogue;
        }

        return declared.TryAdd(dimension.Text, syntax)
            ? null
            : DiagnosticPhrases.DimensionDeclaredBy(declared[dimension.Text].Symbol.Text, declared[dimension.Text].Span.Line);
    }

    /// <summary>Binds one declaration after the declared units its definition uses; null when it cannot be bound (reported).</summary>
    private UnitDeclaration? BindUnit(
        UnitDeclarationSyntax syntax, Dictionary<string, UnitDeclarationSyntax> all, Dictionary<string, UnitDeclaration?> bound, List<string> path)
    {
        var symbol = syntax.Symbol.Text;
        if (bound.TryGetValue(symbol, out var done))
        {
            return done;
        }

        if (path.Contains(symbol, StringComparer.Ordinal))
        {
            var circle = string.Join(" -> ", path.SkipWhile(s => s != symbol).Append(symbol));
            _context.Report(DiagnosticCatalog.UnitCycle, syntax.Symbol.Span, symbol, circle);
            bound[symbol] = null;
            return null;
        }

        var result = syntax switch
        {
            { Dimension: { } dimension } => Declared(syntax, Unit.OfNewDimension(symbol, dimension.Text)),
            { Multiple: { } multiple, Of: { } of } => Multiple(syntax, multiple, of, all, bound, [.. path, symbol]),
            _ => null,
        };
        bound[symbol] = result;
        return result;
    }

    private UnitDeclaration? Multiple(
        UnitDeclarationSyntax syntax, Spanned<decimal> multiple, UnitSyntax of, Dictionary<string, UnitDeclarationSyntax> all,
        Dictionary<string, UnitDeclaration?> bound, List<string> path)
    {
        // The declared units the definition names are bound first, so the order of declarations does not matter.
        var used = new List<Unit>();
        foreach (var term in DeclaredTerms(of.Text, all))
        {
            if (BindUnit(all[term], all, bound, path) is { } unit)
            {
                used.Add(unit.Unit);
            }
            else
            {
                return null; // reported where it went wrong: a circle, or that unit's own definition
            }
        }

        var outer = _context.Units;
        // The units bound so far are in scope too, so that a misspelt one is suggested ('kgh2': did you mean 'kgH2'?).
        _context.Units = UnitScope.With(bound.Values.OfType<UnitDeclaration>().Select(u => u.Unit).Concat(used).DistinctBy(u => u.Symbol));
        var ofUnit = UnitResolver.Resolve(of, _context);
        _context.Units = outer;
        if (multiple.Value <= 0)
        {
            _context.Report(DiagnosticCatalog.UnitMultipleNotPositive, multiple.Span, multiple.Value);
            return null;
        }

        return ofUnit is null ? null : Declared(syntax, ofUnit.Times(multiple.Value, syntax.Symbol.Text));
    }

    private UnitDeclaration Declared(UnitDeclarationSyntax syntax, Unit unit) =>
        new(unit, syntax.Dimension?.Text, syntax.Multiple?.Value, syntax.Of?.Text, Texts(syntax.Title), syntax.Span);

    /// <summary>The declared symbols among the terms of a unit expression (<c>kgCO2e/tH2</c>, <c>tH2^2</c>, <c>tH22</c>).</summary>
    private static IEnumerable<string> DeclaredTerms(string text, Dictionary<string, UnitDeclarationSyntax> all)
    {
        foreach (var term in text.Replace(" ", string.Empty, StringComparison.Ordinal).Split('/', '*', '·'))
        {
            var bare = term.Split('^')[0];
            if (all.ContainsKey(bare))
            {
                yield return bare;
            }
            else if (bare.TrimEnd("0123456789".ToCharArray()) is { Length: > 0 } stem && all.ContainsKey(stem))
            {
                yield return stem;
            }
        }
    }
}
