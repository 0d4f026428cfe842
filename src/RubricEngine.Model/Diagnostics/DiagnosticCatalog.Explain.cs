namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>RUB0270: <c>explain</c> was given a file of several dossiers and no <c>--id</c>.</summary>
    public static DiagnosticDescriptor DossierToExplainNotChosen { get; } =
        Error("RUB0270", "Dossier to explain not chosen", "The file holds {0} screenable dossiers ({1}); choose the one to explain with --id");

    /// <summary>RUB0271: <c>explain --id</c> names no screenable dossier of the file.</summary>
    public static DiagnosticDescriptor DossierToExplainNotFound { get; } =
        Error("RUB0271", "Dossier to explain not found", "No screenable dossier '{0}' in the file (found: {1})");
}
