using RubricEngine.Cli.Commands;
using RubricEngine.Explain;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Cli;

/// <summary>
/// Writes a screened batch in the format asked for. JSON Lines streams decisions in source order as they are
/// decided; every other format ranks the batch first (<see cref="DecisionRanking"/>).
/// </summary>
internal static class ScreenOutput
{
    public static readonly string[] Formats = ["table", "json", "jsonl", "csv", "html"];

    /// <summary>Consumes the items and writes the result to standard output or the --out file.</summary>
    public static void Write(CliConsole console, ScreenRequest request, Rubric rubric, IEnumerable<ScreeningItem> items)
    {
        if (request.Output is null)
        {
            WriteTo(console.Out, request, rubric, items);
            return;
        }

        // Write beside the target, then move: a failed or interrupted run leaves neither half a report nor a
        // stray temporary file, and an earlier report at the target stays as it was.
        var temporary = request.Output + ".tmp";
        try
        {
            using (var file = new StreamWriter(temporary))
            {
                WriteTo(file, request, rubric, items);
            }

            File.Move(temporary, request.Output, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static void WriteTo(TextWriter output, ScreenRequest request, Rubric rubric, IEnumerable<ScreeningItem> items)
    {
        if (request.Format == "jsonl")
        {
            DecisionJson.WriteLines(output, items.Where(i => i.Decision is not null).Select(i => i.Decision!));
            return;
        }

        var ranked = DecisionRanking.Rank(rubric, items.Where(i => i.Decision is not null).Select(i => i.Decision!));
        switch (request.Format)
        {
            case "json":
                output.Write(DecisionJson.SerializeAll(ranked));
                output.Write('\n');
                break;
            case "csv":
                DecisionCsv.Write(output, rubric, ranked);
                break;
            case "html":
                output.Write(ExplanationRenderer.RenderBatchReport(rubric, ranked, request.Language));
                break;
            default:
                DecisionTable.Write(output, rubric, ranked, request.Language);
                break;
        }
    }
}
