using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;

namespace RubricEngine.Language.Tests;

/// <summary>The loader as a user meets it: every error at once, files and extensions, and the model it builds.</summary>
public class LoaderBehaviourTests
{
    private const string Valid = "rubric t\noutcome no\ninput x: decimal\ncriterion c when x > 1\nclassification\n  no when c\n  otherwise no\n";

    [Fact]
    public void LoadText_SeveralBrokenDeclarations_ReportsEachWithLineAndColumn()
    {
        var text = "rubric t\noutcome no\ninput x decimal\ninput y: decimal\ncriterion c when y >\ncriterion d when (y\nclassification\n  otherwise no\n";
        var lines = RubricLoader.LoadText("f.rubric", text).Diagnostics.Select(d => (d.Span.Line, d.Code)).ToList();
        Assert.Equal([(3, "RUB0001"), (5, "RUB0001"), (6, "RUB0001")], lines);
    }

    [Fact]
    public void LoadText_SeveralCheckErrors_ReportsAllOfThem()
    {
        var text = "rubric t\noutcome no\ninput e: quantity in kg\ncriterion c when e > 5 kWh\ncriterion d when f > 1\nclassification\n  yes when c\n";
        var codes = RubricLoader.LoadText("f.rubric", text).Diagnostics.Select(d => d.Code).ToList();
        Assert.Equal(["RUB0301", "RUB0203", "RUB0211", "RUB0204"], codes);
    }

    [Fact]
    public void LoadText_WindowsLineEndsAndByteOrderMark_GiveTheSameRubric()
    {
        var unix = RubricLoader.LoadText("a.rubric", Valid);
        var windows = RubricLoader.LoadText("b.rubric", "\uFEFF" + Valid.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.True(windows.Succeeded, string.Join("\n", windows.Diagnostics));
        Assert.Equal(unix.Value, windows.Value);
    }

    [Fact]
    public void LoadText_UnknownExtension_ReportsTheKnownOnes()
    {
        var result = RubricLoader.LoadText("rubric.txt", Valid);
        Assert.Equal("RUB0602", Assert.Single(result.Errors).Code);
        Assert.Null(result.Value);
    }

    [Fact]
    public void LoadDsl_AnyExtension_ParsesTheDsl() => Assert.True(RubricLoader.LoadDsl("rubric.txt", Valid).Succeeded);

    [Fact]
    public void LoadFile_MissingFile_IsADiagnosticNotAnException()
    {
        var result = RubricLoader.LoadFile(Path.Combine(Paths.Root, "no-such-file.rubric"));
        Assert.Equal("RUB0600", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void LoadText_Warnings_StillProduceTheRubric()
    {
        var result = RubricLoader.LoadText("w.rubric", Valid.Replace("input x: decimal\n", "input x: decimal\ninput spare: text\n", StringComparison.Ordinal));
        Assert.True(result.Succeeded);
        Assert.Equal("RUB0215", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Gib_HasFourGroupsOfNineteenIndicatorsAndAGreenPurposeGate()
    {
        var gib = Load("gib.rubric");
        Assert.Equal(["technical", "green", "market", "risk"], gib.Groups.Select(g => g.Name));
        Assert.Equal(19, gib.Indicators.Count());
        Assert.All(gib.Indicators, i => Assert.False(i.Explanation.Exact("zh") is null || i.Explanation.Exact("en") is null));
        var gate = Assert.Single(gib.Criteria, c => c.Kind == CriterionKind.Gate);
        Assert.Equal(5, Assert.IsType<AnyOfExpr>(gate.Condition).Options.Count);
    }

    [Fact]
    public void Yeda_HasTwentyWeightedIndicatorsOverAPanelOfAtLeastTen()
    {
        var yeda = Load("yeda.rubric");
        var weights = yeda.Indicators.Select(i => i.Weight).ToList();
        Assert.Equal(20, weights.Count);
        Assert.Equal((5.0m, 1.3m), (weights[0], weights[^1]));
        Assert.Equal(10, yeda.Input("panel")!.MinimumCount);
        Assert.All(yeda.Indicators, i => Assert.Equal(ListFunction.Mean, Assert.IsType<ListAggregateExpr>(i.Score).Function));
        Assert.Equal(ScoreMethod.WeightedMean, yeda.Score!.Method);
    }

    [Fact]
    public void EuTaxonomy_HasDatedCarCriteriaAndAnActivityEnumeration()
    {
        var eu = Load("eu-taxonomy.rubric");
        Assert.True(Assert.IsType<EnumType>(eu.Input("activity")!.Type).Members.Count >= 8);
        Assert.Equal(new DateOnly(2025, 12, 31), eu.Criterion("car_low_emission")!.Until);
        Assert.Equal(new DateOnly(2026, 1, 1), eu.Criterion("car_zero_emission")!.From);
        Assert.Equal(2, eu.Criteria.Count(c => c.Kind == CriterionKind.Gate));
        Assert.All(eu.Criteria, c => Assert.False(string.IsNullOrEmpty(c.Citation)));
    }

    [Fact]
    public void SurveyCohort_IsACohortRubric() => Assert.True(Load("survey-cohort.rubric").IsCohortRubric);

    [Fact]
    public void TrimmedMean_StoresThePercentageAsARatio()
    {
        var text = "rubric t\noutcome no\ninput p: list of records\n  field s: decimal\ncriterion c when trimmed mean 10 % of p.s > 1\nclassification\n  no when c\n  otherwise no\n";
        var condition = (BinaryExpr)RubricLoader.LoadText("t.rubric", text).Value!.Criteria[0].Condition;
        Assert.Equal(0.1m, ((ListAggregateExpr)condition.Left).Parameter);
    }

    private static Rubric Load(string file)
    {
        var result = RubricLoader.LoadFile(Path.Combine(Paths.Rubrics, file));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}
