namespace RubricEngine.Screening.Tests.Reading;

/// <summary>The issue's reproducers: each bad file fails alone with its code and position, and the batch completes.</summary>
public class BadFileTests
{
    [Theory]
    [InlineData("id: m1\nactivity: [solar_pv\ndnsh_water: true\n", "b.yaml(2,11): error RUB0400: Malformed YAML:")]
    [InlineData(": {\nv", "b.yaml(1,3): error RUB0400: Malformed YAML:")]
    [InlineData("\": {\nv", "b.yaml(1,1): error RUB0400: Malformed YAML:")]
    [InlineData("\": {\nv\"", "b.yaml(1,1): error RUB0411: 'dossier' should be a mapping")] // well-formed: one string
    public void Screen_MalformedYaml_FailsThatFileOnly(string yaml, string expected)
    {
        using var batch = new FolderBatch();
        batch.Folder.Write("b.yaml", yaml);

        var message = FolderBatch.AssertFailsAlone(batch.Screen());

        Assert.StartsWith(expected, message[message.IndexOf("b.yaml", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Screen_BinaryFileNamedYaml_FailsThatFileOnly(int seed)
    {
        using var batch = new FolderBatch();
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);
        batch.WriteBytes("b.yaml", bytes);

        var message = FolderBatch.AssertFailsAlone(batch.Screen());

        Assert.Matches(@"b\.yaml\(\d+,\d+\): error RUB0(400|423): ", message);
    }

    [Theory]
    [InlineData("b.json", new byte[] { 0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x20, 0x22, 0x62, 0x61, 0x64, 0x2D, 0xFF, 0x22, 0x7D }, "b.json(1,8): error RUB0423: The JSON string is not valid UTF-8 text")]
    [InlineData("b.jsonl", new byte[] { 0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x20, 0x22, 0x62, 0x61, 0x64, 0x2D, 0xFF, 0x22, 0x7D }, "b.jsonl(1,8): error RUB0423: The text value is not valid UTF-8 text")]
    public void Screen_InvalidUtf8InJson_FailsThatDossierOnly(string file, byte[] bytes, string expected)
    {
        using var batch = new FolderBatch();
        batch.WriteBytes(file, bytes);

        var message = FolderBatch.AssertFailsAlone(batch.Screen());

        Assert.StartsWith(expected, message[message.IndexOf(file, StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("b.json")]
    [InlineData("b.jsonl")]
    public void Screen_LoneSurrogateInJson_FailsThatDossierOnly(string file)
    {
        using var batch = new FolderBatch();
        batch.Folder.Write(file, "{\"id\":\"\\ud800\"}");

        var message = FolderBatch.AssertFailsAlone(batch.Screen());

        Assert.StartsWith(file + "(1,7): error RUB0423: The JSON string is not valid UTF-8 text", message[message.IndexOf(file, StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_ReadErrorAfterOpening_FailsThatFileOnly()
    {
        if (!File.Exists("/proc/self/mem"))
        {
            return; // Linux only: a file that opens but cannot be read from its start
        }

        using var batch = new FolderBatch();
        File.CreateSymbolicLink(batch.Path("b.yaml"), "/proc/self/mem");

        var message = FolderBatch.AssertFailsAlone(batch.Screen());

        Assert.Contains("b.yaml(1,1): error RUB0601: File ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_GoodDossiersAfterAFailureInTheSameJsonLinesFile_AreScreened()
    {
        using var batch = new FolderBatch();
        var lines = new[] { "{\"id\":\"\\ud800\"}", "{\"id\": \"bad-\uFFFD\"}", "{\"id\": \"x\", oops}" };
        batch.Folder.Write("b.jsonl", string.Join("\n", lines) + "\n");

        var result = batch.Screen(threads: 2);

        Assert.Equal((2, 3), (result.Summary.Screened, result.Summary.Failed));
        Assert.Equal(["RUB0423", "RUB0423", "RUB0400"], result.Failures.Select(f => f.Source.Errors.Single().Code));
        Assert.Equal([1, 2, 3], result.Failures.Select(f => f.Source.Errors.Single().Span.Line));
    }
}
