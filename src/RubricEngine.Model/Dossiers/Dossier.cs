using RubricEngine.Model.Collections;
using RubricEngine.Model.Text;
using RubricEngine.Model.Values;

namespace RubricEngine.Model.Dossiers;

/// <summary>A document that supports a value: a report, a certificate, an audit.</summary>
/// <param name="Id">The identifier values cite.</param>
/// <param name="Document">The document's name or reference.</param>
/// <param name="Page">The page or section, if given.</param>
/// <param name="VerifiedBy">The third party that verified it, or null when self-declared.</param>
/// <param name="Date">The date of the evidence, if given.</param>
/// <param name="Span">Where it was written in the dossier.</param>
/// <param name="Method">The methodology or standard the value was measured by (<c>Regulation (EU) 2019/331</c>, <c>WLTP</c>), or null.</param>
/// <param name="Verification">How it was verified, or null when the dossier does not say (then a named verifier means third party).</param>
public sealed record EvidenceItem(
    string Id, string? Document, string? Page, string? VerifiedBy, DateOnly? Date, SourceSpan Span, string? Method = null, VerificationKind? Verification = null)
    : ModelNode(Span)
{
    /// <summary>
    /// True when a third party verified the evidence: its verification is third party or accredited, or it names
    /// a verifier without saying how.
    /// </summary>
    public bool IsVerified => Verification is { } kind ? kind.IsThirdParty() : !string.IsNullOrWhiteSpace(VerifiedBy);

    /// <summary>The verification kind in effect: as written, or third party for a named verifier, or null.</summary>
    public VerificationKind? EffectiveVerification =>
        Verification ?? (string.IsNullOrWhiteSpace(VerifiedBy) ? null : VerificationKind.ThirdParty);
}

/// <summary>One value given for an input, with the evidence it cites.</summary>
/// <param name="Value">The value, already checked against the input's type and unit.</param>
/// <param name="EvidenceIds">The evidence items cited, in source order.</param>
/// <param name="Span">Where it was written in the dossier.</param>
public sealed record EvidencedValue(Value Value, ValueArray<string> EvidenceIds, SourceSpan Span) : ModelNode(Span);

/// <summary>The values given for one input. More than one value means the evidence may conflict.</summary>
/// <param name="Input">The input's name.</param>
/// <param name="Values">The values, in source order.</param>
public sealed record DossierEntry(string Input, ValueArray<EvidencedValue> Values);

/// <summary>A project dossier: the evidence a financier screens against a rubric.</summary>
/// <param name="Id">The dossier's identifier.</param>
/// <param name="AssessmentDate">The date the assessment is made for; criteria with date ranges compare against it.</param>
/// <param name="Entries">The values given, sorted by input name.</param>
/// <param name="Evidence">The evidence items, sorted by id.</param>
/// <param name="Span">Where the dossier starts in its file.</param>
public sealed record Dossier(string Id, DateOnly? AssessmentDate, ValueArray<DossierEntry> Entries, ValueArray<EvidenceItem> Evidence, SourceSpan Span)
    : ModelNode(Span)
{
    /// <summary>The values given for an input; empty when the dossier says nothing about it.</summary>
    public ValueArray<EvidencedValue> ValuesOf(string input) =>
        Entries.FirstOrDefault(e => e.Input == input)?.Values ?? [];

    /// <summary>The evidence item with the given id, or null.</summary>
    public EvidenceItem? EvidenceById(string id) => Evidence.FirstOrDefault(e => e.Id == id);
}
