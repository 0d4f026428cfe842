using System.CommandLine;
using RubricEngine.Cli.Arguments;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using RubricEngine.Records;

namespace RubricEngine.Cli.Commands;

/// <summary>
/// <c>rubric records verify|list|show|export DB ...</c>: reads a decision store (a SQLite file or a PostgreSQL
/// connection string) or, for <c>verify</c>, an exported run.
/// </summary>
internal static class RecordsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("records", console.Usage.Of("Verify, list, show and export recorded decisions.", "校验、列出、显示和导出已记录的决定。"));
        command.Add(Verify(console));
        command.Add(RecordsListCommand.List(console));
        command.Add(RecordsListCommand.Show(console));
        command.Add(Export(console));
        return command;
    }

    /// <summary>The store argument every records command takes.</summary>
    public static Argument<string> StoreArgument(UsageWords words) =>
        new("store") { Description = words.Of("The decision store: a SQLite file, or a PostgreSQL connection string (Host=...) or URI (postgres://...).", "决定存储库：SQLite 文件，或 PostgreSQL 连接字符串（Host=...）或地址（postgres://...）。") };

    /// <summary>Opens an existing store, or prints why not.</summary>
    public static DecisionStore? OpenExisting(CliConsole console, string target)
    {
        var opened = DecisionStore.Open(target);
        console.Report(opened.Errors);
        return opened.Succeeded ? opened.Value : null;
    }

    /// <summary>Reports RUB0803: what was asked for is not in the store.</summary>
    public static void NotInStore(CliConsole console, DecisionStore store, DiagnosticPhrase what) =>
        console.Report([Diagnostic.Create(DiagnosticCatalog.RecordNotFound, SourceSpan.At(store.Display, 0, 0), what)]);

    /// <summary>Fills a composite format of <see cref="RecordWords"/> invariantly.</summary>
    public static string Format(string format, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    private static Command Verify(CliConsole output)
    {
        var store = StoreArgument(output.Usage);
        var language = LanguageOption.Create(output.Usage);
        var command = new Command("verify", output.Usage.Of("Recompute the hash chain and every stored rubric and dossier hash; exit 1 on any finding.", "重新计算哈希链以及存储的每个评分标准和材料的哈希；有任何发现时退出码为 1。")) { store, language };
        command.SetAction(parsed =>
        {
            var console = output.WithLanguage(parsed.GetValue(language)!);
            var target = parsed.GetValue(store)!;
            var words = RecordWords.For(parsed.GetValue(language));
            if (DecisionStore.IsExport(target))
            {
                var exported = DecisionStore.VerifyExport(target);
                console.Report(exported);
                console.Note(exported.IsEmpty ? Format(words.ExportVerified, target) : Format(words.Findings, target, exported.Length));
                return exported.IsEmpty ? ExitCodes.Success : ExitCodes.InputErrors;
            }

            using var opened = OpenExisting(console, target);
            if (opened is null)
            {
                return ExitCodes.InputErrors;
            }

            var findings = opened.Verify();
            console.Report(findings);
            console.Note(findings.IsEmpty ? Format(words.StoreVerified, opened.Display) : Format(words.Findings, opened.Display, findings.Length));
            return findings.IsEmpty ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        return command;
    }

    private static Command Export(CliConsole output)
    {
        var store = StoreArgument(output.Usage);
        var run = new Option<string>("--run") { Description = output.Usage.Of("The run to export.", "要导出的运行。"), Required = true };
        var outFile = new Option<string>("--out") { Description = output.Usage.Of("The file to write.", "要写入的文件。"), Required = true };
        outFile.Validators.Add(CliOptions.WritablePathCheck(output.Usage));
        var language = LanguageOption.Create(output.Usage);
        var command = new Command("export", output.Usage.Of("Export a run with its chain proof to one JSON file that 'records verify' checks offline.", "把一次运行连同其哈希链证明导出为一个 JSON 文件，可用“records verify”离线校验。")) { store, run, outFile, language };
        command.SetAction(parsed =>
        {
            var console = output.WithLanguage(parsed.GetValue(language)!);
            using var opened = OpenExisting(console, parsed.GetValue(store)!);
            if (opened is null)
            {
                return ExitCodes.InputErrors;
            }

            var path = parsed.GetValue(outFile)!;
            var temporary = path + ".tmp";
            bool found;
            using (var file = File.Create(temporary))
            {
                found = opened.Export(parsed.GetValue(run)!, file);
            }

            if (!found)
            {
                File.Delete(temporary);
                NotInStore(console, opened, DiagnosticPhrases.NoRun(parsed.GetValue(run)!));
                return ExitCodes.InputErrors;
            }

            File.Move(temporary, path, overwrite: true);
            console.Note(Format(RecordWords.For(parsed.GetValue(language)).Exported, parsed.GetValue(run), path));
            return ExitCodes.Success;
        });
        return command;
    }
}
