using System.Collections.Immutable;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>One dossier read from a file and typed against a rubric, or the errors that stop it being screened.</summary>
/// <param name="Dossier">The typed dossier; null when it has errors.</param>
/// <param name="DossierId">The dossier's id when it could be read, even if the dossier has errors.</param>
/// <param name="Diagnostics">Every problem found, sorted by position.</param>
/// <param name="Span">Where the dossier starts in its file.</param>
public sealed record DossierReadResult(Dossier? Dossier, string? DossierId, ImmutableArray<Diagnostic> Diagnostics, SourceSpan Span)
{
    /// <summary>True when the dossier can be screened.</summary>
    public bool Succeeded => Dossier is not null;

    /// <summary>The errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>True for a file in a folder that is not a dossier file; it is counted, not screened.</summary>
    public bool Skipped { get; init; }

    internal static DossierReadResult Failed(Diagnostic error, SourceSpan span) => new(null, null, [error], span);

    internal static DossierReadResult Skip(Diagnostic reason, SourceSpan span) => new(null, null, [reason], span) { Skipped = true };
}
