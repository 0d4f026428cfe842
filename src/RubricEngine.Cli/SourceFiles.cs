using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;

namespace RubricEngine.Cli;

/// <summary>Reads input files, turning a missing or unreadable file into a diagnostic rather than a stack trace.</summary>
internal static class SourceFiles
{
    /// <summary>The file's text, or null with a diagnostic added to <paramref name="diagnostics"/>.</summary>
    public static string? TryRead(string path, DiagnosticBag diagnostics)
    {
        var span = SourceSpan.At(path, 1, 1);
        if (!File.Exists(path))
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, span, path);
            return null;
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.FileUnreadable, span, path, e.Message);
            return null;
        }
    }
}
