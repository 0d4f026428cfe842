using RubricEngine.Explain.Templates;
using RubricEngine.Explain.Tests.Fixtures;

namespace RubricEngine.Explain.Tests;

/// <summary>What the sandbox adds to Scriban's own limits: checks on results, a memory bound, no eval, no clock or dice.</summary>
public class SandboxHardeningTests
{
    [Theory]
    [InlineData("{{ object.eval \"1 + 1\" }}")]
    [InlineData("{{ object.eval_template \"{{ 1 + 1 }}\" }}")]
    [InlineData("{{ object.eval_template \"{{ include 'x' }}\" }}")]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ date.utc_now }}")]
    [InlineData("{{ math.random 1 100 }}")]
    [InlineData("{{ math.uuid }}")]
    public void RenderCustom_RemovedFunction_IsAnErrorNotAResult(string template)
    {
        var result = Render.Custom(template, path: "fn.txt");

        Assert.StartsWith("fn.txt(1,", Render.Error(result), StringComparison.Ordinal);
        Assert.Equal("RUB0501", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Sandbox_RemovedFunctions_AreAllGoneFromTheBuiltins()
    {
        var builtins = SandboxBuiltins.Create();

        foreach (var (name, member) in SandboxBuiltins.Removed)
        {
            Assert.False(Assert.IsType<Scriban.Runtime.ScriptObject>(builtins[name], exactMatch: false).ContainsKey(member), $"{name}.{member} is still there");
        }
    }

    [Fact]
    public void RenderCustom_ConcatenationOfTwoStringsUnderTheLimit_IsStoppedWhereTheResultIsBuilt()
    {
        // Each operand is 600,000 characters, under the 1,000,000 limit; their concatenation is not.
        var result = Render.Custom("{{ s = \"x\" * 600000\nt = s + s\n\"never\" }}", path: "grow.txt");

        Assert.Matches(@"^grow\.txt\(2,\d+\): error RUB0509: The template built a string longer than 1000000 characters", Render.Error(result));
    }

    [Fact]
    public void Render_ManyLargeStringsKeptInAnArray_IsStoppedAtTheMemoryLimit()
    {
        // Every string is under the string limit and the loop under the loop limit; together they hold ~180 MB.
        // A 32 MB bound (the built-in one is 256 MB) keeps the test fast.
        var limits = SandboxLimits.Explanation with { TimeLimit = TimeSpan.FromMinutes(2), MemoryLimit = 32L * 1024 * 1024 };

        var result = TemplateSandbox.Render(
            "hog.txt", "{{ s = \"x\" * 900000\na = []\nfor i in 1..100\n  a = array.add a (s + i)\nend\na.size }}", new Scriban.Runtime.ScriptObject(), limits);

        Assert.Matches(@"^hog\.txt\(\d+,\d+\): error RUB0511: The template used more than 32 MB of memory; it was stopped$", Render.Error(result));
    }

    [Fact]
    public void RenderCustom_SameTemplateTwice_GivesTheSameText()
    {
        const string Template = "{{ dossier.id }} {{ outcome.name }} {{ date.parse \"2020-01-02\" | date.to_string \"%F\" }}";

        Assert.Equal(Render.Custom(Template).Value, Render.Custom(Template).Value);
        Assert.Equal("2020-01-02", Render.Custom("{{ date.parse \"2020-01-02\" | date.to_string \"%F\" }}").Value);
    }

    [Fact]
    public void RenderCustom_Markdown_EscapesHtmlAndMarkdownInValues()
    {
        var result = Render.Custom("# {{ \"<script>alert(1)</script>\" }}\n{{ \"<img src=x onerror=alert(1)>\" }} {{ \"[x](javascript:y) *b* a|b\" }}", path: "t.md");

        Assert.Equal("# &lt;script&gt;alert(1)&lt;/script&gt;\n&lt;img src=x onerror=alert(1)&gt; \\[x\\](javascript:y) \\*b\\* a\\|b", result.Value);
    }

    [Fact]
    public void RenderCustom_MarkdownCodeSpan_CannotBeClosedByTheValue()
    {
        var result = Render.Custom("{{ \"a`b\" | md.code }} {{ \"<b>\" | md.code }}", path: "t.md");

        Assert.Equal("``a`b`` `<b>`", result.Value);
    }

    [Fact]
    public void RenderCustom_Text_EscapesTerminalControlsAndLineBreaksInValues()
    {
        var result = Render.Custom("id: {{ \"a\\u001b[2J\\u001b]8;;http://x\\u0007b\\nscreened 999\\u202E\" }}\nnext", path: "t.txt");

        Assert.Equal("id: a\\x1B[2J\\x1B]8;;http://x\\x07b\\nscreened 999\\u202E\nnext", result.Value);
    }

    [Fact]
    public void RenderCustom_Html_EscapesValuesOnceWhetherOrNotTheTemplateDid()
    {
        var result = Render.Custom("<p>{{ \"<script>\" }}</p><p>{{ \"<b>&\" | html.escape }}</p>", path: "t.html");

        Assert.Equal("<p>&lt;script&gt;</p><p>&lt;b&gt;&amp;</p>", result.Value);
    }
}
