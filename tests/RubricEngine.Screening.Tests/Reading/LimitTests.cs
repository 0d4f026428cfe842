using RubricEngine.Language.Dossiers;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Support;

namespace RubricEngine.Screening.Tests.Reading;

/// <summary>Inputs beyond the reading limits fail alone with RUB0420 and say which limit.</summary>
public class LimitTests
{
    [Fact]
    public void Screen_TextLongerThanTheLimit_FailsThatDossierWithRub0420()
    {
        var huge = new string('x', DossierLimits.MaxStringChars + 1);
        var text = string.Join("\n", TestRubrics.EmissionsJson("first"), $"{{\"id\": \"bad\", \"sector\": \"{huge}\"}}", TestRubrics.EmissionsJson("last"));

        var result = Screen.Batch(TestRubrics.Emissions(), text, DossierFormat.JsonLines, "l.jsonl");

        Assert.Equal((2, 1), (result.Summary.Screened, result.Summary.Failed));
        var error = Assert.Single(Assert.Single(result.Failures).Source.Errors);
        Assert.Equal("l.jsonl(2,25): error RUB0420: The text value (1,048,577 characters) exceeds the limit of 1,048,576 characters", error.ToString());
        Assert.Equal("bad", result.Failures.Single().Source.DossierId);
    }

    [Fact]
    public void Screen_ListLongerThanTheLimit_FailsThatDossierWithRub0420()
    {
        var items = string.Join(",", Enumerable.Repeat("\"1 gCO2e/kWh\"", DossierLimits.MaxListItems + 1));
        var json = $"{{\"id\": \"bad\", \"sector\": \"energy\", \"lifecycle_emissions\": [{items}]}}";

        var result = Screen.Batch(TestRubrics.Emissions(), json, DossierFormat.Json, "l.json");

        var error = Assert.Single(Assert.Single(result.Failures).Source.Errors);
        Assert.Equal(("RUB0420", 1, 58), (error.Code, error.Span.Line, error.Span.Column));
        Assert.StartsWith("The list (1,048,577 items) exceeds the limit of 1,048,576 items", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DossierFormat.Json, "d.json")]
    [InlineData(DossierFormat.Yaml, "d.yaml")]
    public void Screen_NestingDeeperThanTheLimit_FailsThatFileWithAPosition(DossierFormat format, string path)
    {
        var deep = new string('[', 200) + new string(']', 200);
        var text = format == DossierFormat.Json ? $"{{\"id\": \"bad\", \"panel\": {deep}}}" : $"id: bad\npanel: {deep}\n";
        var screener = Screener.Create(TestRubrics.Emissions());

        var result = screener.ScreenAll(screener.CreateReader(YamlDossierReader.Read).ReadText(text, path, format));

        var error = Assert.Single(Assert.Single(result.Failures).Source.Errors);
        Assert.Equal("RUB0400", error.Code);
        Assert.True(error.Span.Line >= 1, error.ToString());
    }

    [Fact]
    public void BoundedLineReader_LineBeyondTheLimit_IsReportedByLengthAndTheNextLineIsRead()
    {
        var lines = new BoundedLineReader(new StringReader("short\r\n" + new string('y', 50) + "\nnext"), 10);

        Assert.True(lines.Next(out var first, out _));
        Assert.True(lines.Next(out var tooLong, out var length));
        Assert.True(lines.Next(out var next, out _));
        Assert.False(lines.Next(out _, out _));
        Assert.Equal(("short", null, 50L, "next"), (first, tooLong, length, next));
    }

    [Fact]
    public void BoundedLineReader_LineOfTheLimitThenCarriageReturn_IsKept()
    {
        var lines = new BoundedLineReader(new StringReader(new string('y', 10) + "\r\n" + new string('z', 11) + "\r\n"), 10);

        Assert.True(lines.Next(out var kept, out _));
        Assert.True(lines.Next(out var tooLong, out var length));
        Assert.Equal((new string('y', 10), null, 11L), (kept, tooLong, length)); // the \r counts in neither
    }
}
