using System.Text;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Reads dossiers from JSON: a file holds one dossier object, an array of them, or
/// <c>{ "dossiers": [...] }</c>. JSON Lines files hold one dossier per line and are streamed, so one
/// malformed line (or one longer than <see cref="DossierLimits.MaxDossierChars"/>) fails only its own dossier.
/// </summary>
internal static class JsonDossierReader
{
    public static IEnumerable<RawDossier> ReadJson(byte[] utf8, string path)
    {
        var root = JsonRawParser.Parse(utf8, path, 1, out var error);
        return root is not null ? RawDocuments.Split(root)
            : error is not null ? [new RawDossier(null, error, error.Span)]
            : [];
    }

    public static IEnumerable<RawDossier> ReadJsonLines(TextReader reader, string path)
    {
        var lines = new BoundedLineReader(reader, DossierLimits.MaxDossierChars);
        var lineNumber = 0;
        while (lines.Next(out var line, out var length))
        {
            lineNumber++;
            if (line is null)
            {
                var span = SourceSpan.At(path, lineNumber, 1);
                var error = Diagnostic.Create(DiagnosticCatalog.DossierLimitExceeded, span, $"The line ({DossierLimits.Count(length, "characters")})",
                    DossierLimits.Count(DossierLimits.MaxDossierChars, "characters"), " for one dossier");
                yield return new RawDossier(null, error, span);
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var root = JsonRawParser.Parse(Encoding.UTF8.GetBytes(line), path, lineNumber, out var failure);
            if (root is null)
            {
                if (failure is not null)
                {
                    yield return new RawDossier(null, failure, failure.Span);
                }

                continue;
            }

            foreach (var dossier in RawDocuments.Split(root))
            {
                yield return dossier;
            }
        }
    }
}
