using System.Text;
using RubricEngine.Model.Dossiers;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Screening.Tests.Reading;

/// <summary>The parser's children stack (ParseScratch): nested nodes get their own children, and a failed parse leaves nothing behind.</summary>
public class JsonRawParserTests
{
    private const string Good = "{\"id\": \"a\", \"panel\": [{\"x\": 1, \"y\": [2, 3]}, {}, []], \"z\": {\"w\": null}}";

    [Fact]
    public void Parse_NestedMapsAndLists_EachNodeHoldsExactlyItsChildren()
    {
        var root = Assert.IsType<RawMap>(JsonRawParser.Parse(Encoding.UTF8.GetBytes(Good), "d.jsonl", 1, out var error));

        Assert.Null(error);
        Assert.Equal(["id", "panel", "z"], root.Fields.Select(f => f.Key));
        var panel = Assert.IsType<RawList>(root.Field("panel")!.Value);
        Assert.Equal(3, panel.Items.Count);
        var first = Assert.IsType<RawMap>(panel.Items[0]);
        Assert.Equal(["x", "y"], first.Fields.Select(f => f.Key));
        Assert.Equal(["2", "3"], Assert.IsType<RawList>(first.Field("y")!.Value).Items.Cast<RawScalar>().Select(s => s.Text));
        Assert.Empty(Assert.IsType<RawMap>(panel.Items[1]).Fields);
        Assert.Empty(Assert.IsType<RawList>(panel.Items[2]).Items);
        Assert.Equal(["w"], Assert.IsType<RawMap>(root.Field("z")!.Value).Fields.Select(f => f.Key));
    }

    [Fact]
    public void Parse_AfterALineThatFailedInsideNestedNodes_TheNextLineIsWhole()
    {
        var broken = JsonRawParser.Parse(Encoding.UTF8.GetBytes("{\"id\": \"b\", \"panel\": [{\"x\": 1, \"y\": [2, }"), "d.jsonl", 1, out var error);
        Assert.Null(broken);
        Assert.NotNull(error);

        var root = Assert.IsType<RawMap>(JsonRawParser.Parse(Encoding.UTF8.GetBytes(Good), "d.jsonl", 2, out var none));

        Assert.Null(none);
        Assert.Equal(["id", "panel", "z"], root.Fields.Select(f => f.Key));
        Assert.Equal(2, root.Span.Line);
        Assert.Equal(3, Assert.IsType<RawList>(root.Field("panel")!.Value).Items.Count);
    }

    [Fact]
    public void Parse_AsciiAndNonAsciiLines_ColumnsCountCharacters()
    {
        var ascii = Assert.IsType<RawMap>(JsonRawParser.Parse(Encoding.UTF8.GetBytes("{\"id\": \"a\", \"k\": 1}"), "d.jsonl", 1, out _));
        var accented = Assert.IsType<RawMap>(JsonRawParser.Parse(Encoding.UTF8.GetBytes("{\"id\": \"é\", \"k\": 1}"), "d.jsonl", 1, out _));

        Assert.Equal(13, ascii.Field("k")!.KeySpan.Column);
        Assert.Equal(13, accented.Field("k")!.KeySpan.Column); // é is 2 bytes, 1 character
    }
}
