using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;

namespace RubricEngine.Cli;

/// <summary>The streams a command reads and writes; tests pass string readers and writers.</summary>
/// <param name="Out">Results: formatted rubrics, tables, JSON.</param>
/// <param name="Error">Diagnostics, progress and summaries.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Standard input, for dossiers piped in with <c>--dossiers -</c>.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>The words of usage errors, in the language the command line asks for (read before parsing).</summary>
    public Arguments.UsageWords Usage { get; init; } = Arguments.UsageWords.English;

    /// <summary>The language diagnostics are written in (<c>--lang</c>): <c>en</c> or <c>zh</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>This console, writing diagnostics in <paramref name="language"/>.</summary>
    public CliConsole WithLanguage(string language) => this with { Language = language };

    /// <summary>
    /// Writes diagnostics, one per line, to the error stream. Their messages quote dossier text (ids, values),
    /// so control characters and line breaks are escaped: a dossier can neither drive the terminal nor forge a
    /// line such as the summary. They are written in <see cref="Language"/>.
    /// </summary>
    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Error.WriteLine(DisplayText.Escape(diagnostic.ToString(Language)));
        }
    }

    /// <summary>
    /// Writes one status line to the error stream, escaped as <see cref="Report"/> escapes diagnostics: such
    /// lines quote run ids, dossier ids and paths that come from the user or a store.
    /// </summary>
    public void Note(string line) => Error.WriteLine(DisplayText.Escape(line));
}
