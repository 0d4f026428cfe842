using System.Text;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Screening.Tests.Reading;

/// <summary>The byte line reader of JSON Lines files splits exactly as the text line reader does, lines across blocks included.</summary>
public class Utf8LineReaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("a\n")]
    [InlineData("a\r\nb\r\n\r\n")]
    [InlineData("\r")]
    [InlineData("x\n\ny\r")]
    [InlineData("é€𝄞 line\n second 中文\r\n")]
    [InlineData("short\r\nyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\nnext")]
    [InlineData("中中中中中中中中中中\n中中中中中中中中中中中\r\n")] // 10 characters (30 bytes) kept, 11 too long
    public void Next_AnyText_GivesTheLinesOfTheTextReader(string text)
    {
        foreach (var block in new[] { 1, 2, 3, 7, 1 << 16 })
        {
            Assert.Equal(TextLines(text, 10), ByteLines(Encoding.UTF8.GetBytes(text), 10, block));
        }
    }

    [Fact]
    public void Next_GeneratedTexts_GiveTheLinesOfTheTextReader()
    {
        var random = new Random(11);
        string[] pieces = ["a", "b", "\n", "\r", "\r\n", "é", "中", "𝄞", "{\"id\": 1}", new string('z', 40)];
        for (var i = 0; i < 500; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var limit = random.Next(1, 60);
            Assert.Equal(TextLines(text, limit), ByteLines(Encoding.UTF8.GetBytes(text), limit, random.Next(1, 20)));
        }
    }

    [Fact]
    public void Next_InvalidBytes_AreKeptAsTheyAre()
    {
        byte[] bytes = [0x61, 0xFF, 0x0A, 0xE2, 0x82, 0x0A];

        Assert.Equal(["61-FF", "E2-82"], ByteLines(bytes, 10, 2).Select(l => l.Line));
    }

    private static List<(string? Line, long Length)> TextLines(string text, int limit)
    {
        var reader = new BoundedLineReader(new StringReader(text), limit);
        var lines = new List<(string?, long)>();
        while (reader.Next(out var line, out var length))
        {
            lines.Add(line is null ? (null, length) : (Hex(Encoding.UTF8.GetBytes(line)), -1));
        }

        return lines;
    }

    private static List<(string? Line, long Length)> ByteLines(byte[] bytes, int limit, int block)
    {
        var reader = new Utf8LineReader(new MemoryStream(bytes), limit, block);
        var lines = new List<(string?, long)>();
        while (reader.Next(out var line, out var length))
        {
            lines.Add(line is null ? (null, length) : (Hex(line), -1));
        }

        return lines;
    }

    private static string Hex(byte[] bytes) => BitConverter.ToString(bytes);
}
