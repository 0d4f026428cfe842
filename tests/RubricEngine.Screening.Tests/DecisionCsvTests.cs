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
    public void Neutralise_FormulaTrigger_GetsALeadingApostrophe(string cell, string expected)
    {
        Assert.Equal(expected, DecisionCsv.Neutralise(cell));
    }
}
