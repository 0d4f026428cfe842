namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>RUB0900: no dossier can reach a tier: its condition (with the gates) cannot hold, or earlier tiers take every case it holds in.</summary>
    public static DiagnosticDescriptor TierNeverReached { get; } =
        Warning("RUB0900", "Tier never reached", "Tier '{0}' can never be reached: {1}");

    /// <summary>RUB0901: two tiers overlap without one containing the other, so the first takes part of the second's cases.</summary>
    public static DiagnosticDescriptor TiersOverlap { get; } =
        Warning("RUB0901", "Tiers overlap", "Tier '{0}' overlaps the earlier tier '{1}' without either containing the other: {2}");

    /// <summary>RUB0902: values of a number between two ranges that reach tiers reach none (the fallback).</summary>
    public static DiagnosticDescriptor TierGap { get; } =
        Warning("RUB0902", "Gap between tiers", "Values of '{0}' {1} reach no tier (the fallback '{2}'), though values below and above reach one");

    /// <summary>RUB0903: a criterion holds whatever the evidence.</summary>
    public static DiagnosticDescriptor CriterionAlwaysMet { get; } =
        Warning("RUB0903", "Criterion always met", "'{0}' is met whatever the evidence: '{1}' always holds");

    /// <summary>RUB0904: a criterion can never hold.</summary>
    public static DiagnosticDescriptor CriterionNeverMet { get; } =
        Warning("RUB0904", "Criterion never met", "'{0}' can never be met: '{1}' never holds");

    /// <summary>RUB0905: two criteria hold in exactly the same cases.</summary>
    public static DiagnosticDescriptor CriterionRedundant { get; } =
        Warning("RUB0905", "Redundant criterion", "'{0}' holds in exactly the cases '{1}' holds in");

    /// <summary>RUB0906: an input that explanations show but no expression reads (one neither read nor shown is RUB0215).</summary>
    public static DiagnosticDescriptor InputUnused { get; } =
        Warning("RUB0906", "Input read by no rule", "Input '{0}' is only shown in explanations; no derived value, criterion, indicator or tier reads it");

    /// <summary>RUB0907: a weighted sum whose weights do not sum to 1, so the score leaves the indicators' scale.</summary>
    public static DiagnosticDescriptor WeightsDoNotSum { get; } =
        Warning("RUB0907", "Weights do not sum to 1", "'{0}' is a weighted sum, but its group weights sum to {1}, not 1");

    /// <summary>RUB0908: the analysis of a question stopped at its step limit, so nothing is claimed about it.</summary>
    public static DiagnosticDescriptor LintUndecided { get; } =
        Warning("RUB0908", "Analysis undecided", "The analysis of {0} stopped after {1} steps; nothing is claimed about it");
}
