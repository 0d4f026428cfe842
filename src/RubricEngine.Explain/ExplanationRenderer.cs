using RubricEngine.Explain.Data;
using RubricEngine.Explain.Localization;
using RubricEngine.Explain.Templates;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Decisions;
using Scriban.Runtime;

namespace RubricEngine.Explain;

/// <summary>
/// Renders decisions as explanations for auditors (Markdown, HTML, text; English or Chinese) and batches as
/// a ranked HTML report folder. Templates run in Scriban's sandbox: they see plain data only, cannot include files,
/// and are stopped at loop, recursion, output and time limits. The variables they see are documented in
/// <c>docs/templates.md</c>.
/// </summary>
public static class ExplanationRenderer
{
    /// <summary>The languages with built-in templates and words: <c>en</c> and <c>zh</c>.</summary>
    public static IReadOnlyList<string> Languages => UiText.Languages;

    /// <summary>Renders a decision with the built-in template for the language and format.</summary>
    /// <param name="rubric">The rubric that made the decision; its labels are used.</param>
    /// <param name="decision">The decision to explain.</param>
    /// <param name="language"><c>en</c> or <c>zh</c>.</param>
    /// <param name="format">Markdown, HTML or text.</param>
    /// <param name="dossier">The dossier decided, when at hand: its evidence items (document, page, verifier) are shown.</param>
    /// <returns>The explanation, or diagnostics (RUB05nn) when it cannot be rendered.</returns>
    public static Result<string> Render(Rubric rubric, Decision decision, string language, ExplanationFormat format, Dossier? dossier = null)
    {
        var name = TemplateCatalog.ExplanationName(language, format);
        var template = TemplateCatalog.Parse(name);
        if (template is null)
        {
            return Failure(DiagnosticCatalog.TemplateNotFound, language, TemplateCatalog.Extension(format), string.Join(", ", TemplateCatalog.Names));
        }

        var (data, failure) = Prepare(rubric, decision, language, dossier);
        return data is null ? failure! : template.Render(data, SandboxLimits.Explanation, TemplateCatalog.Escaping(format));
    }

    /// <summary>Renders a decision with a user's template, in the sandbox.</summary>
    /// <param name="rubric">The rubric that made the decision.</param>
    /// <param name="decision">The decision to explain.</param>
    /// <param name="language">The language of labels and words: <c>en</c> or <c>zh</c>.</param>
    /// <param name="templatePath">The template's path as the user gave it, for diagnostics.</param>
    /// <param name="templateText">The template's text.</param>
    /// <param name="dossier">The dossier decided, when at hand, for the <c>evidence</c> variable.</param>
    /// <returns>The output, or diagnostics such as <c>my.html(3,7): error RUB0500: ...</c>.</returns>
    public static Result<string> RenderCustom(
        Rubric rubric, Decision decision, string language, string templatePath, string templateText, Dossier? dossier = null)
    {
        ArgumentNullException.ThrowIfNull(templatePath);
        ArgumentNullException.ThrowIfNull(templateText);
        var (data, failure) = Prepare(rubric, decision, language, dossier);
        return data is null ? failure! : TemplateSandbox.Render(templatePath, templateText, data, SandboxLimits.Explanation, TemplateCatalog.EscapingFor(templatePath));
    }

    /// <summary>The template data, or why there is none.</summary>
    private static (ScriptObject? Data, Result<string>? Failure) Prepare(Rubric rubric, Decision decision, string language, Dossier? dossier)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(decision);
        var words = UiText.For(language);
        if (words is null)
        {
            return (null, Failure(DiagnosticCatalog.TemplateNotFound, language, "any", string.Join(", ", Languages)));
        }

        if (!IsFrom(rubric, decision))
        {
            return (null, Failure(DiagnosticCatalog.DecisionRubricMismatch, decision.Rubric.Id, decision.Rubric.Version, rubric.Metadata.Id, rubric.Metadata.Version));
        }

        if (dossier is not null && dossier.Id != decision.DossierId)
        {
            return (null, Failure(DiagnosticCatalog.DecisionDossierMismatch, dossier.Id, decision.DossierId));
        }

