using System.Globalization;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Decisions;
using Spectre.Console;

namespace RubricEngine.Cli;

/// <summary>The ranked table <c>screen</c> prints by default: rank, dossier, outcome label, score, and why.</summary>
internal static class DecisionTable
{
    public static void Write(TextWriter output, Rubric rubric, IReadOnlyList<Decision> ranked, string language)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            console.Profile.Width = 160;
        }

        var table = new Table().Title(Markup.Escape($"{rubric.Metadata.Title.Get(language) ?? rubric.Metadata.Id} ({rubric.Metadata.Version})"));
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("dossier");
        table.AddColumn("outcome");
        table.AddColumn(new TableColumn("score").RightAligned());
        table.AddColumn("why");
        var rank = 0;
        foreach (var decision in ranked)
        {
            table.AddRow(
                (++rank).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(decision.DossierId),
                Markup.Escape(OutcomeLabel(rubric, decision.Outcome, language)),
                decision.Score?.Value is { } score ? score.ToString("0.###", CultureInfo.InvariantCulture) : "-",
                Markup.Escape(decision.Reason));
        }

        console.Write(table);
        output.Flush();
    }

    private static string OutcomeLabel(Rubric rubric, string outcome, string language) =>
        rubric.Outcomes.FirstOrDefault(o => o.Name == outcome)?.Title.Get(language) is { } label ? $"{label} ({outcome})" : outcome;
}
