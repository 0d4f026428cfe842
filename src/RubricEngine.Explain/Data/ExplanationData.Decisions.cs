using RubricEngine.Explain.Localization;
using RubricEngine.Screening.Decisions;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

/// <summary>Named classifications and the notes a decision carries; null for rubrics that declare none.</summary>
internal sealed partial class ExplanationData
{
    private ScriptArray? Classifications() =>
        decision.Classifications is { } classifications ? ScriptData.Array(classifications, Classification) : null;

    private ScriptObject Classification(ClassificationResult result) => ScriptData.Object(
        ("name", result.Name),
        ("outcome", result.Outcome),
        ("title", OutcomeTitle(rubric, result.Outcome, labels)),
        ("reason", result.Reason),
        ("reason_text", ReasonText.Localize(result.Reason, labels, CriterionTitle, o => OutcomeTitle(rubric, o, labels))),
        ("is_insufficient_evidence", result.Outcome == Model.Rubrics.Rubric.InsufficientEvidence));

    private ScriptArray? Notes() => decision.Notes is { } notes ? ScriptData.Array(notes, Note) : null;

    private ScriptObject Note(NoteResult result)
    {
        var declared = rubric.Notes.FirstOrDefault(n => n.Name == result.Name);
        var message = labels.Text(declared?.Message);
        return ScriptData.Object(
            ("name", result.Name),
            ("kind", result.Kind),
            ("is_warning", result.Kind == "warning"),
            ("title", labels.Of(declared?.Title, result.Name)),
            ("condition", result.Condition),
            ("values", ScriptData.Array(result.Values, UsedValue)),
            ("message", message is null ? null : _placeholders.Fill(message, result.Values)));
    }
}
