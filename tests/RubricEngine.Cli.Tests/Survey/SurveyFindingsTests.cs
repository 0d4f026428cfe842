namespace RubricEngine.Cli.Tests.Survey;

/// <summary>
/// Every quantitative finding that the first seed paper (seed 000, "三、环保产业技术创新能力的地域分异" and
/// "四、环保产业技术创新能力的行业分异") states about its regional table (table 2, with table 1's national row)
/// and its sub-sector table (table 3), each with the paper's wording, checked against the output of
/// <c>rubric screen rubrics/survey-cohort.rubric</c> alone: outcomes, verdicts, input values as quoted and trace
/// values. The test computes nothing from the tables itself.
/// <para>
/// A figure agrees when the paper's number is the screened value rounded or truncated to the digits printed
/// (the paper does both: 78.8 % is printed "79 %", 85.6 % is printed "85 %").
/// </para>
/// <para>
/// Not from the tables, so not checked here: the sources of R&amp;D funding (figures 3 and 5: "23 % 和 19 %"),
/// the structure of patent types (figures 4 and 6: Ningxia's invention patents only, Shanghai's 39.7 % against
/// Beijing's 8.59 % design patents, "24 %、56 %、20 % 和 16 %、49 % 和 35 %"), the national patent
/// implementation rates of reference [8] (70 %, 59 %, 68.6 %, 74.9 %), and "仅有 1.9 % 的环境服务企业具有研发活动",
/// which needs the number of all environmental-service units (table 3 has only those with R&amp;D capability).
/// </para>
/// </summary>
[Collection("cli")]
public class SurveyFindingsTests
{
    private static readonly string[] Engines = ["nrules", "compiled"];

    private static readonly Dictionary<string, Lazy<(SurveyOutput Regions, SurveyOutput Sectors)>> Outputs =
        Engines.ToDictionary(e => e, e => new Lazy<(SurveyOutput, SurveyOutput)>(() => (Screen("samples/survey-cohort", e), Screen("samples/survey-sectors", e))));

    private static readonly string[] EasternLeaders = ["Jiangsu", "Shanghai", "Shandong", "Beijing", "Zhejiang", "Guangdong", "Fujian"];

    // In the paper's order, which is the order by patents.
    private static readonly string[] Over1000 = ["Jiangsu", "Guangdong", "Sichuan", "Shandong", "Beijing", "Zhejiang", "Shanghai", "Hubei", "Hunan"];

