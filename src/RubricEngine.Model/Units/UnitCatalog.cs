using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Units;

/// <summary>
/// The units a rubric or dossier may use, and the parser for compound unit expressions such as
/// <c>gCO2e/kWh</c>, <c>W/m2</c> or <c>kg*km/h</c>. Symbols are case-sensitive (<c>Mt</c> is not <c>mt</c>).
/// </summary>
public static partial class UnitCatalog
{
    private static readonly FrozenDictionary<string, Unit> Simple = BuildSimpleUnits();

    // Dossiers repeat the same few compound units; parsing them once keeps screening fast. Bounded, so
    // hostile input with endless distinct units cannot grow it without limit.
    private const int CompoundCacheLimit = 10_000;
    private static readonly ConcurrentDictionary<string, Unit> Compound = new(StringComparer.Ordinal);

    /// <summary>Every simple (non-compound) unit symbol, in ordinal order.</summary>
    public static IReadOnlyList<string> Symbols { get; } = [.. Simple.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Looks up a simple symbol or parses a compound expression.</summary>
    /// <param name="text">The unit expression, such as <c>kgCO2e/MWh</c>.</param>
    /// <param name="unit">The unit, when the expression is valid.</param>
    /// <param name="unknownSymbol">The first symbol that is not in the catalogue, when one is not.</param>
    /// <returns>True when every symbol is known and the expression is well formed.</returns>
    public static bool TryParse(string text, out Unit unit, out string? unknownSymbol) =>
        TryParse(text, CatalogLookup, Compound, out unit, out unknownSymbol);

    private static readonly Func<string, Unit?> CatalogLookup = Find;

    /// <summary>The base dimensions the catalogue's units are made of (<c>mass</c>, <c>energy</c>, <c>currency:EUR</c>...).</summary>
    public static IReadOnlySet<string> BaseDimensions { get; } =
        Simple.Values.SelectMany(u => u.Dimension.Exponents.Keys).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The simple unit with this exact symbol, or null (no compound units, no exponents).</summary>
    internal static Unit? Find(string symbol) => Simple.GetValueOrDefault(symbol);

    /// <summary>Parses with <paramref name="symbols"/> looking up the simple units, caching compound results in <paramref name="cache"/>.</summary>
    internal static bool TryParse(
        string text, Func<string, Unit?> symbols, ConcurrentDictionary<string, Unit> cache, out Unit unit, out string? unknownSymbol)
    {
        ArgumentNullException.ThrowIfNull(text);
        unit = Unit.One;
        unknownSymbol = null;
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (compact.Length == 0)
        {
            unknownSymbol = text;
            return false;
        }

        if (symbols(compact) is { } simple || cache.TryGetValue(compact, out simple))
        {
            unit = simple;
            return true;
        }

        Unit? result = null;
        var dividing = false;
        foreach (var (token, divideNext) in SplitTerms(compact))
        {
            if (!TryParseTerm(token, symbols, out var term))
            {
                unknownSymbol = token;
                return false;
            }

            result = result is null ? term : dividing ? result.Divide(term, string.Empty) : result.Multiply(term, string.Empty);
            // Everything after the first '/' is in the denominator: a/b*c means a/(b*c), as people write it.
            dividing |= divideNext;
        }

        unit = new Unit(compact, result!.Dimension, result.Factor);
        if (cache.Count < CompoundCacheLimit)
        {
            cache.TryAdd(compact, unit);
        }

        return true;
    }

    /// <summary>The closest known symbol to a misspelt one, for a "did you mean" hint.</summary>
    public static string? Suggest(string symbol) => NameSuggester.Suggest(symbol, Simple.Keys);

    /// <summary>
    /// The closest known symbol to a misspelt one, preferring units of the dimension the value must have:
    /// <c>kn</c> where a length is expected suggests <c>km</c>, not <c>kJ</c>. Falls back to any unit.
    /// </summary>
    public static string? Suggest(string symbol, Dimension? expected) => UnitScope.Catalog.Suggest(symbol, expected);

    /// <summary>Parses a unit that is known to be valid, such as one written in code.</summary>
    public static Unit Parse(string text) =>
        TryParse(text, out var unit, out var unknown)
            ? unit
            : throw new ArgumentException($"Unknown unit '{unknown}' in '{text}'.", nameof(text));

    private static IEnumerable<(string Token, bool DivideNext)> SplitTerms(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '/' or '*' or '·')
            {
                yield return (text[start..i], text[i] == '/');
                start = i + 1;
            }
        }

        yield return (text[start..], false);
    }

    private static bool TryParseTerm(string token, Func<string, Unit?> symbols, out Unit unit)
    {
        unit = Unit.One;
        if (token.Length == 0)
        {
            return false;
        }

        if (symbols(token) is { } found)
        {
            unit = found;
            return true;
        }

        // An exponent: m2, m^2, km3. Only a trailing digit run counts, so gCO2e stays one symbol.
        var caret = token.IndexOf('^', StringComparison.Ordinal);
        var digits = caret >= 0 ? caret : token.Length - token.Reverse().TakeWhile(char.IsAsciiDigit).Count();
        var exponentText = caret >= 0 ? token[(caret + 1)..] : token[digits..];
        if (digits == 0 || digits == token.Length
            || !int.TryParse(exponentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent)
            || exponent is 0 or > 4 or < -4
            || symbols(token[..digits]) is not { } baseUnit)
        {
            return false;
        }

        unit = baseUnit.Pow(exponent, token);
        return true;
    }
}
