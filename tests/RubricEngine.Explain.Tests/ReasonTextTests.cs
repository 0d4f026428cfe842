using RubricEngine.Explain.Localization;

namespace RubricEngine.Explain.Tests;

/// <summary>The screener's reason is restated in the reader's language, with labels for names.</summary>
public class ReasonTextTests
{
    private static string Localize(string reason, UiText words) =>
        ReasonText.Localize(reason, new Labels(words), name => $"<{name}>", name => $"[{name}]");

    [Theory]
    [InlineData("gate 'dnsh' is not met", "The gate \u201c<dnsh>\u201d is not met, so the fallback outcome applies.")]
    [InlineData("gate 'dnsh' is unknown", "The gate \u201c<dnsh>\u201d lacks the evidence to decide it.")]
    [InlineData("tier 'fundable' is met", "The conditions of \u201c[fundable]\u201d are met.")]
    [InlineData("tier 'fundable' is unknown", "The evidence cannot show whether \u201c[fundable]\u201d applies.")]
    [InlineData("no tier is met", "No tier is met, so the fallback outcome applies.")]
    public void Localize_KnownReason_InEnglish(string reason, string expected)
    {
        Assert.Equal(expected, Localize(reason, UiText.English));
    }

    [Fact]
    public void Localize_KnownReason_InChinese()
    {
        Assert.Equal("门槛条件\u201c<dnsh>\u201d未满足，因此适用默认结论。", Localize("gate 'dnsh' is not met", UiText.Chinese));
    }

    [Fact]
    public void Localize_UnknownWording_KeepsTheScreenersText()
    {
        Assert.Equal("cohort too small", Localize("cohort too small", UiText.Chinese));
    }
}
