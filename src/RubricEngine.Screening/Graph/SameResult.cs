using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Graph;

/// <summary>
/// Whether two results of one node are the same to every node that reads it: the same value with the same
/// representation (a decimal's scale included: 1.0 and 1.00 print differently), reason and applicability.
/// Results carrying more (verdicts, cohort figures, resolved inputs) or values of other kinds are never called
/// the same: the answer may be a false "no", never a false "yes". Conditions are not compared: no node reads them.
/// </summary>
internal static class SameResult
{
    public static bool Of(NodeResult a, NodeResult b) =>
        ReferenceEquals(a, b)
        || (a.Applicable == b.Applicable && a.Undecided == b.Undecided
            && a.Verdicts.IsEmpty && b.Verdicts.IsEmpty && a.Cohort.IsEmpty && b.Cohort.IsEmpty
            && a.Input is null && b.Input is null
            && string.Equals(a.Reason, b.Reason, StringComparison.Ordinal)
            && SameValue(a.Value, b.Value));

    private static bool SameValue(Value? a, Value? b) => (a, b) switch
    {
        (null, null) => true,
        (TruthValue x, TruthValue y) => x.Truth == y.Truth,
        (TextValue x, TextValue y) => string.Equals(x.Text, y.Text, StringComparison.Ordinal),
        (EnumValue x, EnumValue y) => string.Equals(x.Member, y.Member, StringComparison.Ordinal),
        (DateValue x, DateValue y) => x.Date == y.Date,
        (NumberValue x, NumberValue y) => SameDecimal(x.Number, y.Number),
        (QuantityValue x, QuantityValue y) => SameDecimal(x.Quantity.Value, y.Quantity.Value) && x.Quantity.Unit.Equals(y.Quantity.Unit),
        _ => false,
    };

    // Bit for bit: the same value, scale and sign (negative zero included).
    private static bool SameDecimal(decimal a, decimal b)
    {
        Span<int> x = stackalloc int[4];
        Span<int> y = stackalloc int[4];
        decimal.GetBits(a, x);
        decimal.GetBits(b, y);
        return x.SequenceEqual(y);
    }
}
