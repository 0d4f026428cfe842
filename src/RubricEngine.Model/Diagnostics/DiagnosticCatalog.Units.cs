namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>RUB0300: a unit symbol is not in the catalogue.</summary>
    public static DiagnosticDescriptor UnknownUnit { get; } =
        Error("RUB0300", "Unknown unit", "Unknown unit '{0}'{1}");

    /// <summary>RUB0301: two values of different dimensions are compared or combined.</summary>
    public static DiagnosticDescriptor DimensionMismatch { get; } =
        Error("RUB0301", "Dimension mismatch", "Cannot {0} {1} and {2}: their dimensions differ");

    /// <summary>RUB0260: a declared unit's symbol already means a catalogue unit.</summary>
    public static DiagnosticDescriptor UnitInCatalogue { get; } =
        Error("RUB0260", "Unit already in the catalogue", "'{0}' is already a unit of the catalogue (of {1}); a rubric cannot redefine it");

    /// <summary>RUB0261: a declared dimension's name is already taken.</summary>
    public static DiagnosticDescriptor DimensionTaken { get; } =
        Error("RUB0261", "Dimension already declared", "The dimension '{0}' {1}");

    /// <summary>RUB0262: a declared unit is not a positive multiple of its unit.</summary>
    public static DiagnosticDescriptor UnitMultipleNotPositive { get; } =
        Error("RUB0262", "Unit multiple not positive", "A unit is a positive multiple of another unit; {0} is not positive");

    /// <summary>RUB0263: declared units define each other in a circle.</summary>
    public static DiagnosticDescriptor UnitCycle { get; } =
        Error("RUB0263", "Unit defined in a circle", "Unit '{0}' is defined in terms of itself: {1}");
}
