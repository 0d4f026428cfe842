using System.Text.Json;
using RubricEngine.Model.Collections;

namespace RubricEngine.Screening.Decisions;

/// <summary>The parts of a decision, each in its fixed property order.</summary>
public static partial class DecisionJson
{
    private static void WriteScore(Utf8JsonWriter writer, ScoreResult? score)
    {
        if (score is null)
        {
            writer.WriteNull("score");
            return;
        }

        writer.WriteStartObject("score");
        writer.WriteString("name", score.Name);
        Number(writer, "value", score.Value);
        writer.WriteStartArray("groups");
        foreach (var group in score.Groups)
        {
            writer.WriteStartObject();
            writer.WriteString("name", group.Name);
            Number(writer, "weight", group.Weight);
            Number(writer, "subtotal", group.Subtotal);
            writer.WriteStartArray("indicators");
            foreach (var indicator in group.Indicators)
            {
                writer.WriteStartObject();
                writer.WriteString("name", indicator.Name);
                Number(writer, "weight", indicator.Weight);
                Number(writer, "score", indicator.Score);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCriteria(Utf8JsonWriter writer, ValueArray<CriterionResult> criteria)
    {
        writer.WriteStartArray("criteria");
        foreach (var c in criteria)
        {
            writer.WriteStartObject();
            writer.WriteString("name", c.Name);
            writer.WriteString("kind", c.IsGate ? "gate" : "criterion");
            writer.WriteString("verdict", c.VerdictWord);
            writer.WriteString("condition", c.Condition);
            Strings(writer, "thresholds", c.Thresholds);
            writer.WriteStartArray("values");
            foreach (var v in c.Values)
            {
                writer.WriteStartObject();
                writer.WriteString("name", v.Name);
                writer.WriteString("value", v.Value);
                writer.WriteString("unit", v.Unit);
                Strings(writer, "evidence", v.Evidence);
                writer.WriteString("status", v.Status);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("citation", c.Citation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteMissing(Utf8JsonWriter writer, ValueArray<MissingInput> missing)
    {
        writer.WriteStartArray("missing");
        foreach (var m in missing)
        {
            writer.WriteStartObject();
            writer.WriteString("input", m.Input);
            writer.WriteString("reason", m.Reason);
            writer.WriteString("detail", m.Detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteTrace(Utf8JsonWriter writer, ValueArray<TraceStep> trace)
    {
        writer.WriteStartArray("trace");
        foreach (var step in trace)
        {
            writer.WriteStartObject();
            writer.WriteNumber("step", step.Step);
            writer.WriteString("rule", step.Rule);
            writer.WriteString("result", step.Result);
            writer.WriteString("value", step.Value);
            writer.WriteStartArray("conditions");
            foreach (var condition in step.Conditions)
            {
                writer.WriteStartObject();
                writer.WriteString("condition", condition.Condition);
                writer.WriteString("result", condition.Result);
                writer.WriteString("values", condition.Values);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
