namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// One column of a dossier CSV, read from its header: <c>id</c>, <c>assessment_date</c>, <c>evidence</c>,
/// an input such as <c>lifecycle_emissions [gCO2e/kWh]</c>, or a field of a list input such as
/// <c>panel.market_needs</c>, whose cells hold one value per record separated by <c>;</c>.
/// </summary>
/// <param name="Name">The input or reserved key.</param>
/// <param name="Field">For list columns, the record field; null otherwise.</param>
/// <param name="Unit">The unit from the header, added to bare numbers; null when none.</param>
internal sealed record CsvColumn(string Name, string? Field, string? Unit)
{
    public static CsvColumn Parse(string header)
    {
        var text = header.Trim();
        string? unit = null;
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open > 0 && text.EndsWith(']'))
        {
            unit = text[(open + 1)..^1].Trim();
            text = text[..open].Trim();
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot > 0
            ? new CsvColumn(text[..dot], text[(dot + 1)..], unit)
            : new CsvColumn(text, null, unit);
    }

    /// <summary>The cell text with the header's unit added when the cell is a bare number.</summary>
    public string WithUnit(string cell) =>
        Unit is { Length: > 0 } && ScalarText.TryParseNumber(cell, out _) ? $"{cell.Trim()} {Unit}" : cell.Trim();
}
