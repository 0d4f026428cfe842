using System.CommandLine;
using RubricEngine.Cli.Arguments;
using RubricEngine.Cli.BatchRun;
using RubricEngine.Cli.Output;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening;
using RubricEngine.Screening.Batch;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// <c>rubric screen --rubric R --dossiers PATH... [--format ...] [--out FILE] [--lang en|zh] [--threads N] [--engine nrules|compiled]</c>:
/// screens a batch and prints the ranked result. Dossiers that fail are reported with file and line; the
/// rest are still screened, and the exit status is 1 when any failed. Ctrl-C stops at the next dossier,
/// removes the unfinished <c>--out</c> file and exits 130 (143 after SIGTERM).
/// </summary>
internal static class ScreenCommand
{
    public static Command Create(CliConsole console)
    {
        var rubric = new Option<string>("--rubric") { Description = console.Usage.Of("The rubric (.rubric, .yaml).", "评分标准（.rubric、.yaml）。"), Required = true };
        var dossiers = new Option<string[]>("--dossiers")
        {
            Description = console.Usage.Of("Dossier files (.yaml, .yml, .json, .jsonl, .csv, .xlsx) or folders of them; '-' reads standard input.", "材料文件（.yaml、.yml、.json、.jsonl、.csv、.xlsx）或其所在文件夹；“-”读取标准输入。"),
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        dossiers.Validators.Add(CliOptions.DossierPathsCheck(console.Usage));
        var inputFormat = new Option<string?>("--input-format") { Description = console.Usage.Of("The format of standard input: jsonl, json, csv or yaml (told from the first line when absent).", "标准输入的格式：jsonl、json、csv 或 yaml（未给出时按第一行判断）。") };
        inputFormat.AcceptOnlyFromAmong(StandardInputDossiers.Formats);
        var format = new Option<string>("--format") { Description = console.Usage.Of("table, json, jsonl, csv or html.", "table、json、jsonl、csv 或 html。"), DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(ScreenOutput.Formats);
        // Checked with the format (below): html writes a folder, every other format a file.
        var output = new Option<string?>("--out") { Description = console.Usage.Of("Write the result to this file instead of standard output; with --format html, the report folder (required).", "把结果写入此文件而不是标准输出；与 --format html 同用时为报告文件夹（必需）。") };
        var language = LanguageOption.Create(console.Usage);
        var threads = CliOptions.Threads(console.Usage);
        var engine = new Option<string>("--engine") { Description = console.Usage.Of("nrules (default: the rubric as an NRules rule set) or compiled (the fastest batch path); both decide identically.", "nrules（默认：把评分标准作为 NRules 规则集）或 compiled（最快的批量路径）；两者的决定完全相同。"), DefaultValueFactory = _ => "nrules" };
        engine.AcceptOnlyFromAmong([.. NRules.NRulesScreening.EngineNames]);

        var record = new Option<string?>("--record") { Description = console.Usage.Of("Also record every decision and dossier error in this decision store: a SQLite file, or a PostgreSQL connection string.", "同时把每个决定和材料错误记录到此决定存储库：SQLite 文件，或 PostgreSQL 连接字符串。") };
        var resume = new Option<bool>("--resume") { Description = console.Usage.Of("With --record: finish the store's unfinished run of this rubric, screening only what it did not commit.", "与 --record 同用：完成存储库中此评分标准未完成的运行，只筛选尚未提交的材料。") };
        var command = new Command("screen", console.Usage.Of("Screen dossiers against a rubric and print the ranked decisions.", "按评分标准筛选材料，并输出排序后的决定。"))
        {
            rubric, dossiers, inputFormat, format, output, language, threads, engine, record, resume,
        };
        // The values as typed: GetValue throws on a value its option rejects (a format not listed, --out given twice);
        // a flag cannot be rejected (a word after it is an argument of its own), so --resume is read as its value.
        command.Validators.Add(r =>
        {
            var recordTarget = CliOptions.TypedText(r.GetResult(record));
            if (r.GetValue(resume) && recordTarget is null)
            {
                r.AddError(console.Usage.ResumeNeedsRecord);
            }

            if (recordTarget is "")
            {
                r.AddError(console.Usage.EmptyRecordTarget);
            }

            if (OutputProblem(console.Usage, CliOptions.TypedText(r.GetResult(format)) ?? "table", CliOptions.TypedText(r.GetResult(output))) is { } problem)
            {
                r.AddError(problem);
            }
        });
        command.SetAction(parsed => Run(
            console,
            new ScreenRequest(parsed.GetValue(rubric)!, parsed.GetValue(dossiers) ?? [], parsed.GetValue(format)!, parsed.GetValue(output), parsed.GetValue(language)!, parsed.GetValue(threads))
            {
                InputFormat = parsed.GetValue(inputFormat),
                Record = parsed.GetValue(record),
                Resume = parsed.GetValue(resume),
                Engine = parsed.GetValue(engine)!,
            }));
        return command;
    }

    private static string? OutputProblem(UsageWords words, string format, string? path) => (format, path) switch
    {
        ("html", null) => words.HtmlNeedsOut,
        ("html", _) => CliOptions.OutputFolderProblem(path, words),
        (_, null) => null,
        _ => CliOptions.OutputFileProblem(path, words),
    };

    private static int Run(CliConsole console, ScreenRequest request)
    {
        console = console.WithLanguage(request.Language);
        var rubric = RubricInputs.LoadRubric(console, request.Rubric);
        if (rubric is null)
        {
            return ExitCodes.InputErrors;
        }

        // Workers render each decision's JSON line for JSON Lines output and for the store, whose record holds the same bytes.
        var screener = RubricInputs.CreateScreener(rubric, request.Threads, request.Engine, renderJsonLines: request.Format == "jsonl" || request.Record is not null, renderDossierContent: request.Record is not null);
        using var recording = request.Record is null ? null : ScreenRecording.Open(console, request, screener);
        if (request.Record is not null && recording is null)
        {
            return ExitCodes.InputErrors;
        }

        var tally = new BatchTally { Words = BatchWords.For(request.Language) };
        var started = DateTimeOffset.UtcNow;
        using (var interruption = Interruption.Listen())
        {
            var (read, total) = Inputs(console, request, RubricInputs.CreateReader(screener), interruption.Token);
            read = recording?.Pending(read) ?? read;
            try
            {
                ScreenProgress.Run(console, total, request.Output is null && request.Format == "jsonl", tally.Words, progress =>
                    ScreenOutput.Write(console, request, rubric, Observe(console, tally, ScreenRecording.Through(recording, screener.ScreenBatch(read, progress, interruption.Token)), interruption.Token)));
            }
            catch (OperationCanceledException) when (interruption.Requested)
            {
                return Interrupted(console, request, tally, interruption.ExitCode);
            }
            catch (ResumeRefusedException refused)
            {
                console.Report(refused.Findings);
                return ExitCodes.InputErrors;
            }
        }

        var envelope = new ScreeningEnvelope(screener.Identity, tally.Summary, started, DateTimeOffset.UtcNow, screener.WorkerThreads, screener.Options.Engine);
        recording?.Complete(envelope, console, request.Language);
        Finish(console, request, tally, envelope);
        return tally.Summary.Failed > 0 || tally.Summary.Screened == 0 ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    private static (IEnumerable<DossierReadResult> Read, long? Total) Inputs(CliConsole console, ScreenRequest request, DossierReader reader, CancellationToken interrupted) =>
        request.Dossiers is [CliOptions.StandardInput]
            ? (StandardInputDossiers.Read(reader, console.In, request.InputFormat, interrupted), null)
            : (reader.Read(request.Dossiers), DossierCount.Estimate(request.Dossiers));

    private static void Finish(CliConsole console, ScreenRequest request, BatchTally tally, ScreeningEnvelope envelope)
    {
        if (tally.WrongRubricHint(request.Rubric) is { } hint)
        {
            console.Error.WriteLine(hint);
        }

        console.Error.WriteLine(tally.SummaryLine);
        if (request.Output is not null)
        {
            ReplacingFile.WriteAllText(request.Output + ".run.json", envelope.ToJson());
        }
    }

    /// <summary>
    /// After Ctrl-C: an <c>--out</c> file is only ever moved into place complete, so its unfinished
    /// <c>.tmp</c> is removed and an earlier file of that name is left as it was; JSON Lines on standard output
    /// keeps the complete lines written so far; ranked formats on standard output wrote nothing.
    /// </summary>
    private static int Interrupted(CliConsole console, ScreenRequest request, BatchTally tally, int exitCode)
    {
        if (request.Output is not null && File.Exists(request.Output + ".tmp"))
        {
            File.Delete(request.Output + ".tmp");
        }

        if (request.Output is not null && request.Format == "html")
        {
            ReportFolder.DeleteIfPresent(ReportFolder.TemporaryOf(request.Output));
        }

        var what = request.Output is null ? string.Empty : string.Format(System.Globalization.CultureInfo.InvariantCulture, tally.Words.NotWritten, request.Output);
        console.Error.WriteLine(tally.Words.Interrupted + tally.SummaryLine + what);
        return exitCode;
    }

    private static IEnumerable<ScreeningItem> Observe(CliConsole console, BatchTally tally, IEnumerable<ScreeningItem> items, CancellationToken interrupted)
    {
        foreach (var item in items)
        {
            interrupted.ThrowIfCancellationRequested();
            tally.Observe(item);
            if (item.Failed || item.Skipped)
            {
                console.Report(item.Source.Diagnostics);
            }

            yield return item;
        }
    }
}

/// <summary>What the user asked <c>screen</c> for.</summary>
internal sealed record ScreenRequest(string Rubric, string[] Dossiers, string Format, string? Output, string Language, int Threads)
{
    /// <summary>The format of standard input, when stated.</summary>
    public string? InputFormat { get; init; }

    /// <summary>The decision store to record in (<c>--record</c>), or null.</summary>
    public string? Record { get; init; }

    /// <summary>True to finish the store's unfinished run (<c>--resume</c>).</summary>
    public bool Resume { get; init; }

    /// <summary>The engine: <c>nrules</c> or <c>compiled</c>.</summary>
    public string Engine { get; init; } = "nrules";
}
