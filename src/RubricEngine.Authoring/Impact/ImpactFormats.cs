using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RubricEngine.Authoring.Diff;

namespace RubricEngine.Authoring.Impact;

/// <summary>An impact report as a table (en or zh), JSON or CSV; HTML is <see cref="ImpactHtml"/>.</summary>
public static class ImpactFormats
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The report for reading in a terminal: edits, transition matrix, changed dossiers with their causes.</summary>
    public static string Table(ImpactReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = ImpactWords.For(language);
        var text = new StringBuilder();
        text.Append(string.Format(CultureInfo.InvariantCulture, w.Heading, report.OldPath, report.NewPath, report.Dossiers, report.Changes.Count)).Append("\n\n");
        text.Append(w.Edits).Append('\n');
        foreach (var edit in report.Edits.Where(e => e.AffectsDecisions))
        {
            var problem = report.Variants.FirstOrDefault(v => v.Edit == edit && v.Rubric is null) is { } v ? string.Format(CultureInfo.InvariantCulture, w.NotAlone, v.Problem) : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"{edit.Number,3}. {EditWording.Describe(edit, w.Language)}{problem}\n");
        }

        text.Append('\n').Append(w.Transitions).Append('\n');
        var rows = report.Transitions.Select(t => (From: w.Outcome(report.Old, t.From), To: w.Outcome(report.New, t.To), t.Count)).ToList();
        var fromWidth = Math.Max(Width(w.From), rows.Select(r => Width(r.From)).DefaultIfEmpty(0).Max());
        var toWidth = Math.Max(Width(w.To), rows.Select(r => Width(r.To)).DefaultIfEmpty(0).Max());
        text.Append(CultureInfo.InvariantCulture, $"  {Pad(w.From, fromWidth)}  {Pad(w.To, toWidth)}  {w.Count}\n");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {Pad(row.From, fromWidth)}  {Pad(row.To, toWidth)}  {row.Count}\n");
        }

        text.Append('\n').Append(w.ChangedDossiers).Append('\n');
        var precision = ImpactNumbers.Precision(report);
        foreach (var change in report.Changes)
        {
            var score = change.OldScore == change.NewScore ? string.Empty : $"{w.Comma}{w.Score} {Readable(change.OldScore, precision)} -> {Readable(change.NewScore, precision)}";
            var others = change.OthersChanged ? $"{w.Comma}{change.OthersFrom} -> {change.OthersTo}" : string.Empty;
            var causes = change.OnlyCombined
                ? w.OnlyTogether
                : string.Format(CultureInfo.InvariantCulture, w.CausedBy, string.Join(w.ListSeparator, change.Causes.Select(n => Cause(report, n, w))));
            text.Append(CultureInfo.InvariantCulture,
                $"  {change.DossierId}{w.Colon}{w.Outcome(report.Old, change.From)} -> {w.Outcome(report.New, change.To)}{others}{score}{w.Semicolon}{causes}\n");
        }

        if (report.Changes.Count == 0)
        {
            text.Append("  ").Append(w.None).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The line the command writes on standard error after the report: how many dossiers, how many changed.</summary>
    public static string SummaryLine(ImpactReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Format(CultureInfo.InvariantCulture, ImpactWords.For(language).SummaryLine, report.Dossiers, report.Changes.Count);
    }

    /// <summary>An edit number, with the edits it could not be applied without: <c>2 (+1)</c>, <c>2（+1）</c>.</summary>
    private static string Cause(ImpactReport report, int edit, ImpactWords w)
    {
        var others = report.Variants.FirstOrDefault(v => v.Edit.Number == edit)?.Applied.Where(n => n != edit).ToList() ?? [];
        return others.Count == 0
            ? edit.ToString(CultureInfo.InvariantCulture)
            : string.Format(CultureInfo.InvariantCulture, w.WithOthers, edit, string.Join(w.ListSeparator, others));
    }

    /// <summary>The report as JSON: the edits, the transition matrix and the changed dossiers, in a fixed property order.</summary>
    public static string Json(ImpactReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("old", report.OldPath);
            writer.WriteString("new", report.NewPath);
            writer.WriteNumber("dossiers", report.Dossiers);
            writer.WriteNumber("changed", report.Changes.Count);
            writer.WriteStartArray("edits");
            foreach (var edit in report.Edits)
            {
                DiffFormats.WriteEdit(writer, edit);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("not_applicable_alone");
            foreach (var variant in report.Variants.Where(v => v.Rubric is null))
            {
                writer.WriteStartObject();
                writer.WriteNumber("edit", variant.Edit.Number);
                writer.WriteString("problem", variant.Problem);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("transitions");
            foreach (var t in report.Transitions)
            {
                writer.WriteStartObject();
                writer.WriteString("from", t.From);
                writer.WriteString("to", t.To);
                writer.WriteNumber("count", t.Count);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("changes");
            foreach (var change in report.Changes)
            {
                WriteChange(writer, change);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>One row per changed dossier: id, location, outcomes, scores, causes (edit numbers separated by spaces).</summary>
    public static string Csv(ImpactReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder("dossier_id,location,from,to,old_score,new_score,causes,only_combined\n");
        foreach (var c in report.Changes)
        {
            text.Append(string.Join(",", Cell(c.DossierId), Cell(c.Location), Cell(c.From), Cell(c.To), ImpactNumbers.Exact(c.OldScore), ImpactNumbers.Exact(c.NewScore),
                Cell(string.Join(" ", c.Causes)), c.OnlyCombined ? "true" : "false")).Append('\n');
        }

        return text.ToString();
    }

    private static void WriteChange(Utf8JsonWriter writer, DossierChange change)
    {
        writer.WriteStartObject();
        writer.WriteString("dossier", change.DossierId);
        writer.WriteString("location", change.Location);
        writer.WriteString("from", change.From);
        writer.WriteString("to", change.To);
        RawNumber(writer, "old_score", change.OldScore);
        RawNumber(writer, "new_score", change.NewScore);
        if (change.OthersFrom.Length > 0 || change.OthersTo.Length > 0)
        {
            writer.WriteString("classifications_from", change.OthersFrom);
            writer.WriteString("classifications_to", change.OthersTo);
        }

        writer.WriteStartArray("causes");
        foreach (var cause in change.Causes)
        {
            writer.WriteNumberValue(cause);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("alone");
        foreach (var alone in change.Alone)
        {
            writer.WriteStartObject();
            writer.WriteNumber("edit", alone.Edit);
            writer.WriteString("outcome", alone.Outcome);
            RawNumber(writer, "score", alone.Score);
            if (alone.Others.Length > 0)
            {
                writer.WriteString("classifications", alone.Others);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void RawNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        writer.WritePropertyName(name);
        if (value is { } v)
        {
            writer.WriteRawValue(ImpactNumbers.Exact(v), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static string Readable(decimal? score, int precision) => ImpactNumbers.Readable(score, precision) ?? "-";

    /// <summary>A CSV cell, quoted when needed; a leading formula character is neutralised, as the screening CSV does.</summary>
    private static string Cell(string text)
    {
        var safe = text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    // East Asian characters take two terminal columns.
    private static int Width(string text) => text.Sum(c => c >= '\u1100' && (c <= '\u115f' || (c >= '\u2e80' && c <= '\ua4cf') || (c >= '\uac00' && c <= '\ud7a3') || (c >= '\uf900' && c <= '\ufaff') || (c >= '\uff00' && c <= '\uff60')) ? 2 : 1);

    private static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - Width(text)));
}
