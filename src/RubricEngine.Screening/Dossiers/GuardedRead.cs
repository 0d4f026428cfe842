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
    public static IEnumerable<RawDossier> Run(string path, string format, Func<IEnumerable<RawDossier>> read)
    {
        var position = SourceSpan.At(path, 1, 1);
        Diagnostic? failure = null;
        IEnumerator<RawDossier>? items = null;
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
                    RawDossier? item = null;
                    try
                    {
                        item = items.MoveNext() ? items.Current : null;
                    }
                    catch (Exception e) when (IsInputFailure(e))
                    {
                        failure = Failure(path, format, e, position);
                    }

                    if (item is null)
                    {
                        break;
                    }

                    position = SourceSpan.At(path, Math.Max(1, item.Span.EndLine), Math.Max(1, item.Span.EndColumn));
                    yield return item;
                }
            }
        }

        if (failure is not null)
        {
            yield return new RawDossier(null, failure, failure.Span);
        }
    }

    private static bool IsInputFailure(Exception e) => e is IOException or UnauthorizedAccessException or CsvFormatException;

    private static Diagnostic Failure(string path, string format, Exception e, SourceSpan at) => e is CsvFormatException
        ? Diagnostic.Create(DiagnosticCatalog.MalformedDossier, at, format, e.Message.TrimEnd('.') + "; the rest of the file is not read")
        : Diagnostic.Create(DiagnosticCatalog.FileUnreadable, at, path, e.Message);
}
