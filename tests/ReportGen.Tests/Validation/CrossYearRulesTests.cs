using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validation;

/// <summary>RG014, RG102, RG104, RG111: this year's report against last year's.</summary>
public class CrossYearRulesTests
{
    private const string LastYearProse = "2022年，我局把政务公开作为转变作风、优化服务的重要抓手，及时调整政务公开工作领导小组，完善信息发布审核流程。";

    private static string LastYear(string tables = "", string? overview = null, string? problems = null) =>
        Yaml.Report(year: 2022, tables: tables, overview: overview ?? LastYearProse, problems: problems ?? "信息发布的及时性有待提高。");

    // RG014

    [Fact]
    public void RG014_carried_over_must_equal_last_years_carried_forward_per_column()
    {
        var previous = LastYear("requests:\n  new: [5, 1, 0, 0, 0, 0]\n  granted: [3, 0, 0, 0, 0, 0]\n  carried_forward: [2, 1, 0, 0, 0, 0]\n");
        var text = Yaml.Report(tables: "requests:\n  carried_over: [2, 0, 0, 0, 0, 0]\n  granted: [2, 0, 0, 0, 0, 0]\n", overview: "本年度依法办理上年结转的申请。");
        var d = Yaml.Only(Yaml.Validate(text, previous), "RG014");
        Assert.Equal("requests.carried_over[1]", d.YamlPath);
        Assert.Equal(Yaml.Locate(text, "[2, 0, 0", 4), (d.Line, d.Column));
        Assert.Contains("商业企业", d.Message, StringComparison.Ordinal);
        Assert.Equal(("1", "0"), (d.Expected, d.Actual));
    }

    [Fact]
    public void RG014_passes_when_the_carry_over_matches()
    {
        var previous = LastYear("requests:\n  new: [5, 0, 0, 0, 0, 0]\n  granted: [3, 0, 0, 0, 0, 0]\n  carried_forward: [2, 0, 0, 0, 0, 0]\n");
        var text = Yaml.Report(tables: "requests:\n  carried_over: [2, 0, 0, 0, 0, 0]\n  granted: [2, 0, 0, 0, 0, 0]\n", overview: "本年度依法办理上年结转的申请。");
        Assert.Empty(Yaml.Validate(text, previous));
    }

    [Fact]
    public void Cross_year_rules_run_only_against_the_year_just_before()
    {
        var twoYearsBefore = Yaml.Report(year: 2021, overview: LastYearProse,
            tables: "requests:\n  new: [5, 0, 0, 0, 0, 0]\n  granted: [3, 0, 0, 0, 0, 0]\n  carried_forward: [2, 0, 0, 0, 0, 0]\n");
        Assert.Empty(Yaml.Validate(Yaml.Report(), twoYearsBefore));
    }

    [Fact]
    public void Cross_year_rules_skip_a_table_that_was_wrong_last_year()
    {
        var broken = LastYear("requests:\n  carried_forward: [2, x, 0, 0, 0, 0]\n");
        Assert.Empty(Yaml.Validate(Yaml.Report(), broken));
    }

    // RG102