        return (ExplanationData.Build(rubric, decision, dossier, new Labels(words), standalone: true), null);
    }

    /// <summary>The text of a built-in template, as a starting point for a custom one; null when there is none.</summary>
    public static string? BuiltInTemplate(string language, ExplanationFormat format) =>
        TemplateCatalog.Find(TemplateCatalog.ExplanationName(language, format))?.Text;

    /// <summary>
    /// Renders a ranked batch as the files of an HTML report folder, in memory (for small batches and tests;
    /// <see cref="BatchReportWriter"/> streams large ones to disk): <c>index.html</c> with the ranked table,
    /// each row linking to its explanation page (<c>dossiers/0/1.html</c> for rank 1), which links back.
    /// </summary>
    /// <param name="rubric">The rubric that made every decision.</param>
    /// <param name="ranked">The decisions, best first.</param>
    /// <param name="language"><c>en</c> or <c>zh</c>.</param>
    /// <returns>Each file's text by its path in the folder ('/' separated).</returns>
    /// <exception cref="ArgumentException">The language is not supported, or a decision is from another rubric.</exception>
    public static IReadOnlyDictionary<string, string> RenderBatchReport(Rubric rubric, IReadOnlyList<Decision> ranked, string language)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var writer = new BatchReportWriter(rubric, language);
        var rows = ranked.Select(writer.Prepare).ToList();
        var files = new SortedDictionary<string, StringWriter>(StringComparer.Ordinal);
        writer.Write(path => files[path] = new StringWriter(), rows);
        return files.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The words of a decision's row in a ranked table, in the language: the outcome's label (ours for insufficient
    /// evidence), the reason as a sentence, and the score through the one number formatter at the rubric's precision.
    /// </summary>
    /// <returns>Outcome label, reason, score text ("-" when there is none).</returns>
    public static (string Outcome, string Reason, string Score) RowText(Rubric rubric, Decision decision, string language)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(decision);
        var (outcome, reason) = OutcomeAndReason(rubric, decision.Outcome, decision.Reason, language);
        var score = decision.Score is null ? "-" : ScoreText(rubric, decision.Score.Value);
        return (outcome, reason, score);
    }

    /// <summary>A score as people read it: through the one number formatter at the rubric's display precision.</summary>
    public static string ScoreText(Rubric rubric, decimal? score)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        return Numbers.Readable(score, Numbers.PrecisionOf(rubric)) ?? "-";
    }

    /// <summary>
    /// An outcome's label and a decision's reason as a sentence, in the language, from the words a decision stores
    /// (<c>fundable</c>, <c>tier 'fundable' is met</c>): for listings of recorded decisions.
    /// </summary>
    public static (string Outcome, string Reason) OutcomeAndReason(Rubric rubric, string outcome, string reason, string language)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var labels = new Labels(UiText.For(language) ?? UiText.English);
        return (ExplanationData.OutcomeTitle(rubric, outcome, labels),
            ReasonText.Localize(reason, labels, c => labels.Of(rubric.Criterion(c)?.Title, c), o => ExplanationData.OutcomeTitle(rubric, o, labels)));
    }

    /// <summary>An outcome's label in the language (ours for insufficient evidence), as the ranked table shows it.</summary>
    public static string OutcomeText(Rubric rubric, string outcome, string language)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        return ExplanationData.OutcomeTitle(rubric, outcome, new Labels(UiText.For(language) ?? UiText.English));
    }

    /// <summary>The column headers of the ranked table in the language: rank, dossier, outcome, score, why.</summary>
    public static IReadOnlyList<string> TableHeaders(string language) =>
        language == "zh" ? ["#", "项目", "结论", "得分", "原因"] : ["#", "dossier", "outcome", "score", "why"];

    private static bool IsFrom(Rubric rubric, Decision decision) =>
        decision.Rubric.Id == rubric.Metadata.Id && decision.Rubric.Version == rubric.Metadata.Version;

    private static Result<string> Failure(DiagnosticDescriptor descriptor, params object?[] args) =>
        new(null, [Diagnostic.Create(descriptor, Model.Text.SourceSpan.None, args)]);
}
