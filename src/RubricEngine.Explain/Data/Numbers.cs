using System.Globalization;

namespace RubricEngine.Explain.Data;

/// <summary>Invariant text for numbers, so explanations read the same on every machine.</summary>
internal static class Numbers
{
    public static string Text(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    public static string? Text(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);
}
