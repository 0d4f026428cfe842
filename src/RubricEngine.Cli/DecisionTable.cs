using System.Globalization;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;
using RubricEngine.Screening.Decisions;
using Spectre.Console;

namespace RubricEngine.Cli;

/// <summary>
/// The ranked table <c>screen</c> prints by default: rank, dossier, outcome label, score, and why. It streams:
/// each decision is reduced to its cells as it arrives (text from dossiers escaped for the terminal), the
/// column widths are fixed from what was seen, and the rows are drawn in chunks that join into one table.
/// </summary>
internal sealed class DecisionTable(Rubric rubric, string language)
{
    private const int ChunkRows = 256;
    private const int MinimumFlexibleWidth = 12;

    private readonly IReadOnlyList<string> _headers = Explain.ExplanationRenderer.TableHeaders(language);
    private int _dossierWidth = 7;
    private int _outcomeWidth = 7;
    private int _scoreWidth = 5;
    private int _whyWidth = 3;

    // A rubric with several named classifications: one more outcome column for each after the first (named by it).
    private readonly Classification[] _others = [.. rubric.OtherClassifications];
    private readonly int[] _otherWidths = [.. rubric.OtherClassifications.Select(c => c.Name!.Length)];

    /// <summary>The cells of a decision's row after the rank, safe for a terminal; widths are noted.</summary>
    public string[] Cells(Decision decision)
    {
        // The same words and number formatter as explanations and reports, so the terminal and the HTML agree.
        var (outcome, reason, score) = Explain.ExplanationRenderer.RowText(rubric, decision, language);
        string[] cells =
        [
            DisplayText.Escape(decision.DossierId),
            DisplayText.Escape($"{outcome} ({decision.Outcome})"),
            score + (decision.Score?.IsPartial == true && decision.Score.Value is not null ? (_chinese ? "（部分）" : " (partial)") : ""),
            DisplayText.Escape(reason + NotesText(decision)),
            .. (decision.Classifications ?? []).Skip(1).Select(c => DisplayText.Escape(OutcomeLabel(c.Outcome))),
        ];
        for (var i = 0; i < _otherWidths.Length && 4 + i < cells.Length; i++)
        {
            _otherWidths[i] = Math.Max(_otherWidths[i], Output.CellWidth.Of(cells[4 + i]));
        }

        _dossierWidth = Math.Max(_dossierWidth, Output.CellWidth.Of(cells[0]));
        _outcomeWidth = Math.Max(_outcomeWidth, Output.CellWidth.Of(cells[1]));
        _scoreWidth = Math.Max(_scoreWidth, Output.CellWidth.Of(cells[2]));
        _whyWidth = Math.Max(_whyWidth, Output.CellWidth.Of(cells[3]));
        return cells;
    }

    /// <summary>Writes the table: the rows come best first, as <see cref="Cells"/> made them.</summary>
    public void Write(TextWriter output, int count, IEnumerable<string[]> ranked)
    {
        var console = Console(output);
        var rankWidth = Math.Max(1, count.ToString(CultureInfo.InvariantCulture).Length);
        var (dossierWidth, whyWidth) = Fit(console.Profile.Width, rankWidth);
        var chunks = ranked.Select((cells, index) => (Rank: index + 1, Cells: cells)).Chunk(ChunkRows);
        var first = true;
        var wroteAny = false;
        foreach (var chunk in chunks)
        {
            var last = chunk[^1].Rank == count;
            var table = Table(first, rankWidth, dossierWidth, whyWidth);
            foreach (var (rank, cells) in chunk)
            {
                table.AddRow([
                    rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(cells[0]), Markup.Escape(cells[1]),
                    .. cells.Skip(4).Select(Markup.Escape), cells[2], Markup.Escape(cells[3])]);
            }

            WriteJoined(output, console, table, dropTop: !first, dropBottom: !last);
            first = false;
            wroteAny = true;
        }

        if (!wroteAny)
        {
            console.Write(Table(true, rankWidth, dossierWidth, whyWidth));
        }

        output.Flush();
    }

