using System.Text.Json;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Values;
using RubricEngine.Benchmarks.Workloads.Screening;

namespace RubricEngine.Benchmarks.EndToEnd;

/// <summary>
/// One Yeda dossier as the hand-written pipeline holds it: id, assessment date, and the panel's expert names and
/// scores. Read straight from a JSON line with <see cref="Utf8JsonReader"/>; reused from dossier to dossier.
/// It handles what the benchmark file holds (a complete panel of numeric scores) and rejects anything else.
/// </summary>
public sealed class YedaPanel
{
    public const int MaxExperts = 64;

    private static readonly byte[][] IndicatorNames = [.. YedaRubric.Indicators.Select(n => System.Text.Encoding.UTF8.GetBytes(n))];

    public string Id { get; set; } = "";

    public string? Date { get; set; }

    public int Experts { get; set; }

    public string[] ExpertNames { get; } = new string[MaxExperts];

    /// <summary>Scores by expert, then indicator in rubric order.</summary>
    public decimal[,] Scores { get; } = new decimal[MaxExperts, YedaRubric.Indicators.Count];

    public void Read(ReadOnlySpan<byte> line)
    {
        var json = new Utf8JsonReader(line);
        Expect(json.Read() && json.TokenType == JsonTokenType.StartObject);
        Experts = 0;
        Date = null;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.ValueTextEquals("id"u8))
            {
                json.Read();
                Id = json.GetString() ?? "";
            }
            else if (json.ValueTextEquals("assessment_date"u8))
            {
                json.Read();
                Date = json.GetString();
            }
            else if (json.ValueTextEquals("panel"u8))
            {
                json.Read();
                Expect(json.TokenType == JsonTokenType.StartArray);
                while (json.Read() && json.TokenType == JsonTokenType.StartObject)
                {
                    ReadExpert(ref json);
                }
            }
            else
            {
                throw new InvalidDataException("The hand-written pipeline reads only id, assessment_date and panel.");
            }
        }
    }

    /// <summary>Takes the panel from a dossier of the model (the in-memory benchmark), as the JSON overload takes it from a line.</summary>
    public void Read(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        Id = dossier.Id;
        Date = dossier.AssessmentDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Experts = 0;
        Expect(dossier.Entries.Count == 1 && dossier.Entries[0].Input == YedaRubric.Panel && dossier.Entries[0].Values.Count == 1);
        var list = (ListValue)dossier.Entries[0].Values[0].Value;
        foreach (var record in list.Records)
        {
            Expect(Experts < MaxExperts);
            var scored = 0;
            foreach (var (field, value) in record.Fields)
            {
                if (value is TextValue text && field == YedaRubric.Expert)
                {
                    ExpertNames[Experts] = text.Text;
                }
                else if (value is NumberValue number)
                {
                    Scores[Experts, YedaRubric.IndexOf(field)] = number.Number;
                    scored++;
                }
            }

            Expect(scored == IndicatorNames.Length);
            Experts++;
        }
    }

    private void ReadExpert(ref Utf8JsonReader json)
    {
        Expect(Experts < MaxExperts);
        var scored = 0;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.ValueTextEquals("expert"u8))
            {
                json.Read();
                ExpertNames[Experts] = json.GetString() ?? "";
                continue;
            }

            var indicator = IndexOf(ref json);
            json.Read();
            Scores[Experts, indicator] = json.GetDecimal();
            scored++;
        }

        Expect(scored == IndicatorNames.Length);
        Experts++;
    }

    private static int IndexOf(ref Utf8JsonReader json)
    {
        for (var i = 0; i < IndicatorNames.Length; i++)
        {
            if (json.ValueTextEquals(IndicatorNames[i]))
            {
                return i;
            }
        }

        throw new InvalidDataException("Unknown panel field.");
    }

    private static void Expect(bool condition)
    {
        if (!condition)
        {
            throw new InvalidDataException("The hand-written pipeline handles complete Yeda panels only.");
        }
    }
}
