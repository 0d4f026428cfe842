using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RubricEngine.Benchmarks.Workloads.Screening;

namespace RubricEngine.Benchmarks.EndToEnd;

/// <summary>
/// rubrics/yeda.rubric decided by hand and written as the engine's decision JSON, byte for byte: the dossier's
/// content hash, score tree, criteria and the 27-step trace. What a developer would write for this one rubric:
/// no graph, no rules, no three-valued logic beyond what a complete panel needs (incomplete panels are
/// rejected by <see cref="YedaPanel"/>). One instance per thread.
/// </summary>
public sealed class YedaDecisionWriter(string rubricHash) : IDisposable
{
    private const decimal TransferAt = 3.5m;
    private const decimal PatentFirstAt = 2.8m;
    private const decimal AgreementLimit = 1.2m;

    // The canonical text's field order: the record's fields sorted by name (expert among them).
    private static readonly string[] SortedFields = [.. YedaRubric.Indicators.Append(YedaRubric.Expert).Order(StringComparer.Ordinal)];
    private static readonly int[] IndicatorOfField = [.. SortedFields.Select(f => YedaRubric.Indicators.ToList().IndexOf(f))];
    private static readonly byte[] FieldHeader = Encoding.UTF8.GetBytes("[" + string.Join(',', SortedFields) + "]");
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly decimal[] _means = new decimal[YedaRubric.Indicators.Count];
    private readonly ArrayBufferWriter<byte> _canonical = new(8192);
    private readonly byte[] _number = new byte[40];
    private Utf8JsonWriter? _json;

    public void Dispose() => _json?.Dispose();

    /// <summary>Decides the panel and appends its decision JSON (no newline) to <paramref name="output"/>.</summary>
    public void Write(YedaPanel panel, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var n = panel.Experts;
        var quorum = n >= YedaRubric.Quorum;
        if (!quorum)
        {
            throw new InvalidDataException("The hand-written pipeline handles complete Yeda panels only.");
        }

        decimal weighted = 0, weights = 0;
        for (var i = 0; i < _means.Length; i++)
        {
            decimal sum = 0;
            for (var e = 0; e < n; e++)
            {
                sum += panel.Scores[e, i];
            }

            _means[i] = sum / n;
            weighted += YedaRubric.Weights[i] * _means[i];
            weights += YedaRubric.Weights[i];
        }

        var group = weighted / weights;
        var total = 1m * group / 1m;
        var deviation = Deviation(panel);
        var agree = deviation <= AgreementLimit;
        var transfer = agree && total >= TransferAt;
        var patentFirst = total >= PatentFirstAt;
        var outcome = transfer ? "transfer" : patentFirst ? "patent_first" : "decline";
        var reason = transfer ? "tier 'transfer' is met" : patentFirst ? "tier 'patent_first' is met" : "no tier is met";

        if (_json is null)
        {
            _json = new Utf8JsonWriter(output, Options);
        }
        else
        {
            _json.Reset(output);
        }

        var json = _json;
        json.WriteStartObject();
        json.WriteStartObject("rubric");
        json.WriteString("id", "yeda");
        json.WriteString("version", "0.1");
        json.WriteString("hash", rubricHash);
        json.WriteEndObject();
        json.WriteStartObject("dossier");
        json.WriteString("id", panel.Id);
        json.WriteString("hash", DossierHash(panel));
        json.WriteEndObject();
        json.WriteString("outcome", outcome);
        json.WriteString("reason", reason);
        WriteScore(json, group, total);
        WriteCriteria(json, n, agree);
        json.WriteStartArray("missing");
        json.WriteEndArray();
        WriteTrace(json, n, deviation, agree, group, total, transfer, patentFirst, outcome, reason);
        json.WriteEndObject();
        json.Flush();
    }

