using RubricEngine.Model.Text;

namespace RubricEngine.Model.Tests;

public class DisplayTextTests
{
    [Theory]
    [InlineData("plain id 中文", "plain id 中文")]
    [InlineData("clear\u001b[2J", "clear\\x1B[2J")]
    [InlineData("\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\", "\\x1B]8;;http://evil\\x1B\\link\\x1B]8;;\\x1B\\")]
    [InlineData("bell\u0007", "bell\\x07")]
    [InlineData("c1\u009b31m", "c1\\x9B31m")]
    [InlineData("del\u007f", "del\\x7F")]
    [InlineData("x\nscreened 999, failed 0, skipped 0", "x\\nscreened 999, failed 0, skipped 0")]
    [InlineData("cr\rtab\t", "cr\\rtab\\t")]
    [InlineData("bidi\u202Etxt.exe\u2066\u2069\u200F", "bidi\\u202Etxt.exe\\u2066\\u2069\\u200F")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    public void Escape_UnsafeCharacters_BecomeVisibleEscapes(string text, string expected)
    {
        Assert.Equal(expected, DisplayText.Escape(text));
    }

    [Fact]
    public void Escape_KeepingLineBreaks_StillEscapesControls()
    {
        Assert.Equal("a\nb\tc\\x1B", DisplayText.Escape("a\nb\tc\u001b", keepLineBreaks: true));
    }

    [Fact]
    public void Escape_SafeText_IsReturnedAsIs()
    {
        const string Text = "G01-offshore-wind-east-anglia";

        Assert.Same(Text, DisplayText.Escape(Text));
        Assert.False(DisplayText.NeedsEscape(Text));
    }
}
