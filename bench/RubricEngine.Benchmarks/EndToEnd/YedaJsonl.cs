using System.Text.Json;
using RubricEngine.Benchmarks.Workloads.Screening;

namespace RubricEngine.Benchmarks.EndToEnd;

/// <summary>
/// Writes a JSON Lines file of Yeda dossiers (seeded): 10 experts scoring 20 indicators from 1 to 5, the same mix
/// as <see cref="YedaDossiers"/>: 2% flat panels at exactly 3.5 and 2% at 2.8 (totals on a threshold), 8% where
/// the experts disagree on market needs. Generated before any timing starts.
/// </summary>
public static class YedaJsonl
{
    public static void Generate(string path, int count, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(path);
        var random = new Random(seed);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { SkipValidation = true });
        var scores = new decimal[YedaRubric.Indicators.Count];
        var names = YedaRubric.Indicators.Select(n => JsonEncodedText.Encode(n)).ToArray();
        for (var d = 0; d < count; d++)
        {
            var kind = random.Next(100);
            var centre = 1.5 + (random.NextDouble() * 3.2);
            json.WriteStartObject();
            json.WriteString("id", $"Y{d:D7}");
            json.WriteString("assessment_date", "2026-03-01");
            json.WriteStartArray("panel");
            for (var e = 0; e < YedaRubric.Quorum; e++)
            {
                for (var i = 0; i < scores.Length; i++)
                {
                    scores[i] = kind switch
                    {
                        < 2 => 3.5m,
                        < 4 => 2.8m,
                        < 12 when i == YedaRubric.MarketNeeds => e % 2 == 0 ? 1 : 5,
                        _ => Math.Clamp((int)Math.Round(centre + (random.NextDouble() * 2) - 1), 1, 5),
                    };
                }

                json.WriteStartObject();
                json.WriteString("expert", $"E{e + 1:D2}");
                for (var i = 0; i < scores.Length; i++)
                {
                    json.WriteNumber(names[i], scores[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            file.WriteByte((byte)'\n');
            json.Reset();
        }
    }
}
