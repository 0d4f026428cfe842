namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>RUB0300: a unit symbol is not in the catalogue.</summary>
    public static DiagnosticDescriptor UnknownUnit { get; } =
        Error("RUB0300", "Unknown unit", "Unknown unit '{0}'{1}");

    /// <summary>RUB0301: two values of different dimensions are compared or combined.</summary>
    public static DiagnosticDescriptor DimensionMismatch { get; } =
        Error("RUB0301", "Dimension mismatch", "Cannot {0} {1} and {2}: their dimensions differ");
}
