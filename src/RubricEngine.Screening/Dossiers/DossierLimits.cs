namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// The reading limits (docs/screening.md, "Limits"). Each is far above any real dossier (the shipped samples are
/// under 10 KB a file, the survey tables under 2 KB) and low enough that one hostile input cannot exhaust memory;
/// an input beyond one fails alone with RUB0420.
/// </summary>
internal static class DossierLimits
{
    /// <summary>A JSON file is parsed whole, so its size is bounded; JSON Lines streams any number of dossiers.</summary>
    public const long MaxJsonFileBytes = 256L * 1024 * 1024;

    /// <summary>One dossier: a JSON Lines line or a YAML document, in characters.</summary>
    public const int MaxDossierChars = 64 * 1024 * 1024;

    /// <summary>One CSV line (a dossier row), in bytes; room for a panel of a million experts in one row.</summary>
    public const int MaxCsvLineBytes = 64 * 1024 * 1024;

    /// <summary>One text value or key, in characters.</summary>
    public const int MaxStringChars = 1024 * 1024;

    /// <summary>The items of one list (conflicting values or records); a panel of a million experts fits.</summary>
    public const int MaxListItems = 1 << 20;

    /// <summary>Nesting of maps and lists; a dossier needs four levels (dossier, input, records, fields).</summary>
    public const int MaxDepth = 64;
}
