namespace RubricEngine.Screening.Dossiers;

/// <summary>The file formats dossiers can be read from.</summary>
public enum DossierFormat
{
    /// <summary>A JSON document: one dossier, an array of dossiers, or <c>{ "dossiers": [...] }</c>.</summary>
    Json,

    /// <summary>JSON Lines: one dossier object per line.</summary>
    JsonLines,

    /// <summary>CSV: one dossier per row; headers may carry units.</summary>
    Csv,

    /// <summary>YAML: one dossier, a list of dossiers, or several documents (needs a YAML reader).</summary>
    Yaml,

    /// <summary>Excel (.xlsx): one dossier per row of each sheet, with the columns of CSV.</summary>
    Excel,
}

/// <summary>Tells a dossier file's format from its extension.</summary>
internal static class DossierFormats
{
    public const string Expected = ".json, .jsonl, .csv, .xlsx, .yaml or .yml";

    public static DossierFormat? FromPath(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSON" => DossierFormat.Json,
        ".JSONL" or ".NDJSON" => DossierFormat.JsonLines,
        ".CSV" => DossierFormat.Csv,
        ".YAML" or ".YML" => DossierFormat.Yaml,
        ".XLSX" => DossierFormat.Excel,
        _ => null,
    };
}
