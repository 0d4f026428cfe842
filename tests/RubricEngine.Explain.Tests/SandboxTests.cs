using RubricEngine.Explain.Templates;
using RubricEngine.Explain.Tests.Fixtures;
using Scriban.Runtime;

namespace RubricEngine.Explain.Tests;

/// <summary>A template cannot run away, reach .NET or read files.</summary>
public class SandboxTests
{
    [Fact]
    public void RenderCustom_InfiniteLoop_StopsAtLoopLimitWithDiagnostic()
    {
        var result = Render.Custom("start\n{{ while true }}x{{ end }}", path: "loop.txt");

        Assert.Matches(@"^loop\.txt\(2,\d+\): error RUB0502: The template ran more than 20000 loop iterations; it was stopped$", Render.Error(result));
    }

    [Fact]
    public void RenderCustom_NestedLoops_ShareTheLoopBudget()
    {
        var result = Render.Custom("{{ for i in 1..1000 }}{{ for j in 1..1000 }}{{ end }}{{ end }}");

        Assert.Contains("error RUB0502", Render.Error(result), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderCustom_EndlessRecursion_StopsAtRecursionLimit()
    {
        var result = Render.Custom("{{ func again\n  again\nend\nagain }}", path: "rec.txt");

        Assert.Matches(@"^rec\.txt\(\d+,\d+\): error RUB0503: The template recursed more than 64 levels deep", Render.Error(result));
    }

    [Fact]
    public void RenderCustom_HugeString_IsStoppedAtStringLimit()
    {
        var result = Render.Custom("{{ s = \"xxxxxxxxxx\"\nfor i in 1..30\n  s = s + s\nend\ns }}");

        Assert.Contains("error RUB0509", Render.Error(result), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderCustom_HugeOutput_IsStoppedAtOutputLimit()
    {
        var result = Render.Custom("{{ s = \"xxxxxxxxxx\"\nfor i in 1..10\n  s = s + s\nend\nfor i in 1..1000\n  s\nend }}", path: "big.txt");

        Assert.Matches(@"^big\.txt\(\d+,\d+\): error RUB0504: The template wrote more than 4000000 characters; it was stopped$", Render.Error(result));
    }

    [Theory]
    [InlineData("{{ \"x\".GetType }}")]
    [InlineData("{{ dossier.id.Length }}")]
    [InlineData("{{ dossier.GetType }}")]
    [InlineData("{{ criteria.GetType.Assembly }}")]
    [InlineData("{{ outcome.title | object.typeof }}{{ outcome.GetHashCode }}")]
    public void RenderCustom_DotNetMembers_AreNotReachable(string template)
    {
        var result = Render.Custom(template);

        // Either the member access is an error, or it yields nothing: never a .NET object or its text.
        Assert.True(!result.Succeeded || result.Value!.Length == 0 || result.Value == "string", $"rendered '{result.Value}'");
        Assert.All(result.Diagnostics, d => Assert.Equal("RUB0501", d.Code));
        Assert.DoesNotContain("System.", result.Value ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("RubricEngine", result.Value ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Scriban", result.Value ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderCustom_Include_IsRefused()
    {
        var result = Render.Custom("a\n{{ include \"/etc/passwd\" }}", path: "inc.txt");

        Assert.Matches(@"^inc\.txt\(2,\d+\): error RUB0506: Templates cannot include other files \('/etc/passwd'\)", Render.Error(result));
    }

    [Fact]
    public void Sandbox_TimeLimit_StopsARunawayTemplate()
    {
        var limits = new SandboxLimits(0, 64, 0, TimeSpan.FromMilliseconds(50));

        var result = TemplateSandbox.Render("slow.txt", "{{ while true }}{{ end }}", new ScriptObject(), limits);

        Assert.Contains("error RUB0508", Render.Error(result), StringComparison.Ordinal);
    }
}
