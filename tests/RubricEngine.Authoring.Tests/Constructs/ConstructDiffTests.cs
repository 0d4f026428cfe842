using RubricEngine.Authoring.Diff;
using RubricEngine.Language;
using RubricEngine.Model.Rubrics;

namespace RubricEngine.Authoring.Tests.Constructs;

/// <summary>
/// A change to each evidence, decision, cohort and unit construct shows in the diff as one edit in the rubric's
/// wording, applies alone to the old version, and can be screened alone (a variant that checks).
/// </summary>
public class ConstructDiffTests
{
    /// <summary>One rubric with every construct; each case replaces one line of it.</summary>
    internal const string Base = """
        rubric constructs
        outcome grant
        outcome no_grant
        outcome loan
        outcome no_loan
        outcome review_required
        outcome unclear
        unit kgH2 dimension hydrogen
        unit tH2 = 1000 kgH2
        input production: quantity in tH2
        input region: one of east, west, national
        input emissions: quantity in gCO2e/kWh optional
          when conflicting prefer verified, then agree on verdict
          requires verified
        input tailpipe: quantity in gCO2/km optional
        input claimed: integer 1 to 5 optional
        input panel: list of records
          field market: integer 1 to 5 optional
          field team: integer 1 to 5 optional
        criterion national_row when region = national
        exclude from cohort when national_row
        derived own_share = share of production
        criterion big when own_share > 10 %
        criterion clean when emissions < 100 gCO2e/kWh and tailpipe < 50 gCO2/km
          requires tailpipe method "WLTP"
        criterion large when production >= 1 tH2
        group evaluation weight 1
          indicator market weight 5
            score mean of panel.market
          indicator team weight 3
            score mean of panel.team
        score total is weighted mean of scored indicators
          unscored weight at most 40 %
          required market
        classification grant_gate
          grant when clean and total >= 3
          otherwise no_grant
          on conflict review_required
          on unknown unclear
        classification loan_gate
          loan when large and big
          otherwise no_loan
        warning claim_far when claimed - total >= 2
        """;

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "unit tH2 = 1000 kgH2", "unit tH2 = 100 kgH2", "changed unit tH2 definition: = 1000 kgH2 -> = 100 kgH2", "affects" },
        { "unit tH2 = 1000 kgH2", "unit tH2 = 1000 kgH2\nunit MtH2 = 1000000 tH2", "added unit MtH2: unit MtH2 = 1000000 tH2", "affects" },
        { "  when conflicting prefer verified, then agree on verdict", "  when conflicting prefer method \"ISO 14067\", then prefer verified, then agree on verdict",
            "changed input emissions conflict policy: prefer verified, then agree on verdict -> prefer method \"ISO 14067\", then prefer verified, then agree on verdict", "affects" },
        { "  requires verified", "  requires verified as accredited", "changed input emissions requirements: requires verified -> requires verified as accredited", "affects" },
        { "input claimed: integer 1 to 5 optional", "input claimed: integer 1 to 10 optional", "changed input claimed range: 1 to 5 -> 1 to 10", "affects" },
        { "  requires tailpipe method \"WLTP\"", "  requires tailpipe method \"WLTP\" or \"NEDC\"",
            "changed criterion clean requirements: requires tailpipe method \"WLTP\" -> requires tailpipe method \"WLTP\" or \"NEDC\"", "affects" },
        { "exclude from cohort when national_row", "exclude from cohort when region = west",
            "changed cohort exclusion exclude from cohort condition: national_row -> region = west", "affects" },
        { "  unscored weight at most 40 %", "  unscored weight at most 20 %",
            "changed score total partial scoring: of scored indicators, unscored weight at most 40 %, required market -> of scored indicators, unscored weight at most 20 %, required market", "affects" },
        { "  on conflict review_required", "  on conflict unclear", "changed classification grant_gate on conflict: review_required -> unclear", "affects" },
        { "  on unknown unclear", "  on unknown review_required", "changed classification grant_gate on unknown: unclear -> review_required", "affects" },
        { "  loan when large and big", "  loan when large", "changed classification loan_gate tiers: loan when large and big -> loan when large", "affects" },
        { "  otherwise no_loan", "  otherwise loan", "changed classification loan_gate fallback: no_loan -> loan", "affects" },
        { "warning claim_far when claimed - total >= 2", "warning claim_far when claimed - total >= 1", "changed warning claim_far threshold: claimed - total >= 2 -> claimed - total >= 1", "text only" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diff_OfOneConstructChange_IsOneEditInTheRubricsWordingThatAppliesAlone(string line, string replacement, string summary, string affects)
    {
        var old = Load(Base);
        var @new = Load(Replace(line, replacement));
        var edits = RubricDiff.Compare(old, @new);
        var edit = Assert.Single(edits);
        Assert.Equal(summary, edit.Summary);
        Assert.Equal(affects == "affects", edit.AffectsDecisions);
        Assert.Equal(@new, edit.ApplyTo(old));
        var variant = SingleEditVariant.Build(old, edit, edits);
        Assert.True(variant.Rubric is not null, variant.Problem);
    }

    [Fact]
    public void Diff_OfARemovedExclusion_IsOneRemoval()
    {
        var old = Load(Base);
        var @new = Load(Replace("exclude from cohort when national_row\n", string.Empty));
        var edit = Assert.Single(RubricDiff.Compare(old, @new));
        Assert.Equal("removed cohort exclusion exclude from cohort: exclude from cohort when national_row", edit.Summary);
        Assert.Equal(@new, edit.ApplyTo(old));
    }

    internal static string Replace(string line, string replacement)
    {
        Assert.Contains(line, Base, StringComparison.Ordinal);
        return Base.Replace(line, replacement, StringComparison.Ordinal);
    }

    internal static Rubric Load(string text)
    {
        var result = RubricLoader.LoadDsl("constructs.rubric", text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}
