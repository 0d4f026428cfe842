using System.Text.Json;
using RubricEngine.Explain;
using RubricEngine.Language;
using RubricEngine.Model.Rubrics;
using RubricEngine.Records;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// The rows of <c>rubric records list DB --run ID</c>: record, kind, dossier, outcome, score and a detail read
/// from the stored payload. For a person (<paramref name="forPeople"/>, the table) the score goes through the one
/// number formatter and, in Chinese, a decision's outcome and reason are worded with the stored rubric's labels,
/// as the ranked table words them; each rubric is loaded once. For JSON and CSV the row is the stored data.
/// </summary>
internal sealed class RecordRows(DecisionStore store, RecordWords words, string language, bool forPeople)
{
    private readonly Dictionary<string, Rubric?> _rubrics = new(StringComparer.Ordinal);

    public string?[] Row(RecordEntry r)
    {
        using var json = JsonDocument.Parse(r.Payload);
        var root = json.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        string? Number(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null;
        var score = root.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Object && s.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetRawText() : null;
        var rubric = forPeople && r.Kind == "decision" ? RubricOf(r.RubricHash) : null;
        if (rubric is not null && score is not null && decimal.TryParse(score, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var exact))
        {
            score = ExplanationRenderer.ScoreText(rubric, exact);
        }

        var (outcome, reason) = Worded(rubric, Text("outcome"), Text("reason"));
        var detail = r.Kind == "error" && root.TryGetProperty("diagnostics", out var d) ? string.Join("; ", d.EnumerateArray().Select(e => e.GetString()))
            : r.Kind == "decision" ? reason
            : r.Kind == "run-end" ? RecordsCommand.Format(words.RunEnded, Number("screened"), Number("failed"), Number("skipped"))
            : RecordsCommand.Format(root.TryGetProperty("resumed", out var resumed) && resumed.ValueKind == JsonValueKind.True ? words.RunResumed : words.RunStarted,
                Text("user"), Text("host"), Text("at"), Text("engine"));
        return [RecordTables.Number(r.Id), words.Kind(r.Kind), r.DossierId, outcome, score, detail];
    }

    // English shows what the decision stores; another language words it with the rubric's labels.
    private (string? Outcome, string? Reason) Worded(Rubric? rubric, string? outcome, string? reason)
    {
        if (language == "en" || rubric is null || outcome is null || reason is null)
        {
            return (outcome, reason);
        }

        var (label, sentence) = ExplanationRenderer.OutcomeAndReason(rubric, outcome, reason, language);
        return ($"{label} ({outcome})", sentence);
    }

    private Rubric? RubricOf(string? hash)
    {
        if (hash is null)
        {
            return null;
        }

        if (!_rubrics.TryGetValue(hash, out var rubric))
        {
            // A store whose rubric was edited still lists: verify reports the edit, and the row keeps the stored words.
            rubric = store.ContentAt(hash) is { } content && RubricLoader.LoadText(content.Name, content.Text) is { Succeeded: true } loaded ? loaded.Value : null;
            _rubrics[hash] = rubric;
        }

        return rubric;
    }
}
