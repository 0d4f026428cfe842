using RubricEngine.Model.Text;

namespace RubricEngine.Explain.Data;

/// <summary>
/// Numbers in explanations, through the one formatter every output uses (<see cref="NumberText"/>): exact beside
/// the readable form, rounded to the rubric's display precision for reading only.
/// </summary>
internal static class Numbers
{
    public static int PrecisionOf(Model.Rubrics.Rubric rubric) => rubric.Metadata.DisplayPrecision ?? NumberText.DefaultPrecision;

    public static string Text(decimal number) => NumberText.Exact(number);

    public static string? Text(decimal? number) => number is { } v ? NumberText.Exact(v) : null;

    /// <summary>The number for reading (<c>≈ 3.9889</c>); null when unknown.</summary>
    public static string? Readable(decimal? number, int precision) => NumberText.Display(number, precision);

    /// <summary>A value or trace text as the screener wrote it, with every long number in it rounded for reading.</summary>
    public static string ReadableValue(string value, int precision) => NumberText.DisplayWithin(value, precision);
}
