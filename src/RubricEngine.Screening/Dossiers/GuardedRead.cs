using CsvHelper;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Runs one file's reader so that what bad input makes it throw stays in that file: a read error after the file
/// opened (<c>/proc/self/mem</c>) or while opening it, an over-long CSV record. The failure becomes the file's last
/// dossier, an error after the last dossier read; the dossiers before it are kept. Anything else is a bug, left to
/// the batch's safety net (RUB0650).
/// </summary>
internal static class GuardedRead
{
    public static IEnumerable<PendingDossier> Run(string path, DiagnosticPhrase format, Func<IEnumerable<PendingDossier>> read)
    {
        PendingDossier? last = null; // its end is where a failure after it is placed, computed only then
        Diagnostic? failure = null;
        IEnumerator<PendingDossier>? items = null;
        try
        {
            items = read().GetEnumerator();
        }
        catch (Exception e) when (IsInputFailure(e))
        {
            failure = Failure(path, format, e, SourceSpan.At(path, 0, 0));
        }

        if (items is not null)
        {
            using (items)
            {
                while (true)
                {
                    PendingDossier? item = null;
                    try
                    {
                        item = items.MoveNext() ? items.Current : null;
                    }
                    catch (Exception e) when (IsInputFailure(e))
                    {
                        failure = Failure(path, format, e, last is { End: var end } ? SourceSpan.At(path, Math.Max(1, end.EndLine), Math.Max(1, end.EndColumn)) : SourceSpan.At(path, 1, 1));
                    }

                    if (item is null)
                    {
                        break;
                    }

                    last = item;
                    yield return item.Value;
                }
            }
        }

        if (failure is not null)
        {
            yield return new PendingDossier(null, null, DossierReadResult.Failed(failure, failure.Span));
        }
    }

    private static bool IsInputFailure(Exception e) => e is IOException or UnauthorizedAccessException or CsvFormatException;

    private static Diagnostic Failure(string path, DiagnosticPhrase format, Exception e, SourceSpan at) => e is CsvFormatException
        ? Diagnostic.Create(DiagnosticCatalog.MalformedDossier, at, format, ReadFailurePhrases.Csv(e.Message))
        : Diagnostic.Create(DiagnosticCatalog.FileUnreadable, at, path, DiagnosticPhrases.SystemError(e));
}
