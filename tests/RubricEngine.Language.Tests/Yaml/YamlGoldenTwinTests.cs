using static RubricEngine.Language.Tests.Yaml.YamlTestSupport;

namespace RubricEngine.Language.Tests.Yaml;

/// <summary>
/// Hand-written YAML samples (<c>Samples/NAME.yaml</c>) load to the same model as their DSL twin (<c>NAME.rubric</c>):
/// the evidence keys (<c>requires</c>, <c>on_conflict</c> steps), the undecided outcomes (<c>on_conflict</c>,
/// <c>on_unknown</c>) and the expected outcomes of further classifications mean what their DSL clauses mean.
/// </summary>
public class YamlGoldenTwinTests
{
    public static TheoryData<string> Twins() =>
        [.. Directory.EnumerateFiles(Path.Combine(SourceDirectory(), "Samples"), "*.yaml")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(name => File.Exists(Path.Combine(SourceDirectory(), "Samples", name + ".rubric")))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Twins))]
    public void HandWrittenYaml_LoadsEqualToItsDslTwin(string name)
    {
        var fromYaml = Valid(LoadYaml(name + ".yaml", Sample(name + ".yaml")));
        var fromDsl = Valid(LoadDsl(name + ".rubric", Sample(name + ".rubric")));
        ModelDiff.AssertEqual(fromDsl, fromYaml);
    }

    [Fact]
    public void DecisionsTwin_CarriesEveryConstructItIsFor()
    {
        var rubric = Valid(LoadYaml("decisions.yaml", Sample("decisions.yaml")));
        var clinker = rubric.Input("clinker")!;
        Assert.Equal(
            ["prefer method \"Regulation (EU) 2019/331\"", "prefer verified", "prefer latest", "agree on verdict"],
            clinker.ConflictSteps.Select(s => s.Text));
        Assert.Equal(["verified as accredited"], clinker.Requirements.Select(r => r.Check.RequirementText));
        Assert.Equal(["method \"ISO 14067:2018\" or \"ISO 14064-1:2018\"", "verified by \"TÜV SÜD\" or \"SGS\""], rubric.Input("lifecycle")!.Requirements.Select(r => r.Check.RequirementText));
        Assert.Equal(["tailpipe method \"WLTP\"", "tailpipe verified"], rubric.Criterion("cars")!.Requirements.Select(r => r.Input + " " + r.Check.RequirementText));
        Assert.Equal(("review_required", "unclear"), (rubric.Classification.OnConflict, rubric.Classification.OnUnknown));
        Assert.Equal((null, "no_loan"), (rubric.OtherClassifications[0].OnConflict, rubric.OtherClassifications[0].OnUnknown));
        var expected = Assert.Single(rubric.Examples[0].ExpectedClassifications);
        Assert.Equal(("lending", "loan"), (expected.Classification, expected.Outcome));
    }
}
