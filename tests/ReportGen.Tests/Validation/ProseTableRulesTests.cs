using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validation;

/// <summary>RG105 and RG106: what the prose says against what the tables hold.</summary>
public class ProseTableRulesTests
{
    private const string FiveRequests =
        "requests:\n  new: [4, 1, 0, 0, 0, 0]\n  granted: [2, 0, 0, 0, 0, 0]\n  partially_granted: [1, 0, 0, 0, 0, 0]\n" +
        "  unable:\n    not_held: [1, 0, 0, 0, 0, 0]\n  carried_forward: [0, 1, 0, 0, 0, 0]\n";

    [Fact]
    public void The_sample_yields_nothing() => Assert.Empty(Yaml.Validate(Yaml.SampleText));

    // RG105

    [Fact]
    public void RG105_all_zero_tables_while_the_text_speaks_of_requests_is_warned_once_at_the_first_paragraph()
    {
        var text = Yaml.Report(overview: "2023年，我局共收到政府信息公开申请3件，予以公开3件。");
        var d = Yaml.Only(Yaml.Validate(text), "RG105");
        Assert.Equal(Yaml.Locate(text, "2023年，我局共收到"), (d.Line, d.Column));
        Assert.Contains("“收到政府信息公开申请3件”", d.Message, StringComparison.Ordinal);
        Assert.Contains("三、收到和处理政府信息公开申请情况", d.Message, StringComparison.Ordinal);
        Assert.Equal(("0", "3"), (d.Expected, d.Actual));
    }

    [Fact]
    public void RG105_requests_in_the_table_while_the_text_says_none()
    {
        var text = Yaml.Report(overview: "2023年，我局未收到政府信息公开申请。",
            tables: "requests:\n  new: [2, 0, 0, 0, 0, 0]\n  granted: [2, 0, 0, 0, 0, 0]\n");
        var d = Yaml.Only(Yaml.Validate(text), "RG105");
        Assert.Contains("未收到政府信息公开申请", d.Message, StringComparison.Ordinal);
        Assert.Equal(("2", "0"), (d.Expected, d.Actual));
    }

    [Fact]
    public void RG105_a_review_in_the_text_while_table_four_is_zero()
    {
        var text = Yaml.Report(overview: "本年度因政府信息公开被申请行政复议1件，未发生行政诉讼。");
        var d = Yaml.Only(Yaml.Validate(text), "RG105");
        Assert.Contains("行政复议1件", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG105_a_lawsuit_in_table_four_while_the_text_says_none()
    {
        var text = Yaml.Report(overview: "本年度未发生政府信息公开行政复议、行政诉讼。",
            tables: "reviews_and_litigation:\n  litigation_direct: [1, 0, 0, 0]\n");
        var d = Yaml.Only(Yaml.Validate(text), "RG105");
        Assert.Contains("行政诉讼·未经复议直接起诉·总计", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本年度未收到政府信息公开申请，未发生行政复议、行政诉讼。")]
    [InlineData("2023年，商务和科技局未接到群众主动要求公开政府信息，且无投诉举报等情况。")]
    [InlineData("全年收到政府信息公开申请0件。")]
    public void RG105_all_zero_tables_and_a_text_that_says_none_agree(string overview) =>
        Assert.Empty(Yaml.Validate(Yaml.Report(overview: overview)));

    [Fact]
    public void RG105_none_received_this_year_while_last_years_are_handled_agree()
    {
        var text = Yaml.Report(overview: "本年度未收到新的政府信息公开申请，上年结转1件已办结。",
            tables: "requests:\n  carried_over: [1, 0, 0, 0, 0, 0]\n  granted: [1, 0, 0, 0, 0, 0]\n");
        Assert.Empty(Yaml.Validate(text, Yaml.Report(year: 2022, overview: "上年", tables: "requests:\n  new: [1, 0, 0, 0, 0, 0]\n  carried_forward: [1, 0, 0, 0, 0, 0]\n")));
    }

    // RG106

    [Fact]
    public void RG106_a_figure_that_contradicts_its_cell_is_warned_at_its_paragraph_with_both_values()
    {
        var text = Yaml.Report(overview: "依申请公开工作平稳有序。\n2023年，我局共收到政府信息公开申请6件，其中自然人4件、法人或其他组织1件。", tables: FiveRequests);
        var d = Yaml.Only(Yaml.Validate(text), "RG106");
        Assert.Equal("overview[0].text[1]", d.YamlPath);
        Assert.Equal(Yaml.Locate(text, "2023年，我局共收到"), (d.Line, d.Column));
        Assert.Contains("“收到政府信息公开申请6件”", d.Message, StringComparison.Ordinal);
        Assert.Contains("一、本年新收政府信息公开申请数量·总计", d.Message, StringComparison.Ordinal);
        Assert.Equal(("5", "6"), (d.Expected, d.Actual));
    }

    [Fact]
    public void RG106_figures_that_agree_with_the_tables_are_fine()
    {
        var text = Yaml.Report(tables: FiveRequests, overview:
            "2023年，我局共收到政府信息公开申请五件，其中自然人4件、法人或其他组织1件。\n" +
            "全年予以公开2件，部分公开1件，无法提供1件，结转下年度继续办理1件，已办结4件。");
        Assert.Empty(Yaml.Validate(text));
    }

    [Fact]
    public void RG106_each_contradicting_figure_is_reported()
    {
        var text = Yaml.Report(tables: FiveRequests, overview: "全年予以公开3件，部分公开1件，不予公开1件。");
        var found = Yaml.Validate(text);
        Assert.Equal(["RG106", "RG106"], found.Select(d => d.RuleId));
        Assert.Equal(["3", "1"], found.Select(d => d.Actual));
        Assert.Contains("（三）不予公开（8 项之和）·总计", found[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG106_reviews_lawsuits_and_table_two_figures_are_compared()
    {
        var text = Yaml.Report(
            overview: "本年度因政府信息公开被申请行政复议2件，被提起行政诉讼1件。\n现行有效规范性文件8件，全年作出行政处罚决定12件。",
            tables: "proactive:\n  normative_documents: { issued: 0, repealed: 0, in_force: 9 }\n  penalty: 12\n" +
                "reviews_and_litigation:\n  review: [1, 0, 0, 0]\n  litigation_after_review: [0, 0, 0, 1]\n");
        var found = Yaml.Validate(text);
        Assert.Equal(["RG106:2:1", "RG106:8:9"], found.Select(d => $"{d.RuleId}:{d.Actual}:{d.Expected}"));
    }

    [Fact]
    public void RG106_a_table_with_an_error_is_not_compared()
    {
        var text = Yaml.Report(overview: "2023年，我局共收到政府信息公开申请6件。", tables: "requests:\n  new: [4, x, 0, 0, 0, 0]\n");
        Assert.Equal(["RG004"], Yaml.Validate(text).Select(d => d.RuleId));
    }

    [Theory]
    [InlineData("2023年，通过政府网站公开信息50条，发布政策解读12篇，更新栏目300次。")]
    [InlineData("2022年共收到政府信息公开申请3件。")]
    [InlineData("全县各级行政机关共收到政府信息公开申请120件。")]
    [InlineData("所列数据统计期限为2023年1月1日至2023年12月31日，联系电话0472-8720884。")]
    [InlineData("依申请公开按时答复率100%。")]
    public void RG106_figures_that_are_not_the_tables_never_alarm(string overview) =>
        Assert.Empty(Yaml.Validate(Yaml.Report(tables: FiveRequests, overview: overview)));
}
