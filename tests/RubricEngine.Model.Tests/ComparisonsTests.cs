using RubricEngine.Model.Text;
using RubricEngine.Model.Expressions;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;
using RubricEngine.Model.Values;

namespace RubricEngine.Model.Tests;

public class ComparisonsTests
{
    private static readonly ReferenceExpr Emissions = new("emissions", SymbolKind.Input, DecimalType.Instance, SourceSpan.None);
    private static readonly LiteralExpr Hundred = new(new NumberValue(100m), DecimalType.Instance, SourceSpan.None);

    [Theory]
    [InlineData(BinaryOperator.Less, BinaryOperator.Greater)]
    [InlineData(BinaryOperator.LessOrEqual, BinaryOperator.GreaterOrEqual)]
    [InlineData(BinaryOperator.Greater, BinaryOperator.Less)]
    [InlineData(BinaryOperator.GreaterOrEqual, BinaryOperator.LessOrEqual)]
    [InlineData(BinaryOperator.Equal, BinaryOperator.Equal)]
    [InlineData(BinaryOperator.NotEqual, BinaryOperator.NotEqual)]
    public void ConstantWrittenFirst_IsTurnedToTheRight_WithTheOperatorMirrored(BinaryOperator written, BinaryOperator expected)
    {
        var comparison = new BinaryExpr(written, Hundred, Emissions, BooleanType.Instance, SourceSpan.None);

        var (term, constant, op) = comparison.WithConstantOnRight()!.Value;

        Assert.Same(Emissions, term);
        Assert.Same(Hundred, constant);
        Assert.Equal(expected, op);
    }

    [Fact]
    public void ConstantOnTheRight_IsKeptAsWritten()
    {
        var comparison = new BinaryExpr(BinaryOperator.Less, Emissions, Hundred, BooleanType.Instance, SourceSpan.None);

        Assert.Equal((Emissions, Hundred, BinaryOperator.Less), comparison.WithConstantOnRight());
    }

    [Theory]
    [InlineData(BinaryOperator.Add)]
    [InlineData(BinaryOperator.And)]
    public void NotAComparison_HasNoConstantSide(BinaryOperator op)
    {
        Assert.False(op.IsComparison());
        Assert.Null(new BinaryExpr(op, Emissions, Hundred, BooleanType.Instance, SourceSpan.None).WithConstantOnRight());
    }

    [Fact]
    public void TwoConstantsOrNone_HaveNoConstantSide()
    {
        Assert.Null(new BinaryExpr(BinaryOperator.Less, Hundred, Hundred, BooleanType.Instance, SourceSpan.None).WithConstantOnRight());
        Assert.Null(new BinaryExpr(BinaryOperator.Less, Emissions, Emissions, BooleanType.Instance, SourceSpan.None).WithConstantOnRight());
    }

    [Fact]
    public void AsQuantity_NumbersHaveUnitOne_QuantitiesKeepTheirUnit_OtherValuesHaveNone()
    {
        var perKwh = UnitCatalog.Parse("gCO2e/kWh");

        Assert.Equal(new Quantity(3m, Unit.One), new NumberValue(3m).AsQuantity());
        Assert.Equal(new Quantity(80m, perKwh), new QuantityValue(new Quantity(80m, perKwh)).AsQuantity());
        Assert.Null(new TextValue("80").AsQuantity());
    }
}
