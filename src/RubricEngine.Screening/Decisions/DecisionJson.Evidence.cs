using System.Text.Json;
using RubricEngine.Model.Collections;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// The evidence parts of a decision, written only where a rubric or dossier uses them, so other decisions keep
/// their bytes: a criterion's <c>reason</c> and <c>verdicts</c>, and the decision's <c>conflicts</c>.
/// </summary>
public static partial class DecisionJson
{
    private static readonly JsonEncodedText ConflictsName = JsonEncodedText.Encode("conflicts");
    private static readonly JsonEncodedText VerdictsName = JsonEncodedText.Encode("verdicts");
    private static readonly JsonEncodedText CandidatesName = JsonEncodedText.Encode("candidates");
    private static readonly JsonEncodedText KeptName = JsonEncodedText.Encode("kept");
    private static readonly JsonEncodedText LeftName = JsonEncodedText.Encode("left");
    private static readonly JsonEncodedText StepsName = JsonEncodedText.Encode("steps");
    private static readonly JsonEncodedText AdmissibleName = JsonEncodedText.Encode("admissible");
    private static readonly JsonEncodedText FailedName = JsonEncodedText.Encode("failed");
    private static readonly JsonEncodedText RequirementName = JsonEncodedText.Encode("requirement");
    private static readonly JsonEncodedText SetAsideAtName = JsonEncodedText.Encode("set_aside_at");
    private static readonly JsonEncodedText OfName = JsonEncodedText.Encode("of");

    /// <summary>A criterion's <c>reason</c> and <c>verdicts</c>, after its citation, when it has them.</summary>
    private static void WriteCriterionEvidence(Utf8JsonWriter writer, CriterionResult criterion)
    {
        if (criterion.Reason is { } reason)
        {
            writer.WriteString(Names.Reason, reason);
        }

        if (!criterion.Verdicts.IsEmpty)
        {
            writer.WriteStartArray(VerdictsName);
            foreach (var verdict in criterion.Verdicts)
            {
                writer.WriteStartObject();
                writer.WriteString(Names.Values, verdict.Values);
                writer.WriteString(Names.Verdict, verdict.Verdict);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>The decision's <c>conflicts</c>, after <c>missing</c>, when the dossier gives any input several values.</summary>
    private static void WriteConflicts(Utf8JsonWriter writer, ValueArray<ConflictReport> conflicts)
    {
        if (conflicts.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray(ConflictsName);
        foreach (var conflict in conflicts)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Input, conflict.Input);
            writer.WriteString(Names.Outcome, conflict.Outcome);
            writer.WriteStartArray(CandidatesName);
            foreach (var candidate in conflict.Candidates)
            {
                writer.WriteStartObject();
                writer.WriteString(Names.Value, candidate.Value);
                writer.WriteBoolean(AdmissibleName, candidate.Admissible);
                if (candidate.Failed is { } failed)
                {
                    writer.WriteStartObject(FailedName);
                    writer.WriteString(RequirementName, failed.Requirement);
                    writer.WriteString(Names.Kind, failed.Kind);
                    writer.WriteEndObject();
                }

                writer.WriteBoolean(KeptName, candidate.Kept);
                if (candidate.SetAsideAt is { } at)
                {
                    writer.WriteNumber(SetAsideAtName, at);
                }

                writer.WriteStartArray(Names.Evidence);
                foreach (var e in candidate.Evidence)
                {
                    writer.WriteStartObject();
                    writer.WriteString(Names.Id, e.Id);
                    writer.WriteString("document", e.Document);
                    writer.WriteString("page", e.Page);
                    writer.WriteString("verified_by", e.VerifiedBy);
                    writer.WriteString("verification", e.Verification);
                    writer.WriteString("method", e.Method);
                    writer.WriteString("date", e.Date);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber(LeftName, conflict.Left);
            writer.WriteStartArray(StepsName);
            foreach (var step in conflict.Steps)
            {
                writer.WriteStartObject();
                writer.WriteString(Names.Step, step.Step);
                writer.WriteString(Names.Kind, step.Kind);
                writer.WriteNumber(OfName, step.Of);
                writer.WriteNumber(KeptName, step.Kept);
                writer.WriteString(Names.Reason, step.Reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
