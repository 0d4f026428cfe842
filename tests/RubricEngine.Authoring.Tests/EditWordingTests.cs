using RubricEngine.Authoring.Diff;
using RubricEngine.Authoring.Impact;
using RubricEngine.Language;

namespace RubricEngine.Authoring.Tests;

/// <summary>An edit in Chinese shows the rubric's Chinese text, not its English one, and the diff's absences in Chinese.</summary>
public class EditWordingTests
{
    private const string Old = """
        rubric t version "1"
        outcome yes
        criterion c when true
          title en "Wind" zh "风电"
        criterion d when true
          title en "Solar"
        classification
          yes when c
          otherwise yes
        """;

    [Fact]
    public void ChineseEdit_OfATextInTwoLanguages_ShowsTheChineseTextOnly()
    {
        var edit = Assert.Single(Compare(Old, Old.Replace("\"风电\"", "\"海上风电\"", StringComparison.Ordinal)));
        Assert.Equal("修改标准 c 的标题：\"风电\" -> \"海上风电\"", EditWording.Describe(edit, "zh"));
        Assert.Equal("changed criterion c title: en \"Wind\" zh \"风电\" -> en \"Wind\" zh \"海上风电\"", EditWording.Describe(edit, "en"));
    }

    [Fact]
    public void ChineseEdit_OfATextWithoutChinese_ShowsItAsWritten_AndAnAbsenceInChinese()
    {
        var edit = Assert.Single(Compare(Old, Old.Replace("  title en \"Solar\"\n", string.Empty, StringComparison.Ordinal)));
        Assert.Equal("修改标准 d 的标题：en \"Solar\" -> （无）", EditWording.Describe(edit, "zh"));
    }

    private static IReadOnlyList<RubricEdit> Compare(string old, string @new) =>
        RubricDiff.Compare(Load(old), Load(@new));

    private static Model.Rubrics.Rubric Load(string text) =>
        RubricLoader.LoadText("t.rubric", text.ReplaceLineEndings("\n")).Value ?? throw new InvalidOperationException("The test rubric does not load.");
}
