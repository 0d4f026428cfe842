using System.Text.RegularExpressions;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Text;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;

namespace RubricEngine.Model.Tests;

/// <summary>Types and dimensions in messages: English exactly as the types name themselves, Chinese for every one.</summary>
public partial class TypePhrasesTests
{
    public static TheoryData<DataType> Types() =>
    [
        DecimalType.Instance, IntegerType.Instance, BooleanType.Instance, TextType.Instance, DateType.Instance,
        new QuantityType(Dimension.Base("energy")), new QuantityType(Dimension.None),
        new QuantityType(Dimension.Base("co2e").Divide(Dimension.Base("energy"))), new EnumType(["east", "west"]),
    ];

    [Theory]
    [MemberData(nameof(Types))]
    public void TypeName_IsTheDisplayNameInEnglish_AndHasNoEnglishWordInChinese(DataType type)
    {
        var phrase = DiagnosticPhrases.TypeName(type);
        Assert.Equal(type.DisplayName, phrase.ToString());
        Assert.Empty(Latin().Matches(Unquoted(phrase.In("zh"))));
    }

    [Fact]
    public void EveryBaseDimensionOfTheCatalogue_HasAChineseName()
    {
        var untranslated = UnitCatalog.BaseDimensions
            .Where(name => Latin().Matches(Unquoted(DiagnosticPhrases.DimensionName(Dimension.Base(name)).In("zh"))).Any(m => !IsCurrencyCode(name, m.Value)))
            .ToList();
        Assert.True(untranslated.Count == 0, "no Chinese name: " + string.Join(", ", untranslated));
    }

    [Fact]
    public void Quantity_InChinese_NamesItsDimension_AndARubricsOwnDimensionIsQuoted()
    {
        Assert.Equal("a quantity of energy", DiagnosticPhrases.QuantityOf(Dimension.Base("energy")).ToString());
        Assert.Equal("量纲为能量的量", DiagnosticPhrases.QuantityOf(Dimension.Base("energy")).In("zh"));
        Assert.Equal("量纲为二氧化碳当量/能量的量", DiagnosticPhrases.TypeName(new QuantityType(Dimension.Base("co2e").Divide(Dimension.Base("energy")))).In("zh"));
        Assert.Equal("量纲为“hydrogen”的量", DiagnosticPhrases.QuantityOf(Dimension.Base("hydrogen")).In("zh"));
        Assert.Equal("无量纲的量", DiagnosticPhrases.TypeName(new QuantityType(Dimension.None)).In("zh"));
    }

    [Fact]
    public void DimensionMismatch_InChinese_SaysWhatCannotBeDone()
    {
        var diagnostic = Diagnostic.Create(DiagnosticCatalog.DimensionMismatch, SourceSpan.At("r.rubric", 4, 9),
            DiagnosticPhrases.Add, DiagnosticPhrases.NameWithUnit("m", "kg"), DiagnosticPhrases.TypeName(DecimalType.Instance));
        Assert.Equal("Cannot add 'm' (kg) and decimal: their dimensions differ", diagnostic.Message);
        Assert.Equal("“m”（kg）与小数的量纲不同，无法相加", diagnostic.MessageIn("zh"));
    }

    private static bool IsCurrencyCode(string dimension, string word) => dimension == "currency:" + word;

    private static string Unquoted(string text) => Quoted().Replace(text, " ");

    [GeneratedRegex("[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Latin();

    [GeneratedRegex("“[^”]*”", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
