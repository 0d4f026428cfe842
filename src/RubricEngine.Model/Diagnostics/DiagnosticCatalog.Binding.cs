namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>RUB0200: there is no <c>rubric</c> declaration.</summary>
    public static DiagnosticDescriptor MissingHeader { get; } =
        Error("RUB0200", "Missing rubric header", "A rubric needs a 'rubric' declaration with its id");

    /// <summary>RUB0201: a declaration that may appear once appears again.</summary>
    public static DiagnosticDescriptor DuplicateDeclaration { get; } =
        Error("RUB0201", "Duplicate declaration", "A rubric has only one '{0}' declaration; the first is at line {1}");

    /// <summary>RUB0202: a name is declared twice.</summary>
    public static DiagnosticDescriptor DuplicateName { get; } =
        Error("RUB0202", "Duplicate name", "'{0}' is already declared at line {1}");

    /// <summary>RUB0203: a name refers to nothing declared.</summary>
    public static DiagnosticDescriptor UnknownName { get; } =
        Error("RUB0203", "Unknown name", "Unknown name '{0}'{1}");

    /// <summary>RUB0204: an outcome is not in the rubric's vocabulary.</summary>
    public static DiagnosticDescriptor UnknownOutcome { get; } =
        Error("RUB0204", "Unknown outcome", "Unknown outcome '{0}'{1}");

    /// <summary>RUB0205: a list has no such field.</summary>
    public static DiagnosticDescriptor UnknownField { get; } =
        Error("RUB0205", "Unknown field", "List '{0}' has no field '{1}'{2}");

    /// <summary>RUB0206: an aggregation names something that is not a list input.</summary>
    public static DiagnosticDescriptor NotAList { get; } =
        Error("RUB0206", "Not a list", "'{0}' is not a list input");

    /// <summary>RUB0207: an expression has the wrong type for where it is used.</summary>
    public static DiagnosticDescriptor TypeMismatch { get; } =
        Error("RUB0207", "Type mismatch", "Expected {0}, found {1}");

    /// <summary>RUB0208: an operator does not apply to its operands' types.</summary>
    public static DiagnosticDescriptor OperatorTypes { get; } =
        Error("RUB0208", "Operator types", "Operator '{0}' cannot be applied to {1} and {2}");

    /// <summary>RUB0209: derived values or criteria depend on themselves.</summary>
    public static DiagnosticDescriptor Cycle { get; } =
        Error("RUB0209", "Cycle", "'{0}' depends on itself: {1}");

    /// <summary>RUB0210: a weight is zero or negative.</summary>
    public static DiagnosticDescriptor NonPositiveWeight { get; } =
        Error("RUB0210", "Weight not positive", "The weight of '{0}' must be positive, found {1}");

    /// <summary>RUB0211: the classification has no <c>otherwise</c>.</summary>
    public static DiagnosticDescriptor MissingFallback { get; } =
        Error("RUB0211", "Missing fallback", "The classification needs an 'otherwise' fallback");

    /// <summary>RUB0212: there is no classification.</summary>
    public static DiagnosticDescriptor MissingClassification { get; } =
        Error("RUB0212", "Missing classification", "A rubric needs a 'classification' declaration");

    /// <summary>RUB0213: a tier comes after one that always applies, or repeats an earlier condition.</summary>
    public static DiagnosticDescriptor UnreachableTier { get; } =
        Warning("RUB0213", "Unreachable tier", "Tier '{0}' can never apply: {1}");

    /// <summary>RUB0214: two tiers give the same outcome.</summary>
    public static DiagnosticDescriptor DuplicateTierOutcome { get; } =
        Warning("RUB0214", "Repeated tier outcome", "Outcome '{0}' is already given by the tier at line {1}");

    /// <summary>RUB0215: an input is never used.</summary>
    public static DiagnosticDescriptor UnusedInput { get; } =
        Warning("RUB0215", "Unused input", "Input '{0}' is never used");
}
