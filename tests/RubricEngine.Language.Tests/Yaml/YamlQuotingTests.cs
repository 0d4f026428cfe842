using CsCheck;
using RubricEngine.Language.Yaml;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Tests.Yaml;

public class YamlQuotingTests
{
    private const string Alphabet = "ab 1.-:#'\"\\[]{},&*!|>%@`?~\t\n\r\u0001é风";

    [Fact]
    public void Scalar_AnyText_ReadsBackUnchanged() =>
        Gen.Char[Alphabet].Array[0, 12].Select(chars => new string(chars)).Sample(
            text =>
            {
                foreach (var kind in new[] { ScalarKind.Literal, ScalarKind.Text, ScalarKind.QuotedText })
                {
                    Assert.Equal(text, ReadBack($"key: {YamlQuoting.Scalar(text, kind, inFlow: false)}\n", text));
                    Assert.Equal(text, ReadBack($"key: [{YamlQuoting.Scalar(text, kind, inFlow: true)}]\n", text));
                }
            },
            iter: 2000,
            threads: 1);

    [Theory]
    [InlineData("1.10")]
    [InlineData("2026-01-01")]
    [InlineData("yes")]
    [InlineData("null")]
    [InlineData("-3")]
    public void Scalar_TextThatToolsWouldRetype_IsQuoted(string text) =>
        Assert.Equal($"\"{text}\"", YamlQuoting.Scalar(text, ScalarKind.Text, inFlow: false));

    [Theory]
    [InlineData("Wind power")]
    [InlineData("Annex I, 4.1")]
    [InlineData("风电")]
    public void Scalar_OrdinaryText_StaysPlain(string text) =>
        Assert.Equal(text, YamlQuoting.Scalar(text, ScalarKind.Text, inFlow: false));

    /// <summary>The value of the only scalar under <c>key</c>, as the loader's tree reader sees it.</summary>
    private static string? ReadBack(string yaml, string original)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeReader.Read("q.yaml", yaml, diagnostics);
        Assert.False(diagnostics.HasErrors, $"{original} -> {yaml}");
        var value = ((YMap)root!).Entries[0].Value;
        return value switch
        {
            YScalar { IsNull: true } => null,
            YScalar scalar => scalar.Value,
            YList { Items: [YScalar item] } => item.IsNull ? null : item.Value,
            _ => "<" + value.KindName + ">",
        };
    }
}
