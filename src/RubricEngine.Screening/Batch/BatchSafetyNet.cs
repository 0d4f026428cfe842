using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Screening.Batch;

/// <summary>
/// The last line of defence of a batch: an exception that escapes a reader, the binder or an engine becomes
/// an internal error (RUB0650) of the one dossier or file it happened in, so the others are still screened
/// and counted. Cancellation is not an error and passes through.
/// </summary>
internal static class BatchSafetyNet
{
    /// <summary>Binds and screens one dossier; a throw becomes that dossier's failure.</summary>
    public static ScreeningItem Screen(PendingDossier pending, Func<DossierReadResult, ScreeningItem> screen)
    {
        DossierReadResult read;
        try
        {
            read = pending.Bind();
        }
        catch (Exception error) when (IsBug(error))
        {
            return new ScreeningItem(Failure("reading this dossier", pending.Span, error), null);
        }

        try
        {
            return screen(read);
        }
        catch (Exception error) when (IsBug(error))
        {
            return new ScreeningItem(Failure("screening this dossier", read.Span, error) with { DossierId = read.DossierId }, null);
        }
    }

    /// <summary>Binds one dossier (cohorts bind all before screening); a throw becomes that dossier's failure.</summary>
    public static DossierReadResult Bind(PendingDossier pending)
    {
        try
        {
            return pending.Bind();
        }
        catch (Exception error) when (IsBug(error))
        {
            return Failure("reading this dossier", pending.Span, error);
        }
    }

    /// <summary>
    /// The dossiers of one file, or of a whole read: when enumerating throws, the dossiers already read stay,
    /// and one failure at the last position reached stands for the rest of the file (an enumerator cannot
    /// resume after a throw).
    /// </summary>
    public static IEnumerable<PendingDossier> Guard(IEnumerable<PendingDossier> source, string? path)
    {
        using var items = Start(source, path, out var failed);
        if (failed is not null)
        {
            yield return failed.Value;
            yield break;
        }

        var last = path is null ? SourceSpan.None : SourceSpan.At(path, 1, 1);
        while (true)
        {
            PendingDossier current;
            Exception? thrown = null;
            try
            {
                if (!items!.MoveNext())
                {
                    yield break;
                }

                current = items.Current;
            }
            catch (Exception error) when (IsBug(error))
            {
                thrown = error;
                current = default;
            }

            if (thrown is not null)
            {
                yield return new PendingDossier(null, null, Failure(path is null ? "listing the dossier files" : "reading this file", last, thrown));
                yield break;
            }

            last = current.Raw is null && current.Line is null && current.Ready is null ? last : current.Span;
            yield return current;
        }
    }

    private static IEnumerator<PendingDossier>? Start(IEnumerable<PendingDossier> source, string? path, out PendingDossier? failed)
    {
        failed = null;
        try
        {
            return source.GetEnumerator();
        }
        catch (Exception error) when (IsBug(error))
        {
            var span = path is null ? SourceSpan.None : SourceSpan.At(path, 1, 1);
            failed = new PendingDossier(null, null, Failure("reading this file", span, error));
            return null;
        }
    }

    /// <summary>A cohort screened in one session: its decisions, or the error that stopped the session.</summary>
    public static (IReadOnlyList<Decisions.Decision>? Decisions, Exception? Error) ScreenCohort(Func<IReadOnlyList<Decisions.Decision>> screen)
    {
        try
        {
            return (screen(), null);
        }
        catch (Exception error) when (IsBug(error))
        {
            return (null, error);
        }
    }

    /// <summary>A member of a cohort whose session threw: it fails with the cohort's error, or keeps its own errors.</summary>
    public static ScreeningItem CohortFailure(DossierReadResult read, Exception error) =>
        read.Dossier is null
            ? new ScreeningItem(read, null)
            : new ScreeningItem(Failure("screening this dossier's cohort", read.Span, error) with { DossierId = read.DossierId }, null);

    internal static DossierReadResult Failure(string doing, SourceSpan span, Exception error) =>
        DossierReadResult.Failed(Diagnostic.Create(DiagnosticCatalog.InternalDossierError, span, doing, error.GetType().Name, OneLine(error.Message)), span);

    // Cancellation (Ctrl-C) stops the batch as asked; it is not one dossier's failure.
    private static bool IsBug(Exception error) => error is not OperationCanceledException;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
