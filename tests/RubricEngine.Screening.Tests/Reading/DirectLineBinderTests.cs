using System.Globalization;
using System.Text;
using RubricEngine.Language;
using RubricEngine.Model.Rubrics;
using RubricEngine.Screening.Dossiers;
using RubricEngine.Screening.Tests.Fuzzing;
using Xunit.Abstractions;

namespace RubricEngine.Screening.Tests.Reading;

/// <summary>
/// The direct binder of JSON Lines dossiers against the tree parse and binder: whenever it binds a line, the tree
/// binds it too, with no diagnostic, to the same canonical bytes and the same spans; whenever it gives up, the line
/// takes the tree path (whose diagnostics are then the only ones). Checked on the shipped samples, generated
/// panels with values on and past every edge, and mutated lines.
/// </summary>
public class DirectLineBinderTests(ITestOutputHelper output)
{
    private static readonly Rubric Yeda = RubricLoader.LoadFile(Path.Combine(FuzzSeeds.Root, "rubrics", "yeda.rubric")).Value!;

    private static readonly string[] Fields =
    [
        "market_needs", "market_size", "existing_patent", "chance_of_success", "innovation_level", "idea_maturity", "strategic_partner",
        "product_potential", "human_resources", "competition_level", "innovator_involvement", "time_to_develop", "budget", "final_price",
        "production_complexity", "economic_control", "distribution_system", "npv_profit", "npv_sales", "subcontractor_need",
    ];

