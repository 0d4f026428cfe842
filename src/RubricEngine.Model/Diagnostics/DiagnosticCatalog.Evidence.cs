namespace RubricEngine.Model.Diagnostics;

// The evidence constructs: evidence tests, admissibility requirements and conflict policies.
public static partial class DiagnosticCatalog
{
    /// <summary>RUB0250: an evidence test or requirement names something that is not an input.</summary>
    public static DiagnosticDescriptor EvidenceOfNonInput { get; } =
        Error("RUB0250", "Evidence of a non-input", "Only an input has evidence; {0} is {1}");

    /// <summary>RUB0251: <c>verified as</c> names no verification kind.</summary>
    public static DiagnosticDescriptor UnknownVerificationKind { get; } =
        Error("RUB0251", "Unknown verification kind", "'{0}' is not a verification kind (self_declared, second_party, third_party, accredited){1}");

    /// <summary>RUB0252: a criterion's requirement names an input its condition does not read directly.</summary>
    public static DiagnosticDescriptor RequirementNotRead { get; } =
        Error("RUB0252", "Requirement on an input not read", "'{0}' requires evidence of '{1}', which its condition does not read directly");

    /// <summary>RUB0253: a conflict policy step that can never run, or that must come last.</summary>
    public static DiagnosticDescriptor ConflictStepOrder { get; } =
        Error("RUB0253", "Conflict policy order", "{0}");
}
