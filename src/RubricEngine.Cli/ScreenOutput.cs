using RubricEngine.Cli.Commands;
using RubricEngine.Cli.Output;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Cli;

/// <summary>
/// Writes a screened batch in the format asked for. JSON Lines streams decisions in source order as they are
/// decided; every other format ranks the batch first (<see cref="DecisionRanking"/>) without keeping it in
/// memory: each decision is rendered as it arrives into a spill file, only its rank key is kept, and the
/// output is written from the spill file in rank order (<see cref="RankedSpill"/>). HTML is a folder of pages
/// and needs <c>--out</c> (the command checks it).
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

        if (request.Format == "html")
        {
            var html = new RankedHtml(rubric, request.Language);
            ReportFolder.Write(request.Output, folder => Ranked(rubric, Decisions(items), html.Render, (_, ranked) => html.Write(folder, ranked())));
            return;
        }

        // Write beside the target, then move: a failed or interrupted run leaves neither half a report nor a
        // stray temporary file, and an earlier report at the target stays as it was.
        var temporary = request.Output + ".tmp";
        try
        {
            if (request.Format == "jsonl")
            {
                // Bytes straight to the file: the lines are UTF-8 already, often rendered by the screening workers.
                using var bytes = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
                DecisionJson.WriteLines(bytes, items);
            }
            else
            {
                using var file = new StreamWriter(temporary);
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
            DecisionJson.WriteLines(output, items);
            return;
        }

        if (request.Format == "html")
        {
            throw new ArgumentException("The HTML report is a folder: it needs an --out path.", nameof(request));
        }

        IRankedFormat format = request.Format switch
        {
            "json" => new RankedJson(),
            "csv" => new RankedCsv(rubric),
            _ => new RankedTable(rubric, request.Language),
        };
        Ranked(rubric, Decisions(items), format.Render, (count, ranked) => format.Write(output, count, ranked));
    }

    private static IEnumerable<Decision> Decisions(IEnumerable<ScreeningItem> items) => items.Where(i => i.Decision is not null).Select(i => i.Decision!);

    /// <summary>Renders each decision on arrival into the spill, then hands the records over in rank order.</summary>
    private static void Ranked(Rubric rubric, IEnumerable<Decision> decisions, Func<Decision, string?[]> render, Action<int, Func<IEnumerable<string?[]>>> write)
    {
        using var spill = new RankedSpill(rubric);
        foreach (var decision in decisions)
        {
            spill.Add(decision, render(decision));
        }

        write(spill.Count, spill.InRankOrder);
    }
}
