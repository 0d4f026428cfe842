namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>
    /// RUB0650: an exception escaped a reader, the binder or an engine for one dossier. It is a bug; the batch
    /// reports it for that dossier and goes on with the others.
    /// </summary>
    public static DiagnosticDescriptor InternalDossierError { get; } =
        Error("RUB0650", "Internal error", "Internal error while {0} ({1}: {2}); the rest of the batch was screened. Please report it");
}
