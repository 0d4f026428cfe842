using System.Text.Json;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// The parts of a decision that only some rubrics have: named classifications, notes, and the unscored share of
/// a score over scored indicators. Each is written only when the rubric uses its construct, so the decisions of
/// every other rubric keep their bytes.
/// </summary>
public static partial class DecisionJson
{
    private static readonly JsonEncodedText ClassificationsName = JsonEncodedText.Encode("classifications");
    private static readonly JsonEncodedText NotesName = JsonEncodedText.Encode("notes");
    private static readonly JsonEncodedText PartialName = JsonEncodedText.Encode("partial");
    private static readonly JsonEncodedText UnscoredShareName = JsonEncodedText.Encode("unscored_share");

    private static void WriteClassifications(Utf8JsonWriter writer, Decision decision)
    {
        if (decision.Classifications is { } classifications)
        {
            writer.WriteStartArray(ClassificationsName);
            foreach (var c in classifications)
            {
                writer.WriteStartObject();
                writer.WriteString(Names.Name, c.Name);
                writer.WriteString(Names.Outcome, c.Outcome);
                writer.WriteString(Names.Reason, c.Reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (decision.Notes is { } notes)
        {
            writer.WriteStartArray(NotesName);
            foreach (var note in notes)
            {
                writer.WriteStartObject();
                writer.WriteString(Names.Name, note.Name);
                writer.WriteString(Names.Kind, note.Kind);
                writer.WriteString(Names.Condition, note.Condition);
                WriteValues(writer, note.Values);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    private static void WritePartial(Utf8JsonWriter writer, ScoreResult score)
    {
        if (score.UnscoredShare is { } share)
        {
            writer.WriteBoolean(PartialName, score.IsPartial);
            Number(writer, UnscoredShareName, share);
        }
    }
}
