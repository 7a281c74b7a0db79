using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Inputs;
using ReportGen.Core.Pipeline;
using ReportGen.Core.Validation;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validation;

/// <summary>RG113 (prose copied from another agency of the run) and RG114 (template text left in).</summary>
public class CrossAgencyRulesTests
{
    /// <summary>A paragraph of the kind a bureau writes about its own work: long, specific, several clauses.</summary>
    private const string Specific =
        "2023年，测试县测试局围绕优化营商环境，在门户网站开设惠企政策专栏，集中发布减税降费、稳岗就业等政策解读12篇，" +
        "组织政策宣讲进园区活动6场，面对面解答企业关于用工补贴申领流程的疑问，并将常见问题整理成问答汇编在专栏长期公开。";

    private static readonly string[] Agencies = ["测试县测试局", "样例县示范局", "演示县教育局", "甲县交通运输局", "乙县农业农村局", "丙县文化旅游局", "丁县卫生健康局", "戊县自然资源局"];

    /// <summary>Validates reports of several agencies together, as one run of `reportgen validate a.yaml b.yaml …`.</summary>
    private static IReadOnlyList<FileResult> Run(params string[] texts)
    {
        var inputs = texts.Select((_, i) => new InputSource($"{i:0000}.yaml", $"/in/{i:0000}.yaml")).ToList();
        return ValidationRun.Run(inputs, source => Yaml.Read(texts[int.Parse(source.DisplayName[..4], System.Globalization.CultureInfo.InvariantCulture)], source.DisplayName),
            new ValidationRunOptions { Validation = new ValidationOptions { Today = new DateOnly(2024, 1, 15) }, Jobs = 2 });
    }

    private static string Report(string agency, string overview, string problems = "信息公开工作人员业务能力有待提高。") =>
        Yaml.Report(agency: agency, overview: overview, problems: problems);

    /// <summary>Prose nobody else has: clauses of characters drawn from a seed.</summary>
    private static string Unique(int seed, int clauses = 4)
    {
        const string Pool = "政务公开信息发布平台建设制度规范监督保障依申请办理流程审核机制培训考核宣传解读回应关切数据开放基层标准化规范化网站专栏栏目更新维护安全管理";
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var c = 0; c < clauses; c++)
        {
            for (var i = 0; i < 12; i++)
            {
                text.Append(Pool[random.Next(Pool.Length)]);
            }

            text.Append(c == clauses - 1 ? '。' : '，');
        }

