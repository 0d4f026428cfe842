using System.CommandLine;
using System.Text.Json;
using RubricEngine.Explain;
using RubricEngine.Language;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Records;
using RubricEngine.Screening.Decisions;

namespace RubricEngine.Cli.Commands;

/// <summary><c>rubric records list DB [--run ID]</c> and <c>rubric records show DB ID</c>.</summary>
internal static class RecordsListCommand
{
    public static Command List(CliConsole output)
    {
        var store = RecordsCommand.StoreArgument(output.Usage);
        var run = new Option<string?>("--run") { Description = output.Usage.Of("List this run's records instead of the runs.", "列出这次运行的记录，而不是运行列表。") };
        var format = new Option<string>("--format") { Description = output.Usage.Of("table, json or csv.", "table、json 或 csv。"), DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(RecordTables.Formats);
        var language = LanguageOption.Create(output.Usage);
        var command = new Command("list", output.Usage.Of("List the runs of a store, or the records of one run.", "列出存储库中的运行，或一次运行的记录。")) { store, run, format, language };
        command.SetAction(parsed =>
        {
            var console = output.WithLanguage(parsed.GetValue(language)!);
            var chosen = parsed.GetValue(format)!;
            // A table is read by a person, in the language asked for; JSON and CSV are data and stay as stored.
            var words = RecordWords.For(chosen == "table" ? parsed.GetValue(language) : "en");
            using var opened = RecordsCommand.OpenExisting(console, parsed.GetValue(store)!);
            if (opened is null)
            {
                return ExitCodes.InputErrors;
            }

            if (parsed.GetValue(run) is not { } runId)
            {
                RecordTables.Write(console.Out, chosen, words.RunHeaders,
                    opened.Runs().Select(r => new[] { r.RunId, RecordTables.Number(r.FirstRecord), r.Started, r.Rubric, RecordTables.Number(r.Decisions), RecordTables.Number(r.Errors), r.Finished ? words.Finished : words.Unfinished }));
                return ExitCodes.Success;
            }

            var records = opened.RecordsOf(runId);
            if (records.Count == 0)
            {
                RecordsCommand.NotInStore(console, opened, DiagnosticPhrases.NoRun(runId));
                return ExitCodes.InputErrors;
            }

            var rows = new RecordRows(opened, words, chosen == "table" ? parsed.GetValue(language)! : "en", forPeople: chosen == "table");
            RecordTables.Write(console.Out, chosen, words.RecordHeaders, records.Select(rows.Row));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Show(CliConsole output)
    {
        var store = RecordsCommand.StoreArgument(output.Usage);
        var id = Arguments.CliOptions.RecordId(output.Usage);
        var format = new Option<string>("--format") { Description = output.Usage.Of("json (as stored), table, or an explanation: md, html or txt.", "json（按存储原样）、table，或解释：md、html 或 txt。"), DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table", "md", "html", "txt");
        var language = LanguageOption.Create(output.Usage);
        var command = new Command("show", output.Usage.Of("Show one record; md, html or txt explain a decision, re-screened from the stored rubric and dossier.", "显示一条记录；md、html 或 txt 用存储的评分标准和材料重新筛选并解释决定。")) { store, id, format, language };
        command.SetAction(parsed =>
        {
            var console = output.WithLanguage(parsed.GetValue(language)!);
            using var opened = RecordsCommand.OpenExisting(console, parsed.GetValue(store)!);
            if (opened is null)
            {
                return ExitCodes.InputErrors;
            }

            var words = RecordWords.For(parsed.GetValue(language));
            var record = opened.Record(parsed.GetValue(id));
            if (record is null)
            {
                RecordsCommand.NotInStore(console, opened, DiagnosticPhrases.NoRecord(parsed.GetValue(id)));
                return ExitCodes.InputErrors;
            }

            return parsed.GetValue(format) switch
            {
                "json" => Print(console, Indented(record.Payload)),
                "table" => Print(console, null, () => RecordTables.Write(console.Out, "table", words.FieldHeaders, Fields(record, words))),
                var explanation => Explain(console, opened, record, explanation!, parsed.GetValue(language)!),
            };
        });
        return command;
    }

    private static int Explain(CliConsole console, DecisionStore store, RecordEntry record, string format, string language)
    {
        var replayed = store.Rescreen(record.Id, RubricLoader.LoadText, RubricInputs.EngineOptions);
        console.Report(replayed.Errors);
        if (!replayed.Succeeded)
        {
            return ExitCodes.InputErrors;
        }

        var (rubric, decision, dossier) = replayed.Value!;
        if (DecisionJson.Serialize(decision, indented: false) != record.Payload)
        {
            console.Note(RecordsCommand.Format(RecordWords.For(language).RescreensDifferently, store.Display, record.Id));
        }

        var kind = format switch { "html" => ExplanationFormat.Html, "txt" => ExplanationFormat.Text, _ => ExplanationFormat.Markdown };
        var rendered = ExplanationRenderer.Render(rubric, decision, language, kind, dossier);
        console.Report(rendered.Diagnostics);
        return rendered.Succeeded ? Print(console, rendered.Value!) : ExitCodes.InputErrors;
    }

    private static int Print(CliConsole console, string? text, Action? write = null)
    {
        if (text is not null)
        {
            console.Out.Write(text.EndsWith('\n') ? text : text + "\n");
        }

        write?.Invoke();
        return ExitCodes.Success;
    }

    private static IEnumerable<string?[]> Fields(RecordEntry r, RecordWords words) =>
        new (string Name, string? Value)[]
        {
            ("record", RecordTables.Number(r.Id)), ("kind", words.Kind(r.Kind)), ("run", r.RunId), ("dossier", r.DossierId), ("source", r.Source),
            ("rubric_content", r.RubricHash), ("dossier_content", r.DossierHash), ("engine", r.Engine), ("program_version", r.ProgramVersion),
            ("hash", r.Hash), ("payload", r.Payload),
        }.Select(f => new[] { words.Field(f.Name), f.Value });

    private static string Indented(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, IndentedOptions);
    }

    private static readonly JsonSerializerOptions IndentedOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
