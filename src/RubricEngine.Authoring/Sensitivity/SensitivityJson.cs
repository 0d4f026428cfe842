using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RubricEngine.Model.Values;

namespace RubricEngine.Authoring.Sensitivity;

/// <summary>
/// The decision JSON with a <c>sensitivity</c> property added after its last property, only when asked for: the
/// decision's own bytes before it are those <c>DecisionJson</c> writes, so every other decision stays byte-identical.
/// </summary>
public static class SensitivityJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Adds the report to an indented decision document (<c>DecisionJson.Serialize(decision)</c>).</summary>
    public static string AddTo(string decisionJson, SensitivityReport report)
    {
        ArgumentNullException.ThrowIfNull(decisionJson);
        ArgumentNullException.ThrowIfNull(report);
        var end = decisionJson.LastIndexOf('}');
        if (end < 0)
        {
            throw new ArgumentException("Not a JSON object.", nameof(decisionJson));
        }

        var body = Write(report).Replace("\n", "\n  ", StringComparison.Ordinal);
        return decisionJson[..end].TrimEnd() + ",\n  \"sensitivity\": " + body + "\n}" + decisionJson[(end + 1)..];
    }

    /// <summary>The report as a JSON object: margins, indicator changes, weight changes; numbers exact.</summary>
    public static string Write(SensitivityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("margins");
            foreach (var m in report.Margins)
            {
                w.WriteStartObject();
                w.WriteString("rule", m.Rule);
                w.WriteString("comparison", m.Comparison);
                Number(w, "value", m.Value);
                Number(w, "threshold", m.Threshold);
                Number(w, "margin", m.Margin);
                w.WriteString("unit", m.Unit);
                if (m.Holds is { } holds)
                {
                    w.WriteBoolean("holds", holds);
                }
                else
                {
                    w.WriteNull("holds");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("indicators");
            foreach (var i in report.Indicators)
            {
                w.WriteStartObject();
                w.WriteString("indicator", i.Indicator);
                Number(w, "score", i.Score);
                Change(w, "raise", i.Raise);
                Change(w, "lower", i.Lower);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Number(w, "weight_step_percent", report.WeightStepPercent);
            w.WriteStartArray("weights");
            foreach (var x in report.Weights)
            {
                w.WriteStartObject();
                w.WriteString("element", x.Element);
                w.WriteString("name", x.Name);
                Number(w, "weight", x.Weight);
                Number(w, "new_weight", x.NewWeight);
                w.WriteString("outcome", x.Outcome);
                Number(w, "score", x.Score);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Change(Utf8JsonWriter w, string name, ScoreChange? change)
    {
        if (change is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        Number(w, "by", change.By);
        w.WriteBoolean("strictly_more", change.Beyond);
        w.WriteString("outcome", change.Outcome);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        w.WritePropertyName(name);
        if (value is { } v)
        {
            w.WriteRawValue(ValueText.Plain(v), skipInputValidation: true);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