    [Fact]
    public void TryBind_ShippedSamples_BindsWhatTheTreeBindsTheSameWay()
    {
        var (texts, rubrics) = FuzzSeeds.YamlDossiers();
        var lines = FuzzSeeds.AsJson(texts);
        var direct = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var line in lines[i].Split('\n'))
            {
                direct += Compare(rubrics[i], line) ? 1 : 0;
                direct += Compare(rubrics[i], WithoutEvidence(line)) ? 1 : 0; // every sample has evidence, which the tree binds
            }
        }

        output.WriteLine($"{direct} of {lines.Length} sample lines bound directly");
        Assert.True(direct >= 21, $"only {direct} sample lines took the direct path"); // the 21 Yeda samples have its shape without evidence
    }

    [Fact]
    public void TryBind_GeneratedPanels_BindsTheCommonShapeAndGivesUpOnTheRest()
    {
        var random = new Random(7);
        var direct = 0;
        const int Count = 3000;
        for (var i = 0; i < Count; i++)
        {
            direct += Compare(Yeda, GeneratedPanel(random, i)) ? 1 : 0;
        }

        output.WriteLine($"{direct} of {Count} generated lines bound directly");
        Assert.InRange(direct, Count / 10, Count - (Count / 10)); // both paths are taken often
    }

    [Fact]
    public void TryBind_BenchmarkShape_IsBoundDirectly()
    {
        var line = "{\"id\":\"Y0000001\",\"assessment_date\":\"2026-03-01\",\"panel\":["
            + string.Join(",", Enumerable.Range(1, 10).Select(e => $"{{\"expert\":\"E{e:D2}\"," + string.Join(",", Fields.Select((f, i) => $"\"{f}\":{1 + ((e + i) % 5)}")) + "}"))
            + "]}";

        Assert.True(Compare(Yeda, line));
    }

    [Theory]
    [InlineData("{\"id\":\"A\",\"panel\":[{\"expert\":\"x\",\"market_needs\":6}]}")] // out of range: RUB0430 from the tree
    [InlineData("{\"id\":\"A\",\"panel\":[{\"expert\":\"x\",\"market_need\":4}]}")] // unknown field, with a suggestion
    [InlineData("{\"id\":\"A\",\"panel\":[{\"market_needs\":4}]}")] // a required field missing
    [InlineData("{\"panel\":[]}")] // no id
    [InlineData("{\"id\":\"\",\"panel\":[]}")]
    [InlineData("{\"id\":\"A\"}")] // the required input missing
    [InlineData("{\"id\":\"A\",\"panel\":{}}")]
    [InlineData("{\"id\":\"A\",\"assessment_date\":\"2026-13-01\",\"panel\":[]}")]
    [InlineData("{\"id\":\"A\",\"assessment_date\":20260301,\"panel\":[]}")]
    [InlineData("{\"id\":\"A\",\"panel\":[]} {}")] // content after the object
    [InlineData("{\"id\":\"A\",\"panel\":[]")] // truncated
    [InlineData("{\"id\":\"A\",\"panel\":[{\"expert\":\"x\",\"market_needs\":\"4,5\"}]}")] // a comma in a number: RUB0422
    [InlineData("{\"id\":\"A\",\"panel\":[{\"expert\":\"x\",\"market_needs\":1e400}]}")] // beyond decimal: RUB0421
    [InlineData("{\"id\":\"A\",\"panel\":[{\"expert\":\"x\",\"market_needs\":[4]}]}")]
    [InlineData("{\"id\":\"A\",\"panel\":[4]}")]
    [InlineData("{\"id\":\"A\",\"colour\":\"red\",\"panel\":[]}")] // an unknown input
    [InlineData("{\"id\":\"\uFFFD\",\"panel\":[]}")] // U+FFFD: RUB0431 from the tree
    public void TryBind_LinesTheTreeReports_GivesUp(string line)
    {
        Assert.False(Compare(Yeda, line));
        Assert.NotEmpty(TreeBind(Yeda, line).Diagnostics);
    }

    [Theory]
    [InlineData("{\"id\":\"A\",\"panel\":null}")]
    [InlineData("{\"id\":\"A\",\"id\":\"B\",\"panel\":[]}")] // the tree keeps the first id
    [InlineData("{\"id\":\"A\",\"panel\":[],\"panel\":[]}")] // an input twice: the tree keeps the last
    [InlineData("{\"id\":\"A\",\"panel\":[{\"expert\":\"x\",\"market_needs\":4,\"market_needs\":5}]}")] // a field twice: the tree keeps both, sorted
    [InlineData("{\"id\":\"A\",\"inputs\":{\"panel\":[]}}")]
    [InlineData("{\"id\":\"A\",\"evidence\":[],\"panel\":[]}")]
    [InlineData("{\"id\":\"A\\n\",\"panel\":[]}")] // an escape
    public void TryBind_FormsLeftToTheTree_GivesUp(string line)
    {
        Assert.False(Compare(Yeda, line));
        Assert.True(TreeBind(Yeda, line).Succeeded);
    }

    [Theory]
    [InlineData("{\"id\":\" A \",\"panel\":[]}")] // id trimmed, an empty panel (the quorum is the rubric's, not the binder's)
    [InlineData("  {\"id\":\"A\",\"assessment_date\":null,\"panel\":[{\"expert\":\"x\",\"market_needs\":null,\"budget\":\"4.50\"}]}\t")]
    [InlineData("{\"panel\":[{\"expert\":5,\"market_needs\":3.25}], /* note */ \"id\":\"A\",}")] // a number as text, a comment, a trailing comma
    [InlineData("{\"id\":\"中文\",\"panel\":[{\"expert\":\"é\",\"market_needs\":1.0}]}")] // columns count characters, not bytes
    public void TryBind_ValidLines_AreBoundDirectly(string line) => Assert.True(Compare(Yeda, line));

    [Fact]
    public void TryBind_MutatedLines_NeverDisagreeWithTheTree()
    {
        var random = new Random(17);
        var seeds = Enumerable.Range(0, 20).Select(i => GeneratedPanel(random, i)).Concat(FuzzSeeds.AsJson(FuzzSeeds.YamlDossiers().Texts)
            .SelectMany(t => t.Split('\n')).Where(l => l.Contains("\"panel\"", StringComparison.Ordinal))).ToArray();
        string[] tokens = ["{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "6", "0", "4.50", "1e400", "\"4\"", "/*", "\uFFFD", "\"panel\":[]"];
        var direct = 0;
        FuzzRun.Run("direct JSON Lines binder", new FuzzMutator(seeds, tokens, "{\"id\":"), 1405, (text, _, _) =>
        {
            foreach (var line in text.Split('\n'))
            {
                direct += Compare(Yeda, line) ? 1 : 0;
            }
        }, output);
        output.WriteLine($"{direct} mutated lines bound directly");
        Assert.True(direct > 0);
    }

    /// <summary>True when the direct binder bound the line, after checking it bound it as the tree binder does.</summary>
    private static bool Compare(Rubric rubric, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (!UnparsedLine.HoldsOneObject(bytes))
        {
            return false; // the reader parses such a line itself
        }

        var line = new UnparsedLine(bytes, "d.jsonl", 7);
        var tree = new DossierBinder(new DossierSchema(rubric)).Bind(line.Parse());
        if (new DirectLineBinder(new DossierSchema(rubric)).TryBind(line) is not { } direct)
        {
            return false;
        }

        Assert.True(tree.Succeeded, $"direct bound what the tree refused: {string.Join("; ", tree.Diagnostics)}\n{text}");
        Assert.Empty(tree.Diagnostics);
        Assert.Empty(direct.Diagnostics);
        Assert.Equal(tree.DossierId, direct.DossierId);
        Assert.Equal(tree.Span, direct.Span);
        Assert.Equal(tree.Dossier!.Span, direct.Dossier!.Span);
        Assert.Equal(tree.Dossier.AssessmentDate, direct.Dossier.AssessmentDate);
        Assert.Equal(Encoding.UTF8.GetString(CanonicalDossier.Utf8(tree.Dossier)), Encoding.UTF8.GetString(CanonicalDossier.Utf8(direct.Dossier)));
        Assert.Equal(tree.Dossier.Entries.Select(e => e.Values.Select(v => v.Span).ToList()), direct.Dossier.Entries.Select(e => e.Values.Select(v => v.Span).ToList()));
        Assert.Equal(tree.Dossier, direct.Dossier);
        return true;
    }

    private static string WithoutEvidence(string line)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
        node.Remove("evidence");
        return node.ToJsonString();
    }

    private static DossierReadResult TreeBind(Rubric rubric, string text) =>
        new DossierBinder(new DossierSchema(rubric)).Bind(new UnparsedLine(Encoding.UTF8.GetBytes(text), "d.jsonl", 7).Parse());

    /// <summary>A Yeda panel line; one in three has a flaw or a form the direct binder leaves to the tree.</summary>
    private static string GeneratedPanel(Random random, int index)
    {
        var flawed = random.Next(3) == 0;
        var experts = Enumerable.Range(0, random.Next(8, 12)).Select(e =>
        {
            var fields = new List<string> { $"\"expert\":\"E{e:D2}\"" };
            fields.AddRange(Fields.Where(_ => random.Next(20) > 0).Select(f => $"\"{f}\":{(flawed && random.Next(100) == 0 ? Flaw(random) : Score(random))}"));
            return "{" + string.Join(",", fields.OrderBy(_ => random.Next(4))) + "}";
        });
        var parts = new List<string> { $"\"id\":\"G{index:D5}\"", $"\"panel\":[{string.Join(",", experts)}]" };
        if (random.Next(2) == 0)
        {
            parts.Add("\"assessment_date\":\"2026-0" + random.Next(1, 10).ToString(CultureInfo.InvariantCulture) + "-1" + random.Next(10).ToString(CultureInfo.InvariantCulture) + "\"");
        }

        if (random.Next(40) == 0)
        {
            parts.Add("\"evidence\":[{\"id\":\"e1\"}]");
        }

        return "{" + string.Join(",", parts.OrderBy(_ => random.Next(3))) + "}";
    }

    private static string Score(Random random) => random.Next(40) switch
    {
        0 => "null",
        1 => "1e0",
        2 => "\"3\"",
        < 20 => (1 + (random.Next(400) / 100m)).ToString("0.00", CultureInfo.InvariantCulture),
        _ => random.Next(1, 6).ToString(CultureInfo.InvariantCulture),
    };

    private static string Flaw(Random random) => random.Next(7) switch
    {
        0 => "6",
        1 => "0",
        2 => "\"4 x\"",
        3 => "-1",
        4 => "\"2,5\"",
        5 => "{}",
        _ => "5.000000000000000000000000000001",
    };
}
