using System.CommandLine;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Cli.Reports;

/// <summary>
/// The <c>--format text|sarif|json</c> of the commands that report diagnostics (<c>check</c>, <c>lint</c>): text
/// to standard error, SARIF 2.1.0 or JSON to standard output for CI.
/// </summary>
internal static class DiagnosticOutput
{
    public static Option<string> FormatOption(Arguments.UsageWords words)
    {
        var format = new Option<string>("--format") { Description = words.Of("text, sarif (SARIF 2.1.0) or json.", "text、sarif（SARIF 2.1.0）或 json。"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif", "json");
        return format;
    }

    public static void Write(CliConsole console, IReadOnlyList<Diagnostic> diagnostics, string format)
    {
        switch (format)
        {
            case "sarif":
                SarifReport.Write(console.Out, diagnostics);
                break;
            case "json":
                DiagnosticJsonReport.Write(console.Out, diagnostics);
                break;
            default:
                console.Report(diagnostics);
                break;
        }
    }
}
