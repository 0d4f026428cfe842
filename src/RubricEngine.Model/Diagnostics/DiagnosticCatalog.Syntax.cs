namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>RUB0001: the parser met something it did not expect; the message lists what it expected.</summary>
    public static DiagnosticDescriptor UnexpectedToken { get; } =
        Error("RUB0001", "Unexpected text", "Unexpected {0}; expected {1}");

    /// <summary>RUB0002: an expression nests deeper than the language allows.</summary>
    public static DiagnosticDescriptor NestingTooDeep { get; } =
        Error("RUB0002", "Expression too deep", "Expression nests too deeply (more than {0} levels)");

    /// <summary>RUB0003: the parser itself failed; a bug, reported instead of thrown.</summary>
    public static DiagnosticDescriptor ParserFailure { get; } =
        Error("RUB0003", "Parser failure", "The parser failed on this declaration: {0}");

    /// <summary>RUB0004: a rubric text longer than any rubric needs, refused before parsing.</summary>
    public static DiagnosticDescriptor RubricTooLarge { get; } =
        Error("RUB0004", "Rubric too large", "The rubric is {0} characters long, beyond the limit of {1}");

    /// <summary>RUB0005: an expression chains more operations than the language allows (a sum of a thousand terms).</summary>
    public static DiagnosticDescriptor ExpressionTooLong { get; } =
        Error("RUB0005", "Expression too long", "Expression chains too many operations (more than {0}); split it into derived values");
}
