using RubricEngine.Model.Collections;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Explain.Tests.Fixtures;

/// <summary>
/// A small electricity-generation rubric in the style of the EU Taxonomy, built as a model: one criterion with
/// a physical threshold, one do-no-significant-harm gate, and a scored technical group. Some labels have no
/// Chinese text on purpose, to show the fallback.
/// </summary>
internal static class SampleRubric
{
    public static Rubric Build(string title = "Electricity generation (mini taxonomy)") => new(
        new RubricMetadata("mini-taxonomy", "1.0", Text(title, "发电（简化分类法）"), Text("A test rubric.", "测试用标准。"),
            "Delegated Regulation (EU) 2021/2139", "Annex I", SourceSpan.None),
        [
            new OutcomeDeclaration("aligned", Text("Taxonomy-aligned", "符合分类法"), SourceSpan.None),
            new OutcomeDeclaration("not_aligned", LocalizedText.Of(("en", "Not aligned")), SourceSpan.None),
        ],
        [
            new InputDeclaration("lifecycle_emissions", new QuantityType(UnitCatalog.Parse("gCO2e/kWh").Dimension), false,
                UnitCatalog.Parse("gCO2e/kWh"), Text("Life-cycle emissions", "全生命周期排放"), ConflictPolicy.Unknown, null, SourceSpan.None),
            new InputDeclaration("water_plan", BooleanType.Instance, false, null,
                LocalizedText.Of(("en", "Water protection plan")), ConflictPolicy.Unknown, null, SourceSpan.None),
        ],
        [],
        [
            new Criterion("low_emissions", CriterionKind.Criterion, True, "Annex I, 4.1",
                Text("Low life-cycle emissions", "低全生命周期排放"),
                Text("Life-cycle emissions of {lifecycle_emissions} against a threshold of 100 gCO2e/kWh.",
                    "全生命周期排放为 {lifecycle_emissions}，阈值为 100 gCO2e/kWh。"),
                null, null, SourceSpan.None),
            new Criterion("dnsh_water", CriterionKind.Gate, True, "Annex I, 4.1 DNSH (3)",
                LocalizedText.Of(("en", "Do no significant harm: water")),
                LocalizedText.Of(("en", "A water plan ({water_plan}) is required; {unknown_name} stays as written.")),
                null, null, SourceSpan.None),
        ],
        [
            new IndicatorGroup("technical", 1m, Text("Technical", "技术"),
            [
                new Indicator("maturity", 2m, Number, Text("Technology maturity", "技术成熟度"), LocalizedText.Empty, "Table 1, row 1", SourceSpan.None),
                new Indicator("scalability", 1m, Number, LocalizedText.Empty, LocalizedText.Empty, null, SourceSpan.None),
            ], SourceSpan.None),
        ],
        new ScoreDefinition("total", ScoreMethod.WeightedMean, SourceSpan.None),
        new Classification([new Tier("aligned", True, SourceSpan.None)], "not_aligned", SourceSpan.None),
        [],
        SourceSpan.None);

    private static Expr True { get; } = new LiteralExpr(new TruthValue(Truth.Met), BooleanType.Instance, SourceSpan.None);

    private static Expr Number { get; } = new LiteralExpr(new NumberValue(3m), DecimalType.Instance, SourceSpan.None);

    private static LocalizedText Text(string en, string zh) => LocalizedText.Of(("en", en), ("zh", zh));
}
