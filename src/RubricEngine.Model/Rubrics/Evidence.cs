using RubricEngine.Model.Collections;
using RubricEngine.Model.Text;

namespace RubricEngine.Model.Rubrics;

/// <summary>What a condition or a requirement asks about an input's evidence rather than its value.</summary>
public enum EvidenceTest
{
    /// <summary><c>x is known</c>: the input has one admissible value (given, or resolved from a conflict).</summary>
    Known,

    /// <summary><c>x is missing</c>: the dossier gives no value at all.</summary>
    Missing,

    /// <summary><c>x is conflicting</c>: the values disagree and the conflict policy left more than one candidate.</summary>
    Conflicting,

    /// <summary><c>x is verified</c>: the value used cites third-party-verified evidence.</summary>
    Verified,

    /// <summary><c>x is verified by "TÜV SÜD"</c>: the value used cites evidence verified by one of the named verifiers.</summary>
    VerifiedBy,

    /// <summary><c>x is verified as accredited</c>: the value used cites evidence of that verification kind.</summary>
    VerifiedAs,

    /// <summary><c>x uses method "WLTP"</c>: the value used cites evidence measured by one of the named methods.</summary>
    Method,
}

/// <summary>One evidence test with its arguments: verifier names, a verification kind word, or method names.</summary>
/// <param name="Test">The test.</param>
/// <param name="Arguments">Its arguments, as written (empty for known, missing, conflicting, verified).</param>
public sealed record EvidenceCheck(EvidenceTest Test, ValueArray<string> Arguments)
{
    /// <summary>The reason an input value that fails this check as a requirement is unknown: <c>unverified</c> or <c>wrong_method</c>.</summary>
    public string FailureReason => Test == EvidenceTest.Method ? "wrong_method" : "unverified";

    /// <summary>The check as the language writes it after the input's name: <c>is verified</c>, <c>uses method "WLTP"</c>.</summary>
    public string Text => Test switch
    {
        EvidenceTest.Known => "is known",
        EvidenceTest.Missing => "is missing",
        EvidenceTest.Conflicting => "is conflicting",
        EvidenceTest.Verified => "is verified",
        EvidenceTest.VerifiedBy => "is verified by " + Alternatives(Arguments),
        EvidenceTest.VerifiedAs => "is verified as " + Arguments[0],
        _ => "uses method " + Alternatives(Arguments),
    };

    /// <summary>The requirement as written in a <c>requires</c> clause: <c>verified</c>, <c>method "ISO 14067" or "ISO 14064-1"</c>.</summary>
    public string RequirementText => Test switch
    {
        EvidenceTest.Verified => "verified",
        EvidenceTest.VerifiedBy => "verified by " + Alternatives(Arguments),
        EvidenceTest.VerifiedAs => "verified as " + Arguments[0],
        _ => "method " + Alternatives(Arguments),
    };

    /// <summary>The stable word of the test as a requirement: <c>verified</c>, <c>verified_by</c>, <c>verified_as</c> or <c>method</c>.</summary>
    public string RequirementKind => Test switch
    {
        EvidenceTest.Verified => "verified",
        EvidenceTest.VerifiedBy => "verified_by",
        EvidenceTest.VerifiedAs => "verified_as",
        _ => "method",
    };

    /// <summary>Quoted texts joined by <c>or</c>.</summary>
    public static string Alternatives(IEnumerable<string> texts) => string.Join(" or ", texts.Select(Values.ValueText.Quote));
}

/// <summary>
/// An admissibility requirement: the value of <see cref="Input"/> counts as evidence only when it passes
/// <see cref="Check"/>; otherwise it is unknown with the check's <see cref="EvidenceCheck.FailureReason"/>.
/// Written on the input (<c>requires verified</c>) or on a criterion (<c>requires lifecycle_emissions verified</c>).
/// </summary>
/// <param name="Input">The input whose value must pass.</param>
/// <param name="Check">The check: verified, verified by, verified as, or method.</param>
/// <param name="Span">Where it was written.</param>
public sealed record EvidenceRequirement(string Input, EvidenceCheck Check, SourceSpan Span) : ModelNode(Span);

/// <summary>One step of a conflict policy.</summary>
public enum ConflictStepKind
{
    /// <summary><c>prefer method "..."</c>: keep the candidates measured by one of the methods, if any is.</summary>
    PreferMethod,

    /// <summary><c>prefer verified</c>: keep the third-party-verified candidates, if any is.</summary>
    PreferVerified,

    /// <summary><c>prefer latest</c>: keep the candidates with the latest evidence date, if any is dated.</summary>
    PreferLatest,

    /// <summary><c>prefer lowest</c>: take the smallest candidate.</summary>
    PreferLowest,

    /// <summary><c>prefer highest</c>: take the largest candidate.</summary>
    PreferHighest,

    /// <summary><c>agree on verdict</c>: a criterion evaluates every remaining candidate and uses their verdict when they all give the same one.</summary>
    AgreeOnVerdict,
}

/// <summary>A step of a conflict policy, with the methods of <see cref="ConflictStepKind.PreferMethod"/>.</summary>
/// <param name="Kind">The step.</param>
/// <param name="Methods">For <see cref="ConflictStepKind.PreferMethod"/>, the methods preferred; empty otherwise.</param>
public sealed record ConflictStep(ConflictStepKind Kind, ValueArray<string> Methods)
{
    /// <summary>The step as the language writes it: <c>prefer method "ISO 14067"</c>, <c>agree on verdict</c>.</summary>
    public string Text => Kind switch
    {
        ConflictStepKind.PreferMethod => "prefer method " + EvidenceCheck.Alternatives(Methods),
        ConflictStepKind.PreferVerified => "prefer verified",
        ConflictStepKind.PreferLatest => "prefer latest",
        ConflictStepKind.PreferLowest => "prefer lowest",
        ConflictStepKind.PreferHighest => "prefer highest",
        _ => "agree on verdict",
    };

    /// <summary>The stable word of the step's kind, as the YAML form writes it: <c>prefer_verified</c>, <c>agree_on_verdict</c>.</summary>
    public string KindWord => Kind switch
    {
        ConflictStepKind.PreferMethod => "prefer_method",
        ConflictStepKind.PreferVerified => "prefer_verified",
        ConflictStepKind.PreferLatest => "prefer_latest",
        ConflictStepKind.PreferLowest => "prefer_lowest",
        ConflictStepKind.PreferHighest => "prefer_highest",
        _ => "agree_on_verdict",
    };

    /// <summary>The steps of a one-word policy of <see cref="ConflictPolicy"/>.</summary>
    public static ValueArray<ConflictStep> Of(ConflictPolicy policy) => policy switch
    {
        ConflictPolicy.PreferVerified => [new(ConflictStepKind.PreferVerified, [])],
        ConflictPolicy.PreferLatest => [new(ConflictStepKind.PreferLatest, [])],
        ConflictPolicy.Lowest => [new(ConflictStepKind.PreferLowest, [])],
        ConflictPolicy.Highest => [new(ConflictStepKind.PreferHighest, [])],
        _ => [],
    };
}
