using System.Globalization;
using CsvHelper;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// Writes ranked decisions as CSV, one row per dossier: rank, id, outcome, score, each group's subtotal,
/// each criterion's verdict, and the missing inputs. Columns follow the rubric's declaration order.
/// </summary>
public static class DecisionCsv
{
    /// <summary>Writes the header and one row per decision, in the order given.</summary>
    public static void Write(TextWriter output, Rubric rubric, IEnumerable<Decision> ranked)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(ranked);
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var header in Headers(rubric))
        {
            csv.WriteField(header);
        }

        csv.EndRecord();
        var rank = 0;
        foreach (var decision in ranked)
        {
            csv.WriteField((++rank).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(decision.DossierId);
            csv.WriteField(decision.Outcome);
            csv.WriteField(Number(decision.Score?.Value));
            foreach (var group in rubric.Groups)
            {
                csv.WriteField(Number(decision.Score?.Groups.FirstOrDefault(g => g.Name == group.Name)?.Subtotal));
            }

            foreach (var criterion in rubric.Criteria)
            {
                csv.WriteField(decision.Criteria.FirstOrDefault(c => c.Name == criterion.Name)?.VerdictWord ?? string.Empty);
            }

            csv.WriteField(string.Join(' ', decision.Missing.Select(m => m.Input)));
            csv.EndRecord();
        }
    }

    private static readonly string[] FixedHeaders = ["rank", "dossier", "outcome", "score"];

    private static IEnumerable<string> Headers(Rubric rubric) =>
        FixedHeaders
            .Concat(rubric.Groups.Select(g => "group:" + g.Name))
            .Concat(rubric.Criteria.Select(c => (c.Kind == CriterionKind.Gate ? "gate:" : "criterion:") + c.Name))
            .Append("missing");

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