    private static readonly Finding[] Findings =
    [
        new("R01", "我国环保产业研发投入与技术创新成果在大陆 30 个地区（无西藏地区数据）的差异显著",
            "30 regions, no data for Tibet", (r, _) =>
            {
                var regions = r.Ids.Where(id => r.Met(id, "region_row") && !r.Met(id, "national_row")).ToList();
                Assert.Equal(30, regions.Count);
                Assert.DoesNotContain("Tibet", r.Ids);
                Assert.Equal("reference", r.Outcome("national"));
            }),
        new("R02", "江苏、上海、山东、北京、浙江、广东、福建等东部地区的环保企业……其研发投入总量高于全国平均水平",
            "these eastern regions' R&D funding and staff are above the national average", (r, _) =>
            {
                foreach (var region in EasternLeaders)
                {
                    Assert.True(r.Met(region, "eastern"), region);
                    Assert.True(r.Met(region, "funding_above_average"), region);
                    Assert.True(r.Met(region, "staff_above_average"), region);
                }
            }),
        new("R03", "特别是江苏，研发投入遥遥领先于其他地区",
            "Jiangsu leads all regions in R&D funding and staff", (r, _) =>
            {
                Assert.Equal(1m, r.Step("Jiangsu", "derived:funding_rank"));
                Assert.Equal(1m, r.Step("Jiangsu", "derived:staff_rank"));
            }),
        new("R04", "研发经费和研发人员投入分别达到全国的 26 % 和 13 %",
            "Jiangsu's R&D funding and staff are 26 % and 13 % of the national totals", (r, _) =>
            {
                Stated(26m, r.Step("Jiangsu", "derived:funding_of_national"));
                Stated(13m, r.Step("Jiangsu", "derived:staff_of_national"));
            }),
        new("R05", "西部地区的研发经费和人员投入均低于全国平均水平",
            "every western region's R&D funding and staff are below the national average", (r, _) =>
            {
                var western = r.MetBy("western");
                Assert.Equal(11, western.Length); // the 12 western regions less Tibet
                foreach (var region in western)
                {
                    Assert.Equal("not_met", r.Verdict(region, "funding_above_average"));
                    Assert.Equal("not_met", r.Verdict(region, "staff_above_average"));
                }
            }),
        new("R06", "除江苏研发经费投入强度较高",
            "of the eastern regions with large R&D input, Jiangsu's funding intensity is high (above the national 1.11 %)", (r, _) =>
            {
                Assert.True(r.Met("Jiangsu", "above_national_intensity"));
                Assert.Equal(2.41m, r.Input("Jiangsu", "above_national_intensity", "rd_funding_intensity_pct"));
            }),
        new("R07", "广东等沿海地区中小型企业多，研发投入总量高，但强度较低",
            "Guangdong: total R&D input high, intensity low", (r, _) =>
            {
                Assert.True(r.Met("Guangdong", "funding_above_average"));
                Assert.Equal("not_met", r.Verdict("Guangdong", "above_national_intensity"));
            }),
        new("R08", "而一些西部地区，环保企业少，营业收入低，政府财政扶持力度大，相应的研发投入强度较高",
            "some (not all) western regions have a funding intensity above the national figure", (r, _) =>
            {
                var high = r.MetBy("western").Count(region => r.Met(region, "above_national_intensity"));
                Assert.InRange(high, 1, r.MetBy("western").Length - 1);
            }),
        new("R09", "我国环境技术研发已获专利证书数量超过 1 000 个的地区分别是江苏、广东、四川、山东、北京、浙江、上海、湖北和湖南",
            "the regions with more than 1,000 patents are these nine, in this order", (r, _) =>
            {
                var regions = r.MetBy("over_1000_patents").Where(id => !r.Met(id, "national_row"));
                Assert.Equal(Over1000.Order(StringComparer.Ordinal), regions);
                Assert.Equal(Enumerable.Range(1, 9).Select(i => (decimal)i), Over1000.Select(region => r.Step(region, "derived:patent_rank")));
            }),
        new("R10", "这些地区基本为东部和中部地区",
            "they are, but for one, eastern and central regions", (r, _) =>
                Assert.Equal(8, Over1000.Count(region => r.Verdict(region, "western") == "not_met"))),
        new("R11", "占全部地区已获专利证书数量的 79 %",
            "they hold 79 % of all regions' patents", (r, _) =>
            {
                Stated(79m, r.Step("Jiangsu", "derived:over_1000_patent_share"));
                // The figures behind it, as the trace shows them: 9 members hold 23,733 of the 30 regions' 30,116.
                Assert.Equal(9m, r.Figure("Jiangsu", "cohort:cohort sum of patents where (region_row and over_1000_patents)", "members"));
                Assert.Equal(30m, r.Figure("Jiangsu", "cohort:cohort sum of patents where region_row", "members"));
            }),
        new("R12", "青海、宁夏等西部地区已获专利数量不足 10 个",
            "western regions such as Qinghai and Ningxia have fewer than 10 patents", (r, _) =>
            {
                Assert.Equal(["Ningxia", "Qinghai"], r.MetBy("under_10_patents"));
                Assert.All(r.MetBy("under_10_patents"), region => Assert.True(r.Met(region, "western")));
            }),
        new("R13", "北京地区已获专利证书数量是上海地区的 1.8 倍",
            "Beijing has 1.8 times Shanghai's patents", (r, _) =>
                Stated(1.8m, r.Step("Beijing", "derived:patents_to_shanghai"))),
        new("R14", "但上海地区形成新产品的销售产值是北京地区的 11.5 倍",
            "but Shanghai's new-product sales are 11.5 times Beijing's", (r, _) =>
                Stated(11.5m, r.Step("Shanghai", "derived:sales_to_beijing"))),
        new("R15", "形成新产品销售产值排名前十的地区占总数的 85 %",
            "the ten regions with the largest new-product sales hold 85 % of the total", (r, _) =>
            {
                Stated(85m, r.Step("Jiangsu", "derived:top_10_sales_share"));
                const string step = "cohort:top 10 share of new_product_sales_100m_cny where region_row";
                Stated(85m, 100 * r.Figure("Jiangsu", step, "top") / r.Figure("Jiangsu", step, "total"));
                Assert.Equal(30m, r.Figure("Jiangsu", step, "members"));
            }),
        new("R16", "福建地区形成新产品的出口创汇额最高，达到 32.73 亿美元",
            "Fujian's new-product exports are the highest, 3.273 billion USD", (r, _) =>
            {
                Assert.Equal(1m, r.Step("Fujian", "derived:export_rank"));
                Stated(32.73m, r.Input("Fujian", "no_exports", "new_product_exports_100m_usd"));
            }),
        new("R17", "占各地区环境技术形成新产品出口创汇总额的73 %",
            "that is 73 % of all regions' new-product exports", (r, _) =>
                Stated(73m, r.Step("Fujian", "derived:export_share"))),
        new("R18", "山西、海南、甘肃和青海地区的环境技术形成新产品的出口创汇额为零",
            "Shanxi, Hainan, Gansu and Qinghai have no new-product exports", (r, _) =>
                Assert.Equal(["Gansu", "Hainan", "Qinghai", "Shanxi"], r.MetBy("no_exports"))),

        new("S01", "水污染控制技术和大气污染控制技术领域是环境技术创新的重点领域，具有研发能力的从业单位数和研发经费投入分别占全部细分行业总数的 69 % 和 70 %",
            "water and air pollution control hold 69 % of the units with R&D capability and 70 % of the R&D funding", (_, s) =>
            {
                Stated(69m, s.Step("Water pollution control", "derived:water_air_units_share"));
                Stated(70m, s.Step("Water pollution control", "derived:water_air_funding_share"));
            }),
        new("S02", "已获专利证书数量、形成新产品的销售产值和形成新产品的出口创汇额分别占全部细分行业的 73 %、92 % 和 68 %",
            "and 73 % of the patents, 92 % of new-product sales and 68 % of new-product exports", (_, s) =>
            {
                Stated(73m, s.Step("Air pollution control", "derived:water_air_patent_share"));
                Stated(92m, s.Step("Air pollution control", "derived:water_air_sales_share"));
                Stated(68m, s.Step("Air pollution control", "derived:water_air_export_share"));
            }),
        new("S03", "而土壤污染治理与修复技术、辐射污染防护技术研发领域的研发能力薄弱，具有研发能力的企业和研发经费投入仅占全部细分行业的 1 %",
            "soil remediation and radiation protection are weak: 1 % of the units with R&D capability and of the R&D funding", (_, s) =>
            {
                Stated(1m, s.Step("Soil pollution remediation", "derived:soil_radiation_units_share"));
                Stated(1m, s.Step("Soil pollution remediation", "derived:soil_radiation_funding_share"));
            }),
        new("S04", "大气污染控制领域形成新产品的销售产值和形成新产品的出口创汇额分别是水污染控制领域的 11.3 倍和 2.8 倍",
            "air pollution control's new-product sales and exports are 11.3 and 2.8 times water pollution control's", (_, s) =>
            {
                Stated(11.3m, s.Step("Air pollution control", "derived:sales_to_water"));
                Stated(2.8m, s.Step("Air pollution control", "derived:exports_to_water"));
            }),
        new("S05", "水污染控制技术和大气污染控制技术领域是环境技术创新的重点领域……土壤污染治理与修复技术、辐射污染防护技术研发领域的研发能力薄弱",
            "the rubric's tiers (20 % of funding, under 2 % of units: our thresholds) classify exactly these as focus and weak sub-sectors", (_, s) =>
            {
                Assert.Equal(["Air pollution control", "Water pollution control"], s.Ids.Where(id => s.Outcome(id) == "focus_sector").Order(StringComparer.Ordinal));
                Assert.Equal(["Radiation pollution protection", "Soil pollution remediation"], s.Ids.Where(id => s.Outcome(id) == "weak_sector").Order(StringComparer.Ordinal));
            }),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var finding in Findings)
        {
            foreach (var engine in Engines)
            {
                data.Add(finding.Id, engine);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finding_IsReadFromTheScreeningOutput(string id, string engine)
    {
        var finding = Findings.Single(f => f.Id == id);
        var (regions, sectors) = Outputs[engine].Value;
        finding.Check(regions, sectors);
    }

    [Fact]
    public void Findings_CoverBothSectionsOfThePaper()
    {
        Assert.Equal(18, Findings.Count(f => f.Id.StartsWith('R')));
        Assert.Equal(5, Findings.Count(f => f.Id.StartsWith('S')));
        Assert.All(Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Paper)));
    }

