using System.Globalization;
using System.Text.RegularExpressions;
using RubricEngine.Language.Syntax;

namespace RubricEngine.Language.Yaml;

/// <summary>A number type with its range in one scalar, as the DSL writes it: <c>integer 1 to 5</c>, <c>decimal -1.5 to 2</c>.</summary>
internal static partial class YamlRanges
{
    [GeneratedRegex(@"^(decimal|integer)\s+(-?[0-9]+(?:\.[0-9]+)?)\s+to\s+(-?[0-9]+(?:\.[0-9]+)?)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ranged();

    /// <summary>The ranged type, or null when the scalar is not one (the caller reports what it expected).</summary>
    public static PrimitiveTypeSyntax? Read(YScalar scalar)
    {
        var text = scalar.Value;
        var start = text.Length - text.TrimStart().Length;
        var match = Ranged().Match(text.Trim());
        if (!match.Success
            || !decimal.TryParse(match.Groups[2].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var min)
            || !decimal.TryParse(match.Groups[3].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var max))
        {
            return null;
        }

        Spanned<decimal> At(Group group, decimal value) => new(value, scalar.SpanOf(start + group.Index, group.Length));
        var from = At(match.Groups[2], min);
        var to = At(match.Groups[3], max);
        var kind = match.Groups[1].Value == "integer" ? PrimitiveType.Integer : PrimitiveType.Decimal;
        return new PrimitiveTypeSyntax(kind, scalar.Span) { Range = new RangeSyntax(from, to, from.Span.Through(to.Span)) };
    }
}
