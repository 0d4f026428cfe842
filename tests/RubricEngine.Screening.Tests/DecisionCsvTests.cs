using RubricEngine.Screening.Decisions;

namespace RubricEngine.Screening.Tests;

public class DecisionCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("\rCR", "'\rCR")]
    [InlineData("G01-offshore", "G01-offshore")]
    [InlineData("", "")]
    [InlineData("id\u001B]8;;http://x\u0007", "id\\x1B]8;;http://x\\x07")]
    [InlineData("evil\u202Etxt", "evil\\u202Etxt")]
    [InlineData("\u001B=1", "\\x1B=1")]
    [InlineData("two\nlines", "two\nlines")]
    public void Neutralise_FormulaTrigger_GetsALeadingApostrophe(string cell, string expected)
    {
        Assert.Equal(expected, DecisionCsv.Neutralise(cell));
    }
}
