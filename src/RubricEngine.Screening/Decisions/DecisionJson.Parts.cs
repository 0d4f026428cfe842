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
            writer.WriteNull(Names.Score);
            return;
        }

        writer.WriteStartObject(Names.Score);
        writer.WriteString(Names.Name, score.Name);
        Number(writer, Names.Value, score.Value);
        WritePartial(writer, score);
        writer.WriteStartArray(Names.Groups);
        foreach (var group in score.Groups)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Name, group.Name);
            Number(writer, Names.Weight, group.Weight);
            Number(writer, Names.Subtotal, group.Subtotal);
            writer.WriteStartArray(Names.Indicators);
            foreach (var indicator in group.Indicators)
            {
                writer.WriteStartObject();
                writer.WriteString(Names.Name, indicator.Name);
                Number(writer, Names.Weight, indicator.Weight);
                Number(writer, Names.Score, indicator.Score);
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
        writer.WriteStartArray(Names.Criteria);
        foreach (var c in criteria)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Name, c.Name);
            writer.WriteString(Names.Kind, c.IsGate ? "gate" : "criterion");
            writer.WriteString(Names.Verdict, c.VerdictWord);
            writer.WriteString(Names.Condition, c.Condition);
            Strings(writer, Names.Thresholds, c.Thresholds);
            WriteValues(writer, c.Values);
            writer.WriteString(Names.Citation, c.Citation);
            WriteCriterionEvidence(writer, c);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteValues(Utf8JsonWriter writer, ValueArray<UsedValue> values)
    {
        writer.WriteStartArray(Names.Values);
        foreach (var v in values)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Name, v.Name);
            writer.WriteString(Names.Value, v.Value);
            writer.WriteString(Names.Unit, v.Unit);
            Strings(writer, Names.Evidence, v.Evidence);
            writer.WriteString(Names.Status, v.Status);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteMissing(Utf8JsonWriter writer, JsonEncodedText name, ValueArray<MissingInput> missing)
    {
        writer.WriteStartArray(name);
        foreach (var m in missing)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Input, m.Input);
            writer.WriteString(Names.Reason, m.Reason);
            writer.WriteString(Names.Detail, m.Detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteTrace(Utf8JsonWriter writer, ValueArray<TraceStep> trace)
    {
        writer.WriteStartArray(Names.Trace);
        foreach (var step in trace)
        {
            writer.WriteStartObject();
            writer.WriteNumber(Names.Step, step.Step);
            writer.WriteString(Names.Rule, step.Rule);
            writer.WriteString(Names.Result, step.Result);
            writer.WriteString(Names.Value, step.Value);
            writer.WriteStartArray(Names.Conditions);
            foreach (var condition in step.Conditions)
            {
                writer.WriteStartObject();
                writer.WriteString(Names.Condition, condition.Condition);
                writer.WriteString(Names.Result, condition.Result);
                writer.WriteString(Names.Values, condition.Values);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (step.Cohort.Count > 0)
            {
                // Only on cohort aggregation steps, so decisions of other rubrics keep their bytes.
                writer.WriteStartObject(Names.Cohort);
                foreach (var figure in step.Cohort)
                {
                    writer.WriteString(figure.Name, figure.Value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