    [Theory]
    [InlineData("samples/survey-cohort")]
    [InlineData("samples/survey-sectors")]
    public void BothEngines_WriteTheSameBytes(string dossiers)
    {
        var nrules = CliRunner.Run("screen", "--rubric", "rubrics/survey-cohort.rubric", "--dossiers", dossiers, "--format", "jsonl", "--engine", "nrules");
        var compiled = CliRunner.Run("screen", "--rubric", "rubrics/survey-cohort.rubric", "--dossiers", dossiers, "--format", "jsonl", "--engine", "compiled");
        Assert.Equal(0, nrules.Exit);
        Assert.Equal(nrules.Out, compiled.Out);
    }

    /// <summary>The screened samples are the transcribed tables with an id column and nothing else added.</summary>
    [Fact]
    public void Samples_AreTheSurveyTablesWithAnIdColumn()
    {
        var national = Rows("samples/survey-2011/national.csv").Single();
        var regions = Rows("samples/survey-2011/regions.csv");
        var sectors = Rows("samples/survey-2011/sectors.csv");
        var regionSample = Rows("samples/survey-cohort/regions.csv");
        var sectorSample = Rows("samples/survey-sectors/sectors.csv");

        Assert.Equal(new[] { "id" }.Concat(regions[0].Keys), regionSample[0].Keys);
        Assert.Equal(new[] { "id" }.Concat(sectors[0].Keys), sectorSample[0].Keys);
        var nationalRow = regionSample[0];
        Assert.Equal(("national", "全国", "National"), (nationalRow["id"], nationalRow["region_zh"], nationalRow["region"]));
        Assert.All(regions[0].Keys.Skip(2), column => Assert.Equal(national[column], nationalRow[column]));
        Assert.Equal(regions.Count, regionSample.Count - 1);
        for (var i = 0; i < regions.Count; i++)
        {
            Assert.Equal(regions[i]["region"], regionSample[i + 1]["id"]);
            Assert.All(regions[i], cell => Assert.Equal(cell.Value, regionSample[i + 1][cell.Key]));
        }

        Assert.Equal(sectors.Count, sectorSample.Count);
        for (var i = 0; i < sectors.Count; i++)
        {
            Assert.Equal(sectors[i]["sector"], sectorSample[i]["id"]);
            Assert.All(sectors[i], cell => Assert.Equal(cell.Value, sectorSample[i][cell.Key]));
        }
    }

