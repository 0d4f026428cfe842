namespace RubricEngine.Screening.Dossiers;

/// <summary>Excel column letters and 1-based column numbers: A = 1, Z = 26, AA = 27.</summary>
internal static class ExcelColumns
{
    public static int Number(string letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        var number = 0;
        foreach (var c in letters)
        {
            number = (number * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return number;
    }

    public static string Letters(int number)
    {
        var letters = string.Empty;
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
