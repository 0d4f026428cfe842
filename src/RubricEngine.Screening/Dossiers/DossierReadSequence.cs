using System.Collections;
using RubricEngine.Model.Dossiers;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// The dossiers of a read, as a lazy sequence. Enumerating it binds each dossier in turn; a screener that
/// receives it instead takes the raw dossiers and binds them on its worker threads, since typing a dossier
/// costs more than parsing it.
/// </summary>
internal sealed class DossierReadSequence(IEnumerable<PendingDossier> pending) : IEnumerable<DossierReadResult>
{
    public IEnumerable<PendingDossier> Pending => pending;

    public IEnumerator<DossierReadResult> GetEnumerator() => pending.Select(p => p.Bind()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A dossier parsed but not yet typed, or a result that needs no typing (a file error, a skipped file).</summary>
internal readonly record struct PendingDossier(RawDossier? Raw, DossierBinder? Binder, DossierReadResult? Ready)
{
    public DossierReadResult Bind() => Ready ?? Binder!.Bind(Raw!);
}
