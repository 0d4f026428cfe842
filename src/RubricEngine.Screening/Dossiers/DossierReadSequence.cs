using System.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>
/// The dossiers of a read, as a lazy sequence. Enumerating it binds each dossier in turn; a screener that
/// receives it instead takes the pending dossiers and parses and binds them on its worker threads, since typing
/// a dossier (and parsing a JSON Lines line) costs far more than finding it in the file.
/// </summary>
internal sealed class DossierReadSequence(IEnumerable<PendingDossier> pending) : IEnumerable<DossierReadResult>
{
    public IEnumerable<PendingDossier> Pending => pending;

    public IEnumerator<DossierReadResult> GetEnumerator() => pending.Select(p => p.Bind()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// A dossier found but not yet typed: parsed (<see cref="Raw"/>), still a line of JSON text (<see cref="Line"/>),
/// or a result that needs no typing (a file error, a skipped file).
/// </summary>
internal readonly record struct PendingDossier(RawDossier? Raw, DossierBinder? Binder, DossierReadResult? Ready)
{
    /// <summary>A JSON Lines line holding one dossier, parsed when the dossier is bound.</summary>
    public UnparsedLine? Line { get; init; }

    /// <summary>Where the dossier starts (a line's start before it is parsed).</summary>
    public SourceSpan Span => Raw?.Span ?? Line?.Start ?? Ready?.Span ?? SourceSpan.None;

    /// <summary>Where the dossier ends, for an error after it.</summary>
    public SourceSpan End => Line?.End ?? Span;

    public DossierReadResult Bind() => Ready ?? (Raw is { } raw ? Binder!.Bind(raw) : Binder!.Bind(Line!));
}
