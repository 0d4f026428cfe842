namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>RUB0500: an explanation template does not parse.</summary>
    public static DiagnosticDescriptor TemplateSyntaxError { get; } =
        Error("RUB0500", "Template syntax error", "{0}");

    /// <summary>RUB0501: an explanation template failed while rendering.</summary>
    public static DiagnosticDescriptor TemplateRuntimeError { get; } =
        Error("RUB0501", "Template runtime error", "{0}");

    /// <summary>RUB0502: a template looped more often than the sandbox allows.</summary>
    public static DiagnosticDescriptor TemplateLoopLimit { get; } =
        Error("RUB0502", "Template loop limit", "The template ran more than {0} loop iterations; it was stopped");

    /// <summary>RUB0503: a template recursed deeper than the sandbox allows.</summary>
    public static DiagnosticDescriptor TemplateRecursionLimit { get; } =
        Error("RUB0503", "Template recursion limit", "The template recursed more than {0} levels deep; it was stopped");

    /// <summary>RUB0504: a template wrote more output than the sandbox allows.</summary>
    public static DiagnosticDescriptor TemplateOutputLimit { get; } =
        Error("RUB0504", "Template output limit", "The template wrote more than {0} characters; it was stopped");

    /// <summary>RUB0505: no built-in template exists for a language and format.</summary>
    public static DiagnosticDescriptor TemplateNotFound { get; } =
        Error("RUB0505", "Template not found", "There is no built-in template for language '{0}' and format '{1}'; available: {2}");

    /// <summary>RUB0506: a template tried to include another file, which the sandbox refuses.</summary>
    public static DiagnosticDescriptor TemplateIncludeRefused { get; } =
        Error("RUB0506", "Template include refused", "Templates cannot include other files ('{0}'); write the text into the template");

    /// <summary>RUB0507: a decision is explained with another rubric than the one that made it.</summary>
    public static DiagnosticDescriptor DecisionRubricMismatch { get; } =
        Error("RUB0507", "Decision from another rubric", "The decision was made by rubric '{0}' {1}, not by '{2}' {3}");

    /// <summary>RUB0508: a template ran longer than the sandbox allows.</summary>
    public static DiagnosticDescriptor TemplateTimeLimit { get; } =
        Error("RUB0508", "Template time limit", "The template ran longer than {0} seconds; it was stopped");

    /// <summary>RUB0509: a template built a string longer than the sandbox allows.</summary>
    public static DiagnosticDescriptor TemplateStringLimit { get; } =
        Error("RUB0509", "Template string limit", "The template built a string longer than {0} characters; it was stopped");

    /// <summary>RUB0510: an explanation is given another dossier than the one decided.</summary>
    public static DiagnosticDescriptor DecisionDossierMismatch { get; } =
        Error("RUB0510", "Decision of another dossier", "Dossier '{0}' is not the one the decision is about ('{1}')");

    /// <summary>RUB0511: a template allocated more memory than the sandbox allows.</summary>
    public static DiagnosticDescriptor TemplateMemoryLimit { get; } =
        Error("RUB0511", "Template memory limit", "The template used more than {0} MB of memory; it was stopped");
}
