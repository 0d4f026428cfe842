using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Types;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// A number outside its input's declared range (<c>integer 1 to 5</c>) is an input error at its file and line
/// (RUB0430): the dossier is not screened, and the value is never clamped to the range.
/// </summary>
internal static class RangeCheck
{
    /// <summary>The value, or null after reporting it outside the range.</summary>
    public static Value? Within(Value? value, ValueRange? range, RawScalar scalar, ValueName name, DiagnosticBag diagnostics)
    {
        if (range is null || Holds(value, range))
        {
            return value;
        }

        diagnostics.Report(DiagnosticCatalog.ValueOutOfRange, scalar.Span, name.Text, DiagnosticPhrases.Range(range), scalar.Text!.Trim());
        return null;
    }

    /// <summary>True when the value is no number, or no range is declared, or the number is within it.</summary>
    public static bool Holds(Value? value, ValueRange? range) =>
        range is null || value is not NumberValue number || range.Contains(number.Number);
}
