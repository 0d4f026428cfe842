using RubricEngine.Authoring.Diff;

namespace RubricEngine.Authoring.Tests;

public class DiffTests
{
    [Theory]
    [MemberData(nameof(RevisionCase.Names), MemberType = typeof(RevisionCase))]
    public void Diff_OfShippedRevision_MatchesGoldenTableAndJson(string name)
    {
        var c = RevisionCase.Read(name);
        var edits = RubricDiff.Compare(Repository.Load(c.Old), Repository.Load(c.New));
        Repository.AssertGolden(c.Expected("diff.txt"), DiffFormats.Table(c.Old, c.New, edits));
        Repository.AssertGolden(c.Expected("diff.json"), DiffFormats.Json(c.Old, c.New, edits));
    }

    [Theory]
    [MemberData(nameof(RevisionCase.Names), MemberType = typeof(RevisionCase))]
    public void Diff_OfShippedRevision_InChinese_MatchesGoldenTable(string name)
    {
        var c = RevisionCase.Read(name);
        var edits = RubricDiff.Compare(Repository.Load(c.Old), Repository.Load(c.New));
        Repository.AssertGolden(c.Expected("diff.zh.txt"), DiffFormats.Table(c.Old, c.New, edits, "zh"));
        Assert.Equal(DiffFormats.Table(c.Old, c.New, edits), DiffFormats.Table(c.Old, c.New, edits, "en"));
    }

    [Theory]
    [MemberData(nameof(RevisionCase.Names), MemberType = typeof(RevisionCase))]
    public void Diff_EveryEditApplied_TurnsOldIntoNew(string name)
    {
        var c = RevisionCase.Read(name);
        var old = Repository.Load(c.Old);
        var @new = Repository.Load(c.New);
        var edits = RubricDiff.Compare(old, @new);
        var rebuilt = edits.Aggregate(old, (rubric, edit) => edit.ApplyTo(rubric));
        Assert.Equal(@new, rebuilt);
    }

    [Fact]
    public void Diff_DslAgainstItsYamlForm_FindsNothing()
    {
        var edits = RubricDiff.Compare(Repository.Load("rubrics/yeda.rubric"), Repository.Load("rubrics/yeda.yaml"));
        Assert.Empty(edits);
    }

    [Fact]
    public void Diff_ThresholdOnlyChange_IsNamedThresholdInTheRubricsWording()
    {
        var c = RevisionCase.Read("01-tightened-threshold");
        var edits = RubricDiff.Compare(Repository.Load(c.Old), Repository.Load(c.New));
        var lifecycle = Assert.Single(edits, e => e.Name == "hydro_lifecycle");
        Assert.Equal(("threshold", "lifecycle_emissions < 100 gCO2e/kWh", "lifecycle_emissions < 80 gCO2e/kWh"), (lifecycle.Aspect, lifecycle.Old, lifecycle.New));
    }

    [Fact]
    public void Variant_OfTierThatTestsAnAddedCriterion_BringsTheCriterionAlong()
    {
        var c = RevisionCase.Read("03-added-criterion");
        var old = Repository.Load(c.Old);
        var edits = RubricDiff.Compare(old, Repository.Load(c.New));
        var tier = Assert.Single(edits, e => e.Element == "tier");
        var added = Assert.Single(edits, e => e.Kind == EditKind.Added);
        var variant = SingleEditVariant.Build(old, tier, edits);
        Assert.NotNull(variant.Rubric);
        Assert.Equal([added.Number, tier.Number], variant.Applied.Order());
    }
}
