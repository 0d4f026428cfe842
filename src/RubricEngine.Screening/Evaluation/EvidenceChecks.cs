using RubricEngine.Model.Collections;
using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Screening.Evaluation;

/// <summary>
/// Evidence tests and admissibility requirements on the evidence items a value cites: a value passes when one of
/// the items it cites passes (verified, verified by a named verifier, of a verification kind, measured by a method).
/// </summary>
internal static class EvidenceChecks
{
    /// <summary>Whether evidence citing <paramref name="evidenceIds"/> passes a verified / verified by / verified as / method check.</summary>
    public static bool Passes(EvidenceCheck check, ValueArray<string> evidenceIds, Dossier dossier)
    {
        foreach (var id in evidenceIds)
        {
            if (dossier.EvidenceById(id) is { } item && Passes(check, item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Passes(EvidenceCheck check, EvidenceItem item) => check.Test switch
    {
        EvidenceTest.Verified => item.IsVerified,
        EvidenceTest.VerifiedBy => item.VerifiedBy is { } verifier && check.Arguments.Contains(verifier),
        EvidenceTest.VerifiedAs => item.EffectiveVerification is { } kind && VerificationKinds.Parse(check.Arguments[0]) is { } wanted && kind.Satisfies(wanted),
        EvidenceTest.Method => item.Method is { } method && check.Arguments.Contains(method),
        _ => false,
    };

    /// <summary>An evidence test of a resolved input: never unknown, since the evidence itself is what is tested.</summary>
    public static Truth Test(EvidenceCheck check, ResolvedInput input, Dossier dossier) => Kleene.From(check.Test switch
    {
        EvidenceTest.Known => input.Value is not null,
        EvidenceTest.Missing => input.Missing == MissingReason.Missing,
        EvidenceTest.Conflicting => input.Missing == MissingReason.Conflicting,
        _ => input.Value is not null && Passes(check, input.EvidenceIds, dossier),
    });

    /// <summary>The first requirement the value's evidence fails, or null when it passes them all.</summary>
    public static EvidenceRequirement? FirstFailing(IReadOnlyList<EvidenceRequirement> requirements, ValueArray<string> evidenceIds, Dossier dossier)
    {
        foreach (var requirement in requirements)
        {
            if (!Passes(requirement.Check, evidenceIds, dossier))
            {
                return requirement;
            }
        }

        return null;
    }

    /// <summary>The evidence behind an input as a trace shows it: <c>lifecycle_emissions = 90 gCO2e/kWh (evidence: lca)</c>.</summary>
    public static string Describe(ResolvedInput input)
    {
        var value = input.Value?.ToDisplayString() ?? Graph.InputNode.Word(input.Missing) ?? Graph.UnknownReasons.Missing;
        return input.EvidenceIds.IsEmpty
            ? $"{input.Name} = {value} (no evidence cited)"
            : $"{input.Name} = {value} (evidence: {string.Join(", ", input.EvidenceIds)})";
    }
}
