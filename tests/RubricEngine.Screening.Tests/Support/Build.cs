using RubricEngine.Model.Collections;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Screening.Tests.Support;

/// <summary>Terse constructors for model rubrics built in code.</summary>
internal static class Build
{
    public static readonly SourceSpan Here = SourceSpan.None;
    public static readonly DataType Emission = new QuantityType(UnitCatalog.Parse("gCO2e/kWh").Dimension);

    public static InputDeclaration Input(string name, DataType type, bool required = false, string? unit = null,
        ConflictPolicy conflict = ConflictPolicy.Unknown, int? minimum = null) =>
        new(name, type, required, unit is null ? null : UnitCatalog.Parse(unit), LocalizedText.Of(("en", name)), conflict, minimum, Here);

    public static ReferenceExpr Ref(string name, DataType type, SymbolKind kind = SymbolKind.Input) => new(name, kind, type, Here);

    public static ReferenceExpr Crit(string name) => new(name, SymbolKind.Criterion, BooleanType.Instance, Here);

    public static LiteralExpr Quantity(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var unit = UnitCatalog.Parse(text[(space + 1)..]);
        var value = decimal.Parse(text[..space], System.Globalization.CultureInfo.InvariantCulture);
        return new LiteralExpr(new QuantityValue(new Quantity(value, unit)), new QuantityType(unit.Dimension), Here);
    }

    public static LiteralExpr Number(decimal value) => new(new NumberValue(value), DecimalType.Instance, Here);

    public static BinaryExpr Op(BinaryOperator op, Expr left, Expr right) =>
        new(op, left, right, ExprFormatterType(op, left), Here);

    public static Criterion Criterion(string name, Expr condition, string? citation = null, bool gate = false, DateOnly? from = null, DateOnly? until = null) =>
        new(name, gate ? CriterionKind.Gate : CriterionKind.Criterion, condition, citation, LocalizedText.Of(("en", name)), LocalizedText.Empty, from, until, Here);

    public static ListAggregateExpr Mean(string list, string field) =>
        new(ListFunction.Mean, list, Ref(field, DecimalType.Instance, SymbolKind.Field), null, DecimalType.Instance, Here);

    public static Indicator Indicator(string name, decimal weight, Expr score) =>
        new(name, weight, score, LocalizedText.Of(("en", name)), LocalizedText.Empty, null, Here);

    public static IndicatorGroup Group(string name, decimal weight, params Indicator[] indicators) =>
        new(name, weight, LocalizedText.Of(("en", name)), indicators.ToValueArray(), Here);

    public static Tier Tier(string outcome, Expr condition) => new(outcome, condition, Here);

    public static Rubric Rubric(
        string id, IEnumerable<InputDeclaration> inputs, IEnumerable<Criterion> criteria, IEnumerable<Tier> tiers, string fallback,
        IEnumerable<IndicatorGroup>? groups = null, IEnumerable<DerivedValue>? derived = null, ScoreMethod? score = null)
    {
        var tierList = tiers.ToValueArray();
        var outcomes = tierList.Select(t => t.Outcome).Append(fallback).Distinct()
            .Select(o => new OutcomeDeclaration(o, LocalizedText.Of(("en", o)), Here)).ToValueArray();
        return new Rubric(
            new RubricMetadata(id, "1.0", LocalizedText.Of(("en", id)), LocalizedText.Empty, null, null, Here),
            outcomes,
            inputs.ToValueArray(),
            (derived ?? []).ToValueArray(),
            criteria.ToValueArray(),
            (groups ?? []).ToValueArray(),
            score is null ? null : new ScoreDefinition("total", score.Value, Here),
            new Classification(tierList, fallback, Here),
            [],
            Here);
    }

    private static DataType ExprFormatterType(BinaryOperator op, Expr left) =>
        op is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide ? left.Type : BooleanType.Instance;
}
