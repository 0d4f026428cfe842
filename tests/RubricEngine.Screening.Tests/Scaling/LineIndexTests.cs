using System.Text;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Screening.Tests.Scaling;

/// <summary>
/// Positions on one long line (a minified JSON file) cost one pass over the line, counted in bytes decoded rather
/// than timed: asking every token's position in text order never decodes a byte twice.
/// </summary>
public class LineIndexTests
{
    [Fact]
    public void At_EveryTokenOfALongLineInTextOrder_DecodesEachByteOnce()
    {
        var line = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{{\"k{i}\": \"é{i}\"}},")));
        var index = new LineIndex(line, "long.json");
        var last = index.At(0);

        for (var offset = 7; offset < line.Length; offset += 7)
        {
            var here = index.At(offset);
            Assert.True(here.Column > last.Column);
            last = here;
        }

        Assert.InRange(index.BytesCounted, line.Length - 7, line.Length);
    }

    [Fact]
    public void At_SpanEndThenNextToken_StaysOnePass()
    {
        var line = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("[1, 2, 3], ", 10_000)));
        var index = new LineIndex(line, "spans.json");

        for (var start = 0; start + 9 <= line.Length; start += 11)
        {
            index.Between(index.At(start), start + 9); // the parser asks a node's start, then its end
        }

        Assert.InRange(index.BytesCounted, 1, line.Length);
    }

    [Fact]
    public void At_ColumnsCountCharactersNotBytes()
    {
        var index = new LineIndex(Encoding.UTF8.GetBytes("é中x\nab"), "c.json");

        Assert.Equal((1, 3), (index.At(5).Line, index.At(5).Column)); // 'x' after a 2-byte and a 3-byte character
        Assert.Equal((2, 2), (index.At(8).Line, index.At(8).Column)); // 'b': the columns start again on line 2
    }
}
