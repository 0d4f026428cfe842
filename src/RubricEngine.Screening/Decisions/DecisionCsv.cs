using System.Globalization;
using CsvHelper;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// Writes ranked decisions as CSV, one row per dossier: rank, id, outcome, score, (each named classification's
/// outcome, whether a score over scored indicators is partial,) each group's subtotal, each criterion's verdict,
/// the missing inputs (and the notes attached); the bracketed columns only for rubrics that use them. Columns follow the rubric's declaration order. Text
/// cells that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a
/// tab or a carriage return) are written with a leading apostrophe, so opening the file runs nothing.
/// Characters that drive a terminal or reorder text (ESC, BEL, other controls, bidi overrides) are written as
/// visible escapes (<see cref="DisplayText"/>), so <c>cat</c> of the file shows what it holds; line breaks
/// and tabs stay, quoted by the CSV writer. The decision JSON keeps every character as it was.
/// </summary>
public static class DecisionCsv
{
    /// <summary>Writes the header and one row per decision, in the order given.</summary>
    public static void Write(TextWriter output, Rubric rubric, IEnumerable<Decision> ranked)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(ranked);
        output.Write(Header(rubric));
        var rank = 0;
        foreach (var decision in ranked)
        {
            output.Write((++rank).ToString(CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write(RowAfterRank(rubric, decision));
        }
    }

    /// <summary>The header line, with its line break.</summary>
    public static string Header(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        return Line(Headers(rubric));
    }

    /// <summary>
    /// A decision's row without its first cell (the rank), with its line break: a row can be rendered before
    /// its rank is known, and written as the rank, a comma, and this.
    /// </summary>
    public static string RowAfterRank(Rubric rubric, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(decision);
        return Line(Cells(rubric, decision));
    }

    /// <summary>
    /// A text cell made inert for spreadsheets and terminals: control and bidi characters escaped, then a
    /// leading apostrophe before a formula trigger.
    /// </summary>
    public static string Neutralise(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell = DisplayText.Escape(cell, keepLineBreaks: true);
        return cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
    }

    private static IEnumerable<string> Cells(Rubric rubric, Decision decision)
    {
        yield return Neutralise(decision.DossierId);
        yield return Neutralise(decision.Outcome);
        yield return Number(decision.Score?.Value);
        foreach (var classification in decision.Classifications ?? [])
        {
            yield return Neutralise(classification.Outcome);
        }

        if (rubric.Score?.Partial is not null)
        {
            yield return decision.Score?.IsPartial == true ? "true" : "false";
        }

        foreach (var group in rubric.Groups)
        {
            yield return Number(decision.Score?.Groups.FirstOrDefault(g => g.Name == group.Name)?.Subtotal);
        }

        foreach (var criterion in rubric.Criteria)
        {
            yield return decision.Criteria.FirstOrDefault(c => c.Name == criterion.Name)?.VerdictWord ?? string.Empty;
        }

        yield return Neutralise(string.Join(' ', decision.Missing.Select(m => m.Input)));
        if (!rubric.Notes.IsEmpty)
        {
            yield return string.Join(' ', (decision.Notes ?? []).Select(n => n.Name));
        }
    }

    private static string Line(IEnumerable<string> cells)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            foreach (var cell in cells)
            {
                csv.WriteField(cell);
            }

            csv.EndRecord();
        }

        return text.ToString();
    }

    private static readonly string[] FixedHeaders = ["rank", "dossier", "outcome", "score"];

    private static IEnumerable<string> Headers(Rubric rubric) =>
        FixedHeaders
            .Concat(rubric.HasNamedClassifications ? rubric.Classifications.Select(c => "classification:" + c.Name) : [])
            .Concat(rubric.Score?.Partial is null ? [] : ["partial"])
            .Concat(rubric.Groups.Select(g => "group:" + g.Name))
            .Concat(rubric.Criteria.Select(c => (c.Kind == CriterionKind.Gate ? "gate:" : "criterion:") + c.Name))
            .Append("missing")
            .Concat(rubric.Notes.IsEmpty ? [] : ["notes"]);

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
