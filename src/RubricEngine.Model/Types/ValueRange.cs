using System.Globalization;

namespace RubricEngine.Model.Types;

/// <summary>
/// The declared range of a number input or field (<c>integer 1 to 5</c>), both ends inclusive. A dossier value
/// outside it is an input error of that dossier, never clamped.
/// </summary>
/// <param name="Min">The smallest value allowed.</param>
/// <param name="Max">The largest value allowed.</param>
public sealed record ValueRange(decimal Min, decimal Max)
{
    /// <summary>True when the value lies within the range.</summary>
    public bool Contains(decimal value) => value >= Min && value <= Max;

    /// <summary>The range as written: <c>1 to 5</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Min} to {Max}");
}
