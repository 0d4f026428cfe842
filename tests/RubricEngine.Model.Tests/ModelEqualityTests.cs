using RubricEngine.Model.Collections;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;

namespace RubricEngine.Model.Tests;

public class ModelEqualityTests
{
    [Fact]
    public void ModelNodes_WithDifferentSpans_AreEqual()
    {
        var a = new FieldDeclaration("score", DecimalType.Instance, true, null, SourceSpan.At("a.rubric", 3, 5));
        var b = new FieldDeclaration("score", DecimalType.Instance, true, null, SourceSpan.At("b.yaml", 9, 1));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void ModelNodes_WithDifferentContent_AreNotEqual()
    {
        var a = new FieldDeclaration("score", DecimalType.Instance, true, null, SourceSpan.None);
        Assert.NotEqual(a, a with { Required = false });
        Assert.NotEqual(a, a with { Unit = UnitCatalog.Parse("kg") });
    }

    [Fact]
    public void ValueArrays_CompareByContent()
    {
        ValueArray<string> a = ["x", "y"];
        ValueArray<string> b = ["x", "y"];
        Assert.Equal(a, b);
        Assert.NotEqual(a, ["y", "x"]);
        Assert.Equal(new ListType(a.Select(Field).ToValueArray()), new ListType(b.Select(Field).ToValueArray()));
    }

    [Fact]
    public void Diagnostic_FormatsAsPathLineColumnSeverityCodeMessage()
    {
        var d = Diagnostic.Create(DiagnosticCatalog.UnknownUnit, SourceSpan.At("r.rubric", 4, 12), "kwh", "; did you mean 'kWh'?");
        Assert.Equal("r.rubric(4,12): error RUB0300: Unknown unit 'kwh'; did you mean 'kWh'?", d.ToString());
    }

    [Fact]
    public void Catalogue_CodesAreUniqueAndWellFormed()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToList();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^RUB[0-9]{4}$", c));
    }

    [Theory]
    [InlineData("lifecycle_emision", "lifecycle_emission")]
    [InlineData("markt_needs", "market_needs")]
    [InlineData("zzz", null)]
    public void NameSuggester_FindsPlausibleTypos(string typo, string? expected) =>
        Assert.Equal(expected, NameSuggester.Suggest(typo, ["lifecycle_emission", "market_needs", "weight"]));

    private static FieldDeclaration Field(string name) => new(name, DecimalType.Instance, true, null, SourceSpan.None);
}
