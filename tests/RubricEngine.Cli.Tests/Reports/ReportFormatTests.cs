using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace RubricEngine.Cli.Tests.Reports;

/// <summary>The CI formats: JUnit XML from <c>rubric test</c>, SARIF 2.1.0 and JSON from <c>rubric check</c>.</summary>
[Collection("cli")]
public class ReportFormatTests
{
    private const string BrokenRubric = "rubric broken version \"1\"\n\ninput x: quantity in gCO2e/kwh\n";

    [Fact]
    public void Test_Junit_FailingExample_IsAFailedTestCaseValidAgainstTheSchema()
    {
        var rubric = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "rubrics", "yeda.rubric"))
            .Replace("expect outcome transfer", "expect outcome decline", StringComparison.Ordinal);
        var failing = CliRunner.TempFile("yeda.rubric", rubric);
        var (exit, output, _) = CliRunner.Run("test", "--format", "junit", "rubrics/gib.rubric", failing);
        Assert.Equal(1, exit);
        var document = Validated(output);
        var suites = document.Root!.Elements("testsuite").ToList();
        Assert.Equal(["rubrics/gib.rubric", failing], suites.Select(s => (string)s.Attribute("name")!));
        Assert.Equal("0", (string)suites[0].Attribute("failures")!);
        var failure = suites[1].Elements("testcase").Select(c => c.Element("failure")).First(f => f is not null)!;
        Assert.Contains("outcome: expected decline, got transfer", failure.Value, StringComparison.Ordinal);
        var cases = document.Descendants("testcase").Count();
        Assert.Equal(cases.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)document.Root.Attribute("tests")!);
    }

    [Fact]
    public void Test_JunitFile_IsWrittenBesideTheTextReport()
    {
        var file = Path.Combine(Path.GetDirectoryName(CliRunner.TempFile("x", string.Empty))!, "junit.xml");
        var broken = CliRunner.TempFile("broken.rubric", BrokenRubric);
        var (exit, output, _) = CliRunner.Run("test", "rubrics/eu-taxonomy.rubric", broken, "--junit", file);
        Assert.Equal(1, exit);
        Assert.Matches(@"(?m)^\d+ passed, 1 failed$", output);
        var document = Validated(File.ReadAllText(file));
        var error = document.Descendants("error").Single();
        Assert.Matches(@"broken\.rubric\(3,\d+\): error RUB0300", error.Value);
    }

    [Fact]
    public void Check_Sarif_HasTheToolRulesAndPositionedResults()
    {
        var broken = CliRunner.TempFile("broken.rubric", BrokenRubric);
        var (exit, output, error) = CliRunner.Run("check", "--format", "sarif", broken, "rubrics/gib.rubric");
        Assert.Equal(1, exit);
        Assert.Contains("1 of 2 rubric(s) checked without errors.", error, StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(output);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("rubric", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "RUB0300");
        Assert.Equal("RUB0300", rules[result.GetProperty("ruleIndex").GetInt32()]);
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Contains("kwh", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.EndsWith("broken.rubric", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        var region = location.GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.True(region.GetProperty("startColumn").GetInt32() >= 1, "SARIF columns are 1-based");
        foreach (var each in run.GetProperty("results").EnumerateArray())
        {
            AssertSarifResultShape(each);
        }
    }

    [Fact]
    public void Check_Sarif_CleanRubric_HasNoResults()
    {
        var (exit, output, _) = CliRunner.Run("check", "--format", "sarif", "rubrics/yeda.rubric");
        Assert.Equal(0, exit);
        using var sarif = JsonDocument.Parse(output);
        Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Check_Json_ListsDiagnosticsWithPositions()
    {
        var broken = CliRunner.TempFile("broken.rubric", BrokenRubric);
        var (exit, output, _) = CliRunner.Run("check", "--format", "json", broken);
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement.EnumerateArray().First(d => d.GetProperty("code").GetString() == "RUB0300");
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());
    }

    // The SARIF 2.1.0 schema's required members and value sets for what this tool writes.
    private static void AssertSarifResultShape(JsonElement result)
    {
        Assert.Matches("^RUB[0-9]{4}$", result.GetProperty("ruleId").GetString());
        Assert.Contains(result.GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" });
        Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
        foreach (var location in result.GetProperty("locations").EnumerateArray())
        {
            var physical = location.GetProperty("physicalLocation");
            Assert.False(string.IsNullOrEmpty(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()));
            if (physical.TryGetProperty("region", out var region))
            {
                Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
                if (region.TryGetProperty("endLine", out var endLine))
                {
                    Assert.True(endLine.GetInt32() >= region.GetProperty("startLine").GetInt32());
                }
            }
        }
    }

    private static XDocument Validated(string xml)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Reports", "junit.xsd"));
        var document = XDocument.Parse(xml);
        var problems = new List<string>();
        document.Validate(schemas, (_, e) => problems.Add(e.Message));
        Assert.Empty(problems);
        return document;
    }
}
