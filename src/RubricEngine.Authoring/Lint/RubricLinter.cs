using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;

namespace RubricEngine.Authoring.Lint;

/// <summary>
/// Static analysis beyond <c>rubric check</c>: tiers never reached, overlapping or leaving gaps, criteria always or
/// never met or redundant, inputs read by nothing, weighted sums whose weights do not sum to 1. Findings are
/// warnings with positions and catalogue codes (RUB0900-RUB0949). A finding the authors mean to keep is silenced
/// by a comment directly above the declaration that says <c>lint: allow RUBnnnn</c> and why.
/// </summary>
public static class RubricLinter
{
    /// <summary>The findings for a rubric, sorted by position; <paramref name="sourceText"/> (the rubric's text) enables allow comments.</summary>
    public static IReadOnlyList<Diagnostic> Lint(Rubric rubric, string? sourceText = null)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var findings = new List<Diagnostic>();
        UsageChecks.Run(rubric, findings);
        var builder = new FormulaBuilder(rubric);
        var logic = new LogicChecks(rubric, builder, findings);
        logic.Criteria();
        logic.Tiers();
        var allowed = sourceText is null ? [] : AllowComments.Read(sourceText);
        return [.. findings
            .Where(f => !AllowComments.Silences(allowed, f))
            .OrderBy(f => f.Span.Line).ThenBy(f => f.Span.Column).ThenBy(f => f.Code, StringComparer.Ordinal)];
    }

    /// <summary>The checker's own warnings less those an allow comment in <paramref name="sourceText"/> silences.</summary>
    public static IEnumerable<Diagnostic> WithoutAllowed(IEnumerable<Diagnostic> diagnostics, string sourceText)
    {
        var allowed = AllowComments.Read(sourceText);
        return diagnostics.Where(d => !AllowComments.Silences(allowed, d));
    }

    internal static Diagnostic Finding(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        Diagnostic.Create(descriptor, span, args);
}
