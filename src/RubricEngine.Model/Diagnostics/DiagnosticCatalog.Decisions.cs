namespace RubricEngine.Model.Diagnostics;

/// <summary>Scores over scored indicators, named classifications, notes and value ranges (RUB0240-RUB0249, RUB0430).</summary>
public static partial class DiagnosticCatalog
{
    /// <summary>RUB0240: a partial-scoring rule on a score that is not over scored indicators.</summary>
    public static DiagnosticDescriptor ScoreRuleWithoutPartial { get; } =
        Error("RUB0240", "Score rule without partial scoring",
            "'{0}' applies to a score over scored indicators only; write 'score {1} is {2} of scored indicators'");

    /// <summary>RUB0241: a name that should be an indicator is not one.</summary>
    public static DiagnosticDescriptor NotAnIndicator { get; } =
        Error("RUB0241", "Not an indicator", "'{0}' is not an indicator{1}");

    /// <summary>RUB0242: an unnamed classification beside named ones.</summary>
    public static DiagnosticDescriptor MixedClassifications { get; } =
        Error("RUB0242", "Unnamed classification beside named ones",
            "A rubric with named classifications cannot also have an unnamed one; name the classification at line {0}");

    /// <summary>RUB0243: a classification's <c>gates</c> clause names something that is not a gate.</summary>
    public static DiagnosticDescriptor NotAGate { get; } =
        Error("RUB0243", "Not a gate", "'{0}' is not a gate{1}");

    /// <summary>RUB0244: a value range that is empty, or not whole numbers for an integer.</summary>
    public static DiagnosticDescriptor InvalidRange { get; } =
        Error("RUB0244", "Invalid range", "{0}");

    /// <summary>RUB0245: <c>gates</c> or <c>without gates</c> in the unnamed classification, which obeys every gate.</summary>
    public static DiagnosticDescriptor GatesOnUnnamedClassification { get; } =
        Error("RUB0245", "Gates on the unnamed classification",
            "Only a named classification chooses its gates; the unnamed classification is subject to every gate");

    /// <summary>RUB0228: an example expects the outcome of a classification the rubric does not name.</summary>
    public static DiagnosticDescriptor NotAClassification { get; } =
        Error("RUB0228", "Not a classification", "'{0}' is not a named classification{1}");

    /// <summary>RUB0229: <c>display precision</c> that is not a whole number from 0 to the largest precision.</summary>
    public static DiagnosticDescriptor InvalidDisplayPrecision { get; } =
        Error("RUB0229", "Invalid display precision", "The display precision must be a whole number of decimal places from 0 to {0}, found {1}");

    /// <summary>RUB0430: a dossier value outside its input's declared range; the dossier is not screened (never clamped).</summary>
    public static DiagnosticDescriptor ValueOutOfRange { get; } =
        Error("RUB0430", "Value out of range", "'{0}' must be from {1}, but the value is {2}");
}
