using System.Globalization;
using RubricEngine.Explain;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Cli.Output;

/// <summary>
/// A ranked output format, in two halves: <see cref="Render"/> turns each decision, as it arrives, into the
/// few strings the format will print for it (they go to the spill file), and <see cref="Write"/> prints the
/// whole output from those records in rank order. Nothing of the batch is held in between.
/// </summary>
internal interface IRankedFormat
{
    string?[] Render(Decision decision);

    void Write(TextWriter output, int count, Func<IEnumerable<string?[]>> ranked);
}

/// <summary>A JSON array of decisions, byte-identical to <see cref="DecisionJson.SerializeAll"/>.</summary>
internal sealed class RankedJson : IRankedFormat
{
    // An indented decision, indented one level more: how it appears as an element of an indented array.
    public string?[] Render(Decision decision) => ["  " + DecisionJson.Serialize(decision).Replace("\n", "\n  ", StringComparison.Ordinal)];

    public void Write(TextWriter output, int count, Func<IEnumerable<string?[]>> ranked)
    {
        if (count == 0)
        {
            output.Write("[]\n");
            return;
        }

        var separator = "[\n";
        foreach (var record in ranked())
        {
            output.Write(separator);
            output.Write(record[0]);
            separator = ",\n";
        }

        output.Write("\n]\n");
    }
}

/// <summary>The CSV of <see cref="DecisionCsv"/>: rows rendered without their rank, which is written in front.</summary>
internal sealed class RankedCsv(Rubric rubric) : IRankedFormat
{
    public string?[] Render(Decision decision) => [DecisionCsv.RowAfterRank(rubric, decision)];

    public void Write(TextWriter output, int count, Func<IEnumerable<string?[]>> ranked)
    {
        output.Write(DecisionCsv.Header(rubric));
        var rank = 0;
        foreach (var record in ranked())
        {
            output.Write((++rank).ToString(CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write(record[0]);
        }
    }
}

/// <summary>The terminal table: cells rendered and measured on arrival, drawn in chunks.</summary>
internal sealed class RankedTable(Rubric rubric, string language) : IRankedFormat
{
    private readonly DecisionTable _table = new(rubric, language);

    public string?[] Render(Decision decision) => _table.Cells(decision);

    public void Write(TextWriter output, int count, Func<IEnumerable<string?[]>> ranked) =>
        _table.Write(output, count, ranked().Select(r => r.Select(c => c ?? string.Empty).ToArray()));
}

/// <summary>
/// The HTML report folder: each explanation rendered on arrival, the pages written in rank order by
/// <see cref="BatchReportWriter"/> (a folder, not a text stream, so it is not an <see cref="IRankedFormat"/>).
/// </summary>
internal sealed class RankedHtml(Rubric rubric, string language)
{
    private readonly BatchReportWriter _report = new(rubric, language);

    public string?[] Render(Decision decision)
    {
        var row = _report.Prepare(decision);
        return [row.DossierId, row.Outcome, row.Score, row.ScoreValue, row.MissingCount.ToString(CultureInfo.InvariantCulture), row.ExplanationHtml];
    }

    public void Write(string folder, IEnumerable<string?[]> ranked) =>
        _report.WriteToFolder(folder, ranked.Select(r => new BatchReportRow(r[0]!, r[1]!, r[2], r[3], int.Parse(r[4]!, CultureInfo.InvariantCulture), r[5]!)));
}
