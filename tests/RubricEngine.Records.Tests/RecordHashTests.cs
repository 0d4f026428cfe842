using System.Text;
using RubricEngine.Records.Chain;

namespace RubricEngine.Records.Tests;

public sealed class RecordHashTests
{
    [Theory]
    [InlineData("{\"outcome\":\"eligible\"}")]
    [InlineData("")]
    [InlineData("绿色 氢 — ünïcödé 🌱 and a long tail of text that crosses several lengths of the length prefix")]
    public void Digest_LastFieldAsUtf8Bytes_EqualsTheDigestOfItsString(string payload)
    {
        string?[] fields = ["decision", "run-1", null, "a.jsonl(1,1)", "rubric", "dossier", "compiled", "1.0.0"];

        var fromText = RecordHash.Digest([.. fields, payload]);
        var fromBytes = RecordHash.Digest(fields, Encoding.UTF8.GetBytes(payload));

        Assert.Equal(fromText, fromBytes);
        Assert.NotEqual(fromText, RecordHash.Digest([.. fields, payload + " "]));
    }

    [Fact]
    public void Digest_LengthPrefixed_FieldsCannotShiftIntoTheirNeighbour()
    {
        Assert.NotEqual(RecordHash.Digest("ab", "c"), RecordHash.Digest("a", "bc"));
        Assert.NotEqual(RecordHash.Digest(null, "x"), RecordHash.Digest("~", "x"));
    }

    [Fact]
    public void Digest_OfKnownFields_IsSha256OfTheirFramedBytes()
    {
        // "é" is two UTF-8 bytes: the prefix counts bytes, not characters.
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("3:abc;~;2:é;")));

        Assert.Equal(expected, RecordHash.Digest("abc", null, "é"));
    }
}