    /// <summary>
    /// One chunk of the table, rendered alone and cut so consecutive chunks join: a chunk after the first has
    /// no title or header and loses its top border, and a chunk before the last loses its bottom border.
    /// </summary>
    private static void WriteJoined(TextWriter output, IAnsiConsole like, Table table, bool dropTop, bool dropBottom)
    {
        var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var console = Console(buffer, like);
        console.Write(table);
        var lines = buffer.ToString().Split('\n');
        var end = lines.Length - (lines[^1].Length == 0 ? 1 : 0);
        var start = dropTop ? 1 : 0;
        end -= dropBottom ? 1 : 0;
        for (var i = start; i < end; i++)
        {
            output.Write(lines[i]);
            output.Write('\n');
        }
    }

    private Table Table(bool withTitle, int rankWidth, int dossierWidth, int whyWidth)
    {
        var table = new Table();
        if (withTitle)
        {
            table.Title(Markup.Escape(DisplayText.Escape($"{rubric.Metadata.Title.Get(language) ?? rubric.Metadata.Id} ({rubric.Metadata.Version})")));
        }
        else
        {
            table.HideHeaders();
        }

        table.AddColumn(new TableColumn(_headers[0]).RightAligned().Width(rankWidth));
        table.AddColumn(new TableColumn(_headers[1]).Width(dossierWidth));
        table.AddColumn(new TableColumn(_headers[2]).Width(_outcomeWidth));
        for (var i = 0; i < _others.Length; i++)
        {
            table.AddColumn(new TableColumn(Markup.Escape(_others[i].Name!)).Width(_otherWidths[i]));
        }

        table.AddColumn(new TableColumn(_headers[3]).RightAligned().Width(_scoreWidth));
        table.AddColumn(new TableColumn(_headers[4]).Width(whyWidth));
        return table;
    }

    /// <summary>Widths for the dossier and why columns that fit the console (each column costs its width plus 3).</summary>
    private (int Dossier, int Why) Fit(int consoleWidth, int rankWidth)
    {
        var fixedWidth = rankWidth + _outcomeWidth + _scoreWidth + _otherWidths.Sum() + ((5 + _otherWidths.Length) * 3) + 1;
        var room = consoleWidth - fixedWidth;
        if (_dossierWidth + _whyWidth <= room)
        {
            return (_dossierWidth, _whyWidth);
        }

        var why = Math.Max(MinimumFlexibleWidth, Math.Min(_whyWidth, room - Math.Min(_dossierWidth, room / 2)));
        return (Math.Max(MinimumFlexibleWidth, Math.Min(_dossierWidth, room - why)), why);
    }

    private static IAnsiConsole Console(TextWriter output, IAnsiConsole? like = null)
    {
        var toTerminal = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = like is not null ? (like.Profile.Capabilities.Ansi ? AnsiSupport.Yes : AnsiSupport.No) : toTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (like is not null)
        {
            console.Profile.Width = like.Profile.Width;
            console.Profile.Capabilities.Unicode = like.Profile.Capabilities.Unicode;
        }
        else if (!toTerminal)
        {
            console.Profile.Width = 160;
        }

        return console;
    }

    /// <summary>
    /// The notes and warnings a decision carries, after its reason: <c>; warning: claim_far</c>; in Chinese the
    /// kind in Chinese and the note's Chinese title when it has one (<c>；警告：声称等级明显高于证据支持的等级</c>).
    /// </summary>
    private string NotesText(Decision decision) => _chinese
        ? string.Concat((decision.Notes ?? []).Select(n =>
            $"；{(n.Kind == "warning" ? "警告" : "提示")}：{rubric.Notes.FirstOrDefault(d => d.Name == n.Name)?.Title.Exact(language) ?? n.Name}"))
        : string.Concat((decision.Notes ?? []).Select(n => $"; {n.Kind}: {n.Name}"));

    private readonly bool _chinese = language == "zh";

    private string OutcomeLabel(string outcome) =>
        rubric.Outcomes.FirstOrDefault(o => o.Name == outcome)?.Title.Get(language) is { } label ? $"{label} ({outcome})" : outcome;
}
