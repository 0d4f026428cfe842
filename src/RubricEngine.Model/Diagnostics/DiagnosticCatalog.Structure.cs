namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>RUB0216: indicator groups without a score declaration, or a score without groups.</summary>
    public static DiagnosticDescriptor ScoreMismatch { get; } =
        Error("RUB0216", "Score and groups", "{0}");

    /// <summary>RUB0217: an indicator has no score formula.</summary>
    public static DiagnosticDescriptor MissingIndicatorScore { get; } =
        Error("RUB0217", "Missing indicator score", "Indicator '{0}' needs a 'score' clause");

    /// <summary>RUB0218: a count or percentage is out of range.</summary>
    public static DiagnosticDescriptor InvalidCount { get; } =
        Error("RUB0218", "Invalid count", "{0} must be {1}, found {2}");

    /// <summary>RUB0219: a criterion's <c>from</c> date is after its <c>until</c> date.</summary>
    public static DiagnosticDescriptor InvalidDateRange { get; } =
        Error("RUB0219", "Invalid date range", "'{0}' applies from {1} until {2}, which is never");

    /// <summary>RUB0220: an explanation placeholder names nothing known.</summary>
    public static DiagnosticDescriptor UnknownPlaceholder { get; } =
        Error("RUB0220", "Unknown placeholder", "Placeholder '{0}' names nothing declared{1}");

    /// <summary>RUB0221: a name beside an enumeration is not one of its members.</summary>
    public static DiagnosticDescriptor NotAnEnumMember { get; } =
        Error("RUB0221", "Not an enumeration member", "'{0}' is not one of {1}{2}");

    /// <summary>RUB0222: an example table row has the wrong number of cells.</summary>
    public static DiagnosticDescriptor TableShape { get; } =
        Error("RUB0222", "Table shape", "This row has {0} cells but there are {1} columns");

    /// <summary>RUB0223: a clause does not fit the input's type.</summary>
    public static DiagnosticDescriptor ClauseNotApplicable { get; } =
        Error("RUB0223", "Clause not applicable", "{0}");

    /// <summary>RUB0224: a list input is used as a value, outside an aggregation.</summary>
    public static DiagnosticDescriptor ListAsValue { get; } =
        Error("RUB0224", "List used as a value", "List '{0}' can only be used through an aggregation, such as 'count of {0}'");

    /// <summary>RUB0225: an example value is not a literal.</summary>
    public static DiagnosticDescriptor ExampleValueNotLiteral { get; } =
        Error("RUB0225", "Example value not literal", "An example gives plain values; '{0}' is an expression");

    /// <summary>RUB0226: a declaration lacks a clause it needs.</summary>
    public static DiagnosticDescriptor MissingClause { get; } =
        Error("RUB0226", "Missing clause", "{0}");

    /// <summary>RUB0227: the checker itself failed; a bug, reported instead of thrown.</summary>
    public static DiagnosticDescriptor CheckerFailure { get; } =
        Error("RUB0227", "Checker failure", "The checker failed: {0}");
}
