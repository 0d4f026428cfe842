using System.Globalization;
using System.Text.RegularExpressions;

namespace RubricEngine.Model.Text;

/// <summary>
/// The one formatter for numbers people read (terminal table, explanations in text, Markdown and HTML, batch
/// reports): invariant, trailing zeros dropped, and rounded to a display precision with the rounding marked
/// (<c>≈ 4.0488</c>), so every output shows the same figure for the same value. Rounding is for display
/// only: decision JSON and CSV keep the exact value (<see cref="Exact"/>). A rubric may set its precision
/// (<c>display precision 2</c>); <see cref="DefaultPrecision"/> otherwise.
/// </summary>
public static partial class NumberText
{
    /// <summary>Decimal places shown when the rubric does not set a display precision.</summary>
    public const int DefaultPrecision = 4;

    /// <summary>The largest display precision a rubric may set.</summary>
    public const int MaxPrecision = 12;

    /// <summary>The exact value, invariant, without trailing zeros: <c>3.5</c>, <c>1.6666666666666666666666666667</c>.</summary>
    public static string Exact(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>
    /// The value for reading: exact when it has at most <paramref name="precision"/> decimals, else rounded half away
    /// from zero and marked with <c>≈</c> (<c>≈ 1.6667</c>).
    /// </summary>
    public static string Display(decimal value, int precision = DefaultPrecision)
    {
        var rounded = Math.Round(value, Math.Clamp(precision, 0, MaxPrecision), MidpointRounding.AwayFromZero);
        return rounded == value ? Exact(value) : "≈ " + Exact(rounded);
    }

    /// <summary>Like <see cref="Display(decimal, int)"/>; null when the value is unknown.</summary>
    public static string? Display(decimal? value, int precision = DefaultPrecision) =>
        value is { } v ? Display(v, precision) : null;

    /// <summary>
    /// A text with every decimal number in it shown for reading (<c>power_density = 1.6666666666666666666666666667 W/m2</c>
    /// reads <c>power_density = ≈ 1.6667 W/m2</c>); numbers with few decimals, names and other text are kept.
    /// </summary>
    public static string DisplayWithin(string text, int precision = DefaultPrecision)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DecimalNumber().Replace(text, match =>
            match.Groups["decimals"].Length > precision
            && decimal.TryParse(match.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                ? Display(number, precision)
                : match.Value);
    }

    // A decimal number not inside a name or a longer number (no letter, digit, '_' or '.' right before or after).
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.])-?[0-9]+\.(?<decimals>[0-9]+)(?![\p{L}\p{N}_.])", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();
}