    [Fact]
    public void RG102_documents_in_force_must_roll_forward()
    {
        var previous = LastYear("proactive:\n  normative_documents: { issued: 2, repealed: 1, in_force: 10 }\n");
        var text = Yaml.Report(tables: "proactive:\n  normative_documents: { issued: 3, repealed: 1, in_force: 15 }\n");
        var d = Yaml.Only(Yaml.Validate(text, previous), "RG102");
        Assert.Equal(Yaml.Locate(text, "in_force: 15", "in_force: ".Length), (d.Line, d.Column));
        Assert.Equal(("12", "15"), (d.Expected, d.Actual));
        Assert.Contains("行政规范性文件·现行有效件数", d.Message, StringComparison.Ordinal);
        Assert.Contains("10 + 本年制发件数 3 − 本年废止件数 1 = 12", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG102_passes_when_last_year_plus_issued_minus_repealed_is_this_year()
    {
        var previous = LastYear("proactive:\n  normative_documents: { issued: 2, repealed: 1, in_force: 10 }\n");
        var text = Yaml.Report(tables: "proactive:\n  normative_documents: { issued: 3, repealed: 1, in_force: 12 }\n");
        Assert.Empty(Yaml.Validate(text, previous));
    }

    [Fact]
    public void RG102_checks_regulations_too()
    {
        var previous = LastYear("proactive:\n  regulations: { issued: 0, repealed: 0, in_force: 4 }\n");
        var text = Yaml.Report(tables: "proactive:\n  regulations: { issued: 1, repealed: 0, in_force: 4 }\n", agencyType: "government", adminLevel: "municipal");
        var d = Yaml.Only(Yaml.Validate(text, previous), "RG102");
        Assert.Equal("proactive.regulations.in_force", d.YamlPath);
    }

    // RG104

    private const string Overview =
        "2023年，我局严格落实《中华人民共和国政府信息公开条例》，围绕全县教育重点工作，通过县政府门户网站主动公开政府信息93条，及时发布招生入学、学生资助、教师招聘等社会关注度高的信息。\n" +
        "我局建立健全政府信息公开审查机制，严格落实“先审查、后公开”和“一事一审”制度，对拟公开的信息进行保密审查，确保公开内容准确规范。";

    private const string Problems = "我局政府信息公开工作还存在一些不足：一是公开内容不够丰富，二是政策解读形式较为单一。";

    private static string Copied(string overview) =>
        overview.Replace("2023年", "2022年", StringComparison.Ordinal).Replace("93条", "86条", StringComparison.Ordinal);

    [Fact]
    public void RG104_prose_copied_from_last_year_but_for_the_figures_is_warned_at_the_first_copied_paragraph_with_its_share()
    {
        var previous = LastYear(overview: Copied(Overview), problems: Problems);
        var text = Yaml.Report(overview: Overview, problems: Problems);
        var d = Yaml.Only(Yaml.Validate(text, previous), "RG104");
        Assert.Equal("overview[0].text[0]", d.YamlPath);
        Assert.Equal(Yaml.Locate(text, "2023年，我局严格"), (d.Line, d.Column));
        Assert.Equal("100%", d.Actual);
        Assert.Contains("2022 年度报告", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG104_a_few_words_changed_still_count_as_nearly_identical()
    {
        var previous = LastYear(overview: Copied(Overview).Replace("全县教育", "全县教育体育", StringComparison.Ordinal), problems: Problems);
        var text = Yaml.Report(overview: Overview, problems: Problems);
        Assert.Equal("RG104", Assert.Single(Yaml.Validate(text, previous)).RuleId);
    }

    [Fact]
    public void RG104_paragraphs_moved_around_still_count()
    {
        var lines = Copied(Overview).Split('\n');
        var previous = LastYear(overview: lines[1], problems: lines[0] + "\n" + Problems);
        var text = Yaml.Report(overview: Overview, problems: Problems);
        Assert.Equal("RG104", Assert.Single(Yaml.Validate(text, previous)).RuleId);
    }

    [Fact]
    public void RG104_a_report_that_keeps_some_paragraphs_but_rewrites_most_is_fine()
    {
        var rewritten = "2023年，我局围绕优化营商环境，加大涉企政策公开力度，开设惠企政策专栏，集中发布减税降费、融资支持等政策文件和解读材料，全年主动公开信息93条，其中政策解读12篇。\n" +
            "我局建立健全政府信息公开审查机制，严格落实“先审查、后公开”和“一事一审”制度，对拟公开的信息进行保密审查，确保公开内容准确规范。";
        var previous = LastYear(overview: Copied(Overview), problems: "工作人员业务能力有待提高，培训不够。");
        var text = Yaml.Report(overview: rewritten, problems: "网站栏目更新不够及时，部分栏目内容陈旧。");
        Assert.Empty(Yaml.Validate(text, previous));
    }

    [Fact]
    public void RG104_short_set_phrases_alike_every_year_are_not_copying()
    {
        var previous = LastYear(overview: "无。", problems: "无。");
        Assert.Empty(Yaml.Validate(Yaml.Report(overview: "无。", problems: "无。"), previous));
    }

    // RG111

    private const string Tables =
        "proactive:\n  normative_documents: { issued: 0, repealed: 0, in_force: 4 }\n  licensing: 37\n  penalty: 5\n" +
        "requests:\n  new: [2, 1, 0, 0, 0, 0]\n  granted: [2, 1, 0, 0, 0, 0]\n";

    [Fact]
    public void RG111_every_figure_as_last_year_is_warned_at_the_first_table()
    {
        var previous = LastYear(Tables);
        var text = Yaml.Report(tables: Tables, overview: "2023年，我局围绕优化营商环境加大涉企政策公开力度。");
        var d = Yaml.Only(Yaml.Validate(text, previous), "RG111");
        Assert.Equal(Yaml.Locate(text, "proactive:"), (d.Line, d.Column));
        Assert.Contains("2022 年度报告完全相同", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG111_two_years_of_nothing_are_not_copying()
    {
        Assert.Empty(Yaml.Validate(Yaml.Report(), LastYear()));
        var stock = "proactive:\n  normative_documents: { issued: 0, repealed: 0, in_force: 4 }\n";
        Assert.Empty(Yaml.Validate(Yaml.Report(tables: stock), LastYear(stock)));
    }

    [Fact]
    public void RG111_one_figure_different_is_enough()
    {
        var previous = LastYear(Tables);
        var text = Yaml.Report(tables: Tables.Replace("penalty: 5", "penalty: 6", StringComparison.Ordinal), overview: "2023年，我局围绕优化营商环境加大涉企政策公开力度。");
        Assert.Empty(Yaml.Validate(text, previous));
    }
}
