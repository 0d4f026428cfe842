using System.Text.Json;
using RubricEngine.Benchmarks.Workloads.Screening;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;

namespace RubricEngine.Benchmarks.EndToEnd;

/// <summary>
/// Writes the dossiers of <see cref="GibDossiers"/> (the record_sqlite workload's batch, same seed) as a JSON Lines
/// file the CLI reads: one flat object a line, the id and each input's value (booleans, ratings with their one
/// decimal place). Generated before any timing starts.
/// </summary>
public static class GibJsonl
{
    public static void Generate(string path, int count, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { SkipValidation = true });
        foreach (var dossier in GibDossiers.Generate(count, seed))
        {
            json.WriteStartObject();
            json.WriteString("id", dossier.Id);
            foreach (var entry in dossier.Entries)
            {
                switch (entry.Values[0].Value)
                {
                    case TruthValue truth:
                        json.WriteBoolean(entry.Input, truth.Truth == Truth.Met);
                        break;
                    case NumberValue number:
                        json.WriteNumber(entry.Input, number.Number);
                        break;
                    default:
                        throw new InvalidOperationException($"GIB dossiers hold booleans and numbers, not {entry.Values[0].Value}");
                }
            }

            json.WriteEndObject();
            json.Flush();
            file.WriteByte((byte)'\n');
            json.Reset();
        }
    }
}
