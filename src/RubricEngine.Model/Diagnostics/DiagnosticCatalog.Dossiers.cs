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

    /// <summary>RUB0420: an input exceeds one of the reading limits (file, dossier, CSV line, text, list or nesting size).</summary>
    public static DiagnosticDescriptor DossierLimitExceeded { get; } =
        Error("RUB0420", "Dossier limit exceeded", "{0} exceeds the limit of {1}{2}");

    /// <summary>RUB0421: a number is beyond the range or precision of a decimal; it is refused, never rounded or zeroed.</summary>
    public static DiagnosticDescriptor NumberNotExact { get; } =
        Error("RUB0421", "Number beyond decimal range or precision",
            "'{0}': the number '{1}' cannot be held exactly (at most 28 significant digits, magnitude below 7.9e28, no digit below 1e-28)");

    /// <summary>RUB0422: a number is written with a comma, which could be a thousands separator or a decimal comma.</summary>
    public static DiagnosticDescriptor NumberWithComma { get; } =
        Error("RUB0422", "Comma in a number",
            "'{0}': '{1}' has a comma in the number; write numbers without thousands separators and with '.' as the decimal point (1000.5, not 1,000.5)");

    /// <summary>RUB0423: text is not valid UTF-8 (or holds a lone surrogate), so its value cannot be trusted.</summary>
    public static DiagnosticDescriptor InvalidTextEncoding { get; } =
        Error("RUB0423", "Invalid text encoding", "{0} is not valid UTF-8 text{1}");

    /// <summary>RUB0424: a dossier file holds no dossiers (empty, whitespace, comments, a header only or an empty list); it is counted as skipped.</summary>
    public static DiagnosticDescriptor EmptyDossierFile { get; } =
        Warning("RUB0424", "Empty dossier file", "'{0}' holds no dossiers; it is counted as skipped");

    /// <summary>RUB0425: a folder link leads back to a folder already read (a loop or a second path); it is not followed.</summary>
    public static DiagnosticDescriptor DirectoryLoop { get; } =
        Warning("RUB0425", "Folder read twice", "'{0}' leads to '{1}', which is already read; it is not read again");
}