    /// <summary>The paper's figure is the value rounded or truncated to the digits it prints.</summary>
    private static void Stated(decimal paper, decimal screened)
    {
        var digits = (decimal.GetBits(paper)[3] >> 16) & 0xFF;
        var rounded = Math.Round(screened, digits, MidpointRounding.AwayFromZero);
        var truncated = Math.Round(screened, digits, MidpointRounding.ToZero);
        Assert.True(paper == rounded || paper == truncated, $"the paper says {paper}, the screening gives {screened}");
    }

    private static SurveyOutput Screen(string dossiers, string engine)
    {
        var (exit, output, error) = CliRunner.Run("screen", "--rubric", "rubrics/survey-cohort.rubric", "--dossiers", dossiers, "--format", "jsonl", "--engine", engine);
        Assert.True(exit == 0, error);
        return new SurveyOutput(output);
    }

    private static List<Dictionary<string, string>> Rows(string relative)
    {
        var lines = File.ReadAllLines(Path.Combine(CliRunner.RepositoryRoot, relative)).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line => header.Zip(line.Split(','), (h, c) => (h, c)).ToDictionary(p => p.h, p => p.c, StringComparer.Ordinal))];
    }

    private sealed record Finding(string Id, string Paper, string English, Action<SurveyOutput, SurveyOutput> Check);
}