    private void WriteScore(Utf8JsonWriter json, decimal group, decimal total)
    {
        json.WriteStartObject("score");
        json.WriteString("name", "total");
        Number(json, "value", total);
        json.WriteBoolean("partial", false); // a score over scored indicators; a complete panel scores every one
        Number(json, "unscored_share", 0m);
        json.WriteStartArray("groups");
        json.WriteStartObject();
        json.WriteString("name", "evaluation");
        Number(json, "weight", 1m);
        Number(json, "subtotal", group);
        json.WriteStartArray("indicators");
        for (var i = 0; i < _means.Length; i++)
        {
            json.WriteStartObject();
            json.WriteString("name", YedaRubric.Indicators[i]);
            Number(json, "weight", YedaRubric.Weights[i]);
            Number(json, "score", _means[i]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCriteria(Utf8JsonWriter json, int experts, bool agree)
    {
        json.WriteStartArray("criteria");
        Criterion(json, "panel_quorum", "gate", "met", "count of panel >= 10", ">= 10", experts, "Seed document, section on Yeda: no fewer than 10 experts");
        Criterion(json, "experts_agree", "criterion", agree ? "met" : "not_met", "standard deviation of panel.market_needs <= 1.2", "<= 1.2", experts, null);
        json.WriteEndArray();
    }

    private static void Criterion(Utf8JsonWriter json, string name, string kind, string verdict, string condition, string threshold, int experts, string? citation)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("kind", kind);
        json.WriteString("verdict", verdict);
        json.WriteString("condition", condition);
        json.WriteStartArray("thresholds");
        json.WriteStringValue(threshold);
        json.WriteEndArray();
        json.WriteStartArray("values");
        json.WriteStartObject();
        json.WriteString("name", "panel");
        json.WriteString("value", Records(experts));
        json.WriteNull("unit");
        json.WriteStartArray("evidence");
        json.WriteEndArray();
        json.WriteNull("status");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteString("citation", citation);
        json.WriteEndObject();
    }

    private void WriteTrace(Utf8JsonWriter json, int experts, decimal deviation, bool agree, decimal group, decimal total,
        bool transfer, bool patentFirst, string outcome, string reason)
    {
        json.WriteStartArray("trace");
        var step = 0;
        Step(json, ++step, "gate:panel_quorum", "met", null);
        Condition(json, "count of panel >= 10", "met", "count of panel = " + experts.ToString(CultureInfo.InvariantCulture));
        EndStep(json);
        Step(json, ++step, "criterion:experts_agree", agree ? "met" : "not_met", null);
        Condition(json, "standard deviation of panel.market_needs <= 1.2", agree ? "met" : "not_met", "standard deviation of panel.market_needs = " + Text(deviation));
        EndStep(json);
        for (var i = 0; i < _means.Length; i++)
        {
            Step(json, ++step, "indicator:" + YedaRubric.Indicators[i], "scored", Text(_means[i]));
            EndStep(json);
        }

        Step(json, ++step, "group:evaluation", "scored", Text(group));
        EndStep(json);
        Step(json, ++step, "score:total", "scored", Text(total));
        EndStep(json);
        var totalText = "total = " + Text(total);
        Step(json, ++step, "tier:transfer", transfer ? "met" : "not_met", null);
        Condition(json, "panel_quorum", "met", "panel_quorum = true");
        Condition(json, "experts_agree", agree ? "met" : "not_met", agree ? "experts_agree = true" : "experts_agree = false");
        Condition(json, "total >= 3.5", total >= TransferAt ? "met" : "not_met", totalText);
        EndStep(json);
        Step(json, ++step, "tier:patent_first", patentFirst ? "met" : "not_met", null);
        Condition(json, "panel_quorum", "met", "panel_quorum = true");
        Condition(json, "total >= 2.8", patentFirst ? "met" : "not_met", totalText);
        EndStep(json);
        Step(json, ++step, "classification", outcome, reason);
        EndStep(json);
        json.WriteEndArray();
    }

    private static void Step(Utf8JsonWriter json, int step, string rule, string result, string? value)
    {
        json.WriteStartObject();
        json.WriteNumber("step", step);
        json.WriteString("rule", rule);
        json.WriteString("result", result);
        json.WriteString("value", value);
        json.WriteStartArray("conditions");
    }

    private static void EndStep(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Condition(Utf8JsonWriter json, string condition, string result, string values)
    {
        json.WriteStartObject();
        json.WriteString("condition", condition);
        json.WriteString("result", result);
        json.WriteString("values", values);
        json.WriteEndObject();
    }

    /// <summary>Population standard deviation of the market-needs scores, by Newton's method in decimal.</summary>
    private static decimal Deviation(YedaPanel panel)
    {
        var n = panel.Experts;
        decimal sum = 0;
        for (var e = 0; e < n; e++)
        {
            sum += panel.Scores[e, YedaRubric.MarketNeeds];
        }

        var mean = sum / n;
        decimal squares = 0;
        for (var e = 0; e < n; e++)
        {
            var d = panel.Scores[e, YedaRubric.MarketNeeds] - mean;
            squares += d * d;
        }

        var variance = squares / n;
        if (variance <= 0)
        {
            return 0;
        }

        var x = (decimal)Math.Sqrt((double)variance);
        for (var i = 0; i < 8; i++)
        {
            var next = (x + (variance / x)) / 2;
            if (next == x)
            {
                break;
            }

            x = next;
        }

        return x;
    }

    /// <summary>SHA-256 of the dossier's canonical text: id, date, then the panel as a table of its sorted fields.</summary>
    private string DossierHash(YedaPanel panel)
    {
        var text = _canonical;
        text.ResetWrittenCount();
        Ascii(text, "id=");
        Length(text, panel.Id);
        Ascii(text, "\ndate=");
        if (panel.Date is { } date)
        {
            Ascii(text, date);
        }

        Ascii(text, "\ninput panel=");
        text.Write(FieldHeader);
        for (var e = 0; e < panel.Experts; e++)
        {
            Ascii(text, "|");
            for (var f = 0; f < SortedFields.Length; f++)
            {
                if (f > 0)
                {
                    Ascii(text, ";");
                }

                if (IndicatorOfField[f] < 0)
                {
                    Length(text, panel.ExpertNames[e]);
                }
                else
                {
                    var length = Format(panel.Scores[e, IndicatorOfField[f]]);
                    text.Write(_number.AsSpan(0, length));
                }
            }
        }

        Ascii(text, " @\n");
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static void Length(ArrayBufferWriter<byte> text, string value)
    {
        Ascii(text, value.Length.ToString(CultureInfo.InvariantCulture));
        Ascii(text, ":");
        var span = text.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length));
        text.Advance(Encoding.UTF8.GetBytes(value, span));
    }

    private static void Ascii(ArrayBufferWriter<byte> text, string value)
    {
        var span = text.GetSpan(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            span[i] = (byte)value[i];
        }

        text.Advance(value.Length);
    }

    private void Number(Utf8JsonWriter json, string name, decimal value)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(_number.AsSpan(0, Format(value)), skipInputValidation: true);
    }

    /// <summary>Trace values are the decimal's own invariant text, scale kept (a group of 4.0 reads "4.0"), as the engine writes them.</summary>
    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Invariant text without trailing zeros after the point (3.50 is 3.5, 4.0 is 4).</summary>
    private int Format(decimal value)
    {
        value.TryFormat(_number, out var length, default, CultureInfo.InvariantCulture);
        if (Array.IndexOf(_number, (byte)'.', 0, length) >= 0)
        {
            while (_number[length - 1] == '0')
            {
                length--;
            }

            if (_number[length - 1] == '.')
            {
                length--;
            }
        }

        return length;
    }

    private static string Records(int count) => "[" + count.ToString(CultureInfo.InvariantCulture) + " records]";
}
