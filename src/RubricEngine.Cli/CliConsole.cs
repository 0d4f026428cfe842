using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Cli;

/// <summary>The output streams a command writes to; tests pass string writers.</summary>
/// <param name="Out">Results: formatted rubrics, tables, JSON.</param>
/// <param name="Error">Diagnostics, progress and summaries.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Writes diagnostics, one per line, to the error stream.</summary>
    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Error.WriteLine(diagnostic.ToString());
        }
    }
}
