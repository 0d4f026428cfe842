using CsvHelper;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// Runs one file's reader so that nothing it throws escapes into the batch: a read error after the file opened
/// (<c>/proc/self/mem</c>), a parser exception of a type nobody expected, an over-long CSV record. The failure
/// becomes the file's last dossier, an error after the last dossier read; the dossiers before it are kept.
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
#pragma warning disable CA1031 // Whatever a reader throws for one file is that file's error, never the batch's end.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
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
#pragma warning disable CA1031 // As above: the failure is reported for this file and the batch goes on.
                    catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
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

    private static Diagnostic Failure(string path, string format, Exception e, SourceSpan at) => e switch
    {
        IOException or UnauthorizedAccessException => Diagnostic.Create(DiagnosticCatalog.FileUnreadable, at, path, e.Message),
        CsvFormatException => Diagnostic.Create(DiagnosticCatalog.MalformedDossier, at, format, e.Message.TrimEnd('.') + "; the rest of the file is not read"),
        _ => Diagnostic.Create(DiagnosticCatalog.ReaderFailure, at, format, $"{e.GetType().Name}: {e.Message.TrimEnd('.')}"),
    };
}
