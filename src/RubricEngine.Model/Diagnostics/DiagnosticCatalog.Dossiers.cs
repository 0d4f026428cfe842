namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>RUB0400: a dossier file is not well-formed YAML, JSON or CSV.</summary>
    public static DiagnosticDescriptor MalformedDossier { get; } =
        Error("RUB0400", "Malformed dossier", "Malformed {0}: {1}");

    /// <summary>RUB0401: a dossier names an input the rubric does not declare.</summary>
    public static DiagnosticDescriptor UnknownDossierInput { get; } =
        Error("RUB0401", "Unknown dossier input", "Unknown input '{0}'{1}");

    /// <summary>RUB0402: a dossier lacks an input the rubric declares as required.</summary>
    public static DiagnosticDescriptor MissingRequiredInput { get; } =
        Error("RUB0402", "Missing required input", "Dossier '{0}' lacks the required input '{1}'");

    /// <summary>RUB0403: a value cannot be read as the input's type.</summary>
    public static DiagnosticDescriptor WrongValueType { get; } =
        Error("RUB0403", "Wrong value type", "'{0}' expects {1}, but the value is '{2}'");

    /// <summary>RUB0404: a quantity's unit measures another dimension than the input's.</summary>
    public static DiagnosticDescriptor WrongValueDimension { get; } =
        Error("RUB0404", "Wrong dimension", "'{0}' expects a quantity of {1}, but '{2}' is a quantity of {3}");

    /// <summary>RUB0405: a quantity input is given a bare number.</summary>
    public static DiagnosticDescriptor MissingValueUnit { get; } =
        Error("RUB0405", "Missing unit", "'{0}' expects a quantity of {1}, but '{2}' has no unit");

    /// <summary>RUB0406: a value cites an evidence item the dossier does not list.</summary>
    public static DiagnosticDescriptor UnknownEvidenceItem { get; } =
        Error("RUB0406", "Unknown evidence item", "The value cites evidence '{0}', which the dossier does not list");

    /// <summary>RUB0407: a dossier has no identifier.</summary>
    public static DiagnosticDescriptor MissingDossierId { get; } =
        Error("RUB0407", "Missing dossier id", "The dossier has no 'id'");

    /// <summary>RUB0408: two dossiers of one batch share an identifier.</summary>
    public static DiagnosticDescriptor DuplicateDossierId { get; } =
        Error("RUB0408", "Duplicate dossier id", "Dossier id '{0}' was already used at {1}");

    /// <summary>RUB0409: a record of a list input names a field the list does not declare.</summary>
    public static DiagnosticDescriptor UnknownRecordField { get; } =
        Error("RUB0409", "Unknown record field", "'{0}' has no field '{1}'{2}");

    /// <summary>RUB0410: a record of a list input lacks a required field.</summary>
    public static DiagnosticDescriptor MissingRecordField { get; } =
        Error("RUB0410", "Missing record field", "A record of '{0}' lacks the required field '{1}'");

    /// <summary>RUB0411: a dossier element has the wrong shape (a list where a single value belongs, and so on).</summary>
    public static DiagnosticDescriptor WrongDossierShape { get; } =
        Error("RUB0411", "Wrong dossier shape", "'{0}' should be {1}");

    /// <summary>RUB0412: an evidence item id is listed twice in one dossier.</summary>
    public static DiagnosticDescriptor DuplicateEvidenceItem { get; } =
        Error("RUB0412", "Duplicate evidence item", "Evidence item '{0}' is listed more than once");

    /// <summary>RUB0413: a CSV header cannot be read.</summary>
    public static DiagnosticDescriptor InvalidCsvHeader { get; } =
        Error("RUB0413", "Invalid CSV header", "Invalid CSV column header '{0}': {1}");
}