        return text.ToString();
    }

    private static IEnumerable<Diagnostic> Of(FileResult result, string rule) => result.Diagnostics.Where(d => d.RuleId == rule);

    [Fact]
    public void RG113_a_paragraph_copied_with_the_agency_name_changed_is_flagged_in_both_reports()
    {
        var a = Report("测试县测试局", Specific);
        var b = Report("样例县示范局", Specific.Replace("测试县测试局", "样例县示范局", StringComparison.Ordinal));
        var results = Run(a, b);
        var first = Assert.Single(Of(results[0], "RG113"));
        Assert.Equal("overview[0].text[0]", first.YamlPath);
        Assert.Equal(Yaml.Locate(a, "2023年，测试县"), (first.Line, first.Column));
        Assert.Contains("样例县示范局（0001.yaml）", first.Message, StringComparison.Ordinal);
        Assert.Contains("100%", first.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, first.Severity);
        Assert.Contains("测试县测试局（0000.yaml）", Assert.Single(Of(results[1], "RG113")).Message, StringComparison.Ordinal);
        Assert.Single(results[0].CopiedParagraphs);
    }

    [Fact]
    public void RG113_a_paragraph_copied_with_the_numbers_changed_is_flagged()
    {
        var b = Specific.Replace("12篇", "7篇", StringComparison.Ordinal).Replace("6场", "15场", StringComparison.Ordinal).Replace("2023年", "二〇二三年", StringComparison.Ordinal);
        var results = Run(Report("测试县测试局", Specific), Report("样例县示范局", b));
        Assert.Single(Of(results[1], "RG113"));
    }

    [Fact]
    public void RG113_a_paragraph_copied_with_its_clauses_reordered_is_flagged()
    {
        var clauses = Specific.TrimEnd('。').Split('，');
        var reordered = string.Join("，", clauses.Reverse()) + "。";
        var results = Run(Report("测试县测试局", Specific), Report("样例县示范局", reordered));
        Assert.Single(Of(results[1], "RG113"));
    }

    [Fact]
    public void RG113_a_paragraph_of_ones_own_is_not_flagged_and_neither_is_the_same_agency_in_another_year()
    {
        var results = Run(Report("测试县测试局", Specific), Report("样例县示范局", Unique(1)));
        Assert.All(results, r => Assert.Empty(Of(r, "RG113")));

        var lastYear = Yaml.Report(year: 2022, agency: "测试县测试局", overview: Specific);
        Assert.All(Run(Report("测试县测试局", Specific), lastYear), r => Assert.Empty(Of(r, "RG113")));
    }

    [Fact]
    public void RG113_the_copied_share_threshold_holds_on_both_sides()
    {
        // Five clauses of 16 counted characters: four copied is 80 %, exactly the threshold; three is 60 %.
        string[] own = ["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳", "午未申酉戌亥金木水火土日月星辰风", "云雨雪霜雷电山川河海湖泊江溪泉瀑", "松柏杨柳桃李梅兰竹菊荷桂杏梨枣栗", "东南西北上下左右前后内外高低远近"];
        string[] other = ["春夏秋冬晨昏昼夜朝暮岁时年月旬周", "赤橙黄绿青蓝紫黑白灰粉褐银金铜铁", "一二三四五六七八九十百千万亿兆京"];
        var source = string.Join("，", own) + "。";
        var fourOfFive = string.Join("，", own.Take(4).Append(other[0])) + "。";
        var threeOfFive = string.Join("，", own.Take(3).Concat(other.Take(2))) + "。";
        Assert.Single(Of(Run(Report("测试县测试局", source), Report("样例县示范局", fourOfFive))[1], "RG113"));
        Assert.Empty(Of(Run(Report("测试县测试局", source), Report("样例县示范局", threeOfFive))[1], "RG113"));
    }

    [Fact]
    public void RG113_short_paragraphs_prove_nothing()
    {
        // 29 and 30 counted characters, the same in both reports.
        var shortText = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰，巳午未申酉戌亥金木水火土日月。";
        var longText = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰，巳午未申酉戌亥金木水火土日月星。";
        Assert.Empty(Of(Run(Report("测试县测试局", shortText), Report("样例县示范局", shortText))[0], "RG113"));
        Assert.Single(Of(Run(Report("测试县测试局", longText), Report("样例县示范局", longText))[0], "RG113"));
    }

    [Fact]
    public void RG113_formulae_shared_by_a_third_of_the_agencies_are_not_copying()
    {
        // Six agencies (at least the floor of five, and a third of them) open with the same sentence of the
        // genre; the rest of each paragraph is their own.
        const string Formula = "严格落实政府信息公开条例各项要求，坚持以公开为常态不公开为例外的原则，";
        var texts = Agencies.Take(6).Select((agency, i) => Report(agency, Formula + Unique(10 + i, 1))).ToArray();
        Assert.All(Run(texts), r => Assert.Empty(Of(r, "RG113")));
    }

    [Fact]
    public void RG113_in_a_small_run_a_shared_paragraph_is_copying_not_a_formula()
    {
        // Three agencies all share it: below the floor of five, so it is not taken for a formula.
        var texts = Agencies.Take(3).Select(agency => Report(agency, Specific.Replace("测试县测试局", agency, StringComparison.Ordinal))).ToArray();
        var results = Run(texts);
        Assert.All(results, r => Assert.Contains("等 2 家机关", Assert.Single(Of(r, "RG113")).Message, StringComparison.Ordinal));
    }

    [Fact]
    public void RG113_real_looking_reports_sharing_only_the_fee_formula_and_the_regulations_citation_are_not_flagged()
    {
        const string Citation = "我局严格按照《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开年度报告格式〉的通知》要求开展工作。";
        const string Fee = "按照《政府信息公开信息处理费管理办法》，2023年度我局未发生收取信息处理费的情况。";
        var a = Yaml.Report(agency: "测试县测试局", overview: Citation + "\n" + Unique(21), otherMatters: Fee);
        var b = Yaml.Report(agency: "样例县示范局", overview: Citation + "\n" + Unique(22), otherMatters: Fee.Replace("2023", "2023", StringComparison.Ordinal));
        Assert.All(Run(a, b), r => Assert.Empty(Of(r, "RG113")));
    }

    [Fact]
    public void RG113_a_paragraph_shared_by_500_agencies_is_one_finding_each()
    {
        // 1,600 agencies: 500 share one paragraph (under a third, so it is not a formula); the rest write their own.
        var reports = CrossReports(1_600, shared: 500);
        var copied = CrossAgencyProse.Find(reports);
        Assert.Equal(500, copied.Count);
        Assert.All(copied, c => Assert.Equal(499, c.OtherAgencies));
        Assert.Equal(500, copied.Select(c => c.Report.Input).Distinct().Count());
    }

    [Fact]
    public void RG113_a_thousand_agencies_with_the_same_prose_give_no_flood_of_findings()
    {
        var reports = CrossReports(1_000, shared: 1_000);
        Assert.Empty(CrossAgencyProse.Find(reports));
    }

    private static List<RunReport> CrossReports(int count, int shared) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var agency = $"第{i:0000}号县测试局";
            var text = i < shared ? Specific : Unique(1_000 + i);
            var read = Yaml.Read(Report(agency, text), $"{i:0000}.yaml");
            return new RunReport(i, read.File, read.Report!);
        })];

    [Fact]
    public void Name_forms_drop_the_leading_administrative_units()
    {
        Assert.Equal(["包头市石拐区商务和科技局", "石拐区商务和科技局", "商务和科技局"], Core.Model.AgencyIdentity.NameForms("包头市石拐区商务和科技局"));
    }

    // RG114

    [Theory]
    [InlineData("（文字描述）")]
    [InlineData("（文字描述，收取信息处理费情况在此处报告。）")]
    [InlineData("XX局认真贯彻落实条例。")]
    [InlineData("××县人民政府办公室")]
    [InlineData("20XX年，我局主动公开政府信息。")]
    [InlineData("此处填写本机关的工作亮点。")]
    [InlineData("（略）")]
    [InlineData("示例：全年主动公开信息50条。")]
    [InlineData("全年共收到申请（ ）件。")]
    [InlineData("全年共收到申请____件。")]
    public void RG114_template_text_left_in_is_flagged(string text)
    {
        var yaml = Report("测试县测试局", "2023年，我局通过县政府门户网站主动公开政府信息42条。\n" + text);
        var d = Yaml.Only(Yaml.Validate(yaml), "RG114");
        Assert.Equal("overview[0].text[1]", d.YamlPath);
        Assert.Contains("模板", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本年度报告电子版可在县政府网站（http://www.example.gov.cn/xxgk/）下载。")]
    [InlineData("全年共收到申请（含网上申请）5件。")]
    [InlineData("2023年，我局主动公开政府信息42条，较2022年增加10条。")]
    [InlineData("落实“XXL”项目？不，只有英文 XML 文件格式说明。")]
    public void RG114_ordinary_text_is_not_taken_for_a_placeholder(string text)
    {
        var yaml = Report("测试县测试局", "2023年，我局通过县政府门户网站主动公开政府信息42条。\n" + text);
        Assert.DoesNotContain(Yaml.Validate(yaml), d => d.RuleId == "RG114");
    }

    [Fact]
    public void RG114_a_title_or_preface_with_another_year_is_flagged()
    {
        var title = Yaml.Report(top: "title: 测试县测试局2022年政府信息公开工作年度报告\n");
        var d = Yaml.Only(Yaml.Validate(title), "RG114");
        Assert.Equal("title", d.YamlPath);
        Assert.Equal(("2023年", "2022年政府信息公开"), (d.Expected, d.Actual));

        var preface = Yaml.Report(top: "preface: |\n  所列数据统计期限为2022年1月1日至2022年12月31日。\n");
        Assert.Equal("preface[0]", Yaml.Only(Yaml.Validate(preface), "RG114").YamlPath);

        var right = Yaml.Report(top: "title: 测试县测试局2023年政府信息公开工作年度报告\npreface: |\n  所列数据统计期限为2023年1月1日至2023年12月31日。\n");
        Assert.DoesNotContain(Yaml.Validate(right), x => x.RuleId == "RG114");
    }

    [Fact]
    public void RG114_a_title_naming_another_agency_of_the_run_is_flagged()
    {
        var a = Yaml.Report(agency: "测试县测试局", overview: Unique(31));
        var b = Yaml.Report(agency: "样例县示范局", overview: Unique(32), top: "title: 测试县测试局2023年政府信息公开工作年度报告\n");
        var results = Run(a, b);
        var d = Assert.Single(Of(results[1], "RG114"));
        Assert.Equal("title", d.YamlPath);
        Assert.Equal(("样例县示范局", "测试县测试局"), (d.Expected, d.Actual));
        Assert.Empty(Of(results[0], "RG114"));
    }

    [Fact]
    public void RG114_a_title_with_the_agencys_longer_name_is_not_another_agency()
    {
        var a = Yaml.Report(agency: "石拐区商务和科技局", overview: Unique(41), top: "title: 包头市石拐区商务和科技局2023年政府信息公开工作年度报告\n");
        var b = Yaml.Report(agency: "石拐区教育局", overview: Unique(42));
        Assert.All(Run(a, b), r => Assert.Empty(Of(r, "RG114")));
    }
}
