using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Reading;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Reading;

/// <summary>
/// The rules the reader enforces, each where a user would look: RG001–RG006 here, RG007–RG009, RG016, RG110
/// and RG112 in ReaderRulesTests.Format.cs.
/// </summary>
public partial class ReaderRulesTests
{
    private static IReadOnlyList<Diagnostic> Validate(string text) => Yaml.Validate(text);

    private static void AssertAt(Diagnostic d, string text, string needle, int offset = 0) =>
        Assert.Equal(Yaml.Locate(text, needle, offset), (d.Line, d.Column));

    [Fact]
    public void A_small_report_and_the_sample_read_cleanly()
    {
        Assert.Empty(Validate(Yaml.Report()));
        Assert.Empty(Validate(Yaml.SampleText));
    }

    // RG001

    [Fact]
    public void RG001_an_unclosed_quote_is_a_syntax_error_and_nothing_else_is_checked()
    {
        var text = Yaml.Report(top: "title: \"测试县测试局2023年报告\n", tables: "requests:\n  new: [1, 0, 0, 0, 0, 0]\n");
        var d = Yaml.Only(Validate(text), "RG001");
        Assert.StartsWith("YAML 语法错误", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG001_an_unclosed_list_followed_by_a_key_is_a_syntax_error_not_a_crash()
    {
        var text = Yaml.Report(tables: "requests:\n  new: [1, 0, 0, 0, 0, 0\n  granted: [1, 0, 0, 0, 0, 0]\n");
        var d = Yaml.Only(Validate(text), "RG001");
        Assert.Equal(Yaml.Locate(text, "  new:").Line, d.Line);
        Assert.Contains("没有正确结束", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG001_tab_indentation_is_reported_at_the_tab()
    {
        var text = Yaml.Report(tables: "requests:\n  new: [0, 0, 0, 0, 0, 0]\n\tgranted: [0, 0, 0, 0, 0, 0]\n");
        var d = Yaml.Only(Validate(text), "RG001");
        AssertAt(d, text, "\tgranted");
        Assert.Contains("制表符", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG001_tabs_inside_block_text_are_text_not_indentation()
    {
        var text = Yaml.Report(problems: "一是\t制度不健全。");
        Assert.Empty(Validate(text));
    }

    [Fact]
    public void RG001_nesting_deeper_than_sixteen_levels_is_refused()
    {
        var deep = "extra:\n" + string.Concat(Enumerable.Range(1, 20).Select(i => new string(' ', 2 * i) + "k" + i + ":\n")) + new string(' ', 42) + "v: 1\n";
        var text = Yaml.Report() + deep;
        var d = Yaml.Only(Validate(text), "RG001");
        Assert.Contains("嵌套过深", d.Message, StringComparison.Ordinal);
        Assert.Equal(Yaml.Locate(text, "k16:").Line, d.Line);
    }

    [Fact]
    public void RG001_a_file_too_large_is_refused_as_a_whole()
    {
        var bytes = Encoding.UTF8.GetBytes(Yaml.Report() + "# " + new string('x', 2 * 1024 * 1024) + "\n");
        var d = Yaml.Only(ReportReader.Read("big.yaml", bytes).Diagnostics, "RG001");
        Assert.Equal((0, 0), (d.Line, d.Column));
        Assert.Contains("文件过大", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG001_a_binary_file_is_refused_naming_the_NUL_byte()
    {
        var d = Yaml.Only(ReportReader.Read("x.yaml", [0x66, 0x00, 0x6F]).Diagnostics, "RG001");
        Assert.Contains("NUL", d.Message, StringComparison.Ordinal);
    }

    // RG002

    [Fact]
    public void RG002_a_misspelt_key_gets_the_closest_allowed_one()
    {
        var text = Yaml.Report().Replace("agency_type:", "agency_typ:", StringComparison.Ordinal);
        var d = Yaml.Only(Validate(text), "RG002");
        AssertAt(d, text, "agency_typ:");
        Assert.Contains("您是不是想写“agency_type”（机关类型）", d.Message, StringComparison.Ordinal);
        Assert.Equal(("agency_type", "agency_typ"), (d.Expected, d.Actual));
    }

    [Fact]
    public void RG002_a_chinese_label_typed_as_a_key_points_to_its_key()
    {
        var text = Yaml.Report(tables: "requests:\n  本年新收: [0, 0, 0, 0, 0, 0]\n");
        var d = Yaml.Only(Validate(text), "RG002");
        AssertAt(d, text, "本年新收:");
        Assert.Equal("new", d.Expected);
        Assert.Contains("carried_forward", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("requests:\n  not_held: [0, 0, 0, 0, 0, 0]\n", "not_held:", "requests.unable.not_held", "1.本机关不掌握相关政府信息")]
    [InlineData("requests:\n  denied:\n    duplicate: [0, 0, 0, 0, 0, 0]\n", "duplicate:", "requests.not_processed.duplicate", "2.重复申请")]
    [InlineData("requests:\n  unable:\n    carried_forward: [0, 0, 0, 0, 0, 0]\n", "carried_forward:", "requests.carried_forward", "四、结转下年度继续办理")]
    public void RG002_a_row_written_at_the_wrong_level_is_told_where_it_belongs(string tables, string key, string expected, string label)
    {
        var text = Yaml.Report(tables: tables);
        var d = Yaml.Only(Validate(text), "RG002");
        AssertAt(d, text, key);
        Assert.Equal(expected, d.Expected);
        Assert.Contains(label, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG002_a_key_like_nothing_lists_the_allowed_keys_without_guessing()
    {
        var text = Yaml.Report(top: "remarks: 无\n");
        var d = Yaml.Only(Validate(text), "RG002");
        Assert.Null(d.Expected);
        Assert.Contains("other_matters", d.Message, StringComparison.Ordinal);
    }

    // RG003

    [Fact]
    public void RG003_a_duplicate_key_is_reported_at_its_second_occurrence_naming_the_first()
    {
        var text = Yaml.Report(top: "year: 2022\n");
        var d = Yaml.Only(Validate(text), "RG003");
        AssertAt(d, text, "year: 2022");
        Assert.Contains($"第 {Yaml.Locate(text, "year: 2023").Line} 行已经写过", d.Message, StringComparison.Ordinal);
    }

    // RG004

    [Theory]
    [InlineData("\"5\"", "带引号", "\"5\"")]
    [InlineData("'5'", "带引号", "\"5\"")]
    [InlineData("010", "以 0 开头", "010")]
    [InlineData("1e3", "科学计数法", "1e3")]
    [InlineData("0x1F", "十六进制", "0x1F")]
    [InlineData("-0", "负", "-0")]
    [InlineData("-3", "负", "-3")]
    [InlineData("3.5", "小数", "3.5")]
    [InlineData("~", "空", "空")]
    [InlineData("", "空", "空")]
    [InlineData("null", "空", "空")]
    [InlineData("/", "不能填“/”或“-”", "/")]
    [InlineData("\"-\"", "不能填“/”或“-”", "-")]
    [InlineData("无", "不能填“/”或“-”", "无")]
    [InlineData("yes", "是/否", "yes")]
    [InlineData("true", "是/否", "true")]
    [InlineData(".nan", "特殊数值", ".nan")]
    [InlineData(".inf", "特殊数值", ".inf")]
    [InlineData("１２", "全角数字", "１２")]
    [InlineData("1,200", "逗号", "1,200")]
    [InlineData("12件", "带了单位", "12件")]
    [InlineData("1234567890", "过大", "1234567890")]
    [InlineData("[1]", "整数", null)]
    public void RG004_a_count_that_is_not_a_plain_whole_number_is_refused_naming_its_cell(string value, string explanation, string? actual)
    {
        var text = Yaml.Report(tables: $"proactive:\n  licensing: {value}\n");
        var d = Yaml.Only(Validate(text), "RG004");
        Assert.Equal(Yaml.Locate(text, "licensing:").Line, d.Line);
        // An empty value stands right after the colon.
        Assert.Equal(Yaml.Locate(text, "licensing:", value.Length == 0 ? "licensing:".Length : "licensing: ".Length).Column, d.Column);
        Assert.Contains("行政许可·本年处理决定数量", d.Message, StringComparison.Ordinal);
        Assert.Contains(explanation, d.Message, StringComparison.Ordinal);
        Assert.Equal(actual, d.Actual);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("12")]
    [InlineData("999999999")]
    public void RG004_plain_whole_numbers_are_counts(string value) =>
        Assert.Empty(Validate(Yaml.Report(tables: $"proactive:\n  licensing: {value}\n")));

    [Theory]
    [InlineData("-1", "负")]
    [InlineData("1,234.5", "逗号")]
    [InlineData("12.1234567", "最多 6 位小数")]
    [InlineData("\"5\"", "不要加引号")]
    [InlineData("/", "没有收费就填 0")]
    [InlineData("05.5", "以 0 开头")]
    [InlineData("1234567890", "过大")]
    public void RG004_a_fee_that_is_not_a_decimal_in_万元_is_refused(string value, string explanation)
    {
        var text = Yaml.Report(tables: $"proactive:\n  fees: {value}\n");
        var d = Yaml.Only(Validate(text), "RG004");
        AssertAt(d, text, "fees:", "fees: ".Length);
        Assert.Contains("行政事业性收费·本年收费金额（单位：万元）", d.Message, StringComparison.Ordinal);
        Assert.Contains(explanation, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.35")]
    [InlineData("96171.6")]
    [InlineData("24252.311082")]
    public void RG004_decimal_fees_are_read(string value) =>
        Assert.Empty(Validate(Yaml.Report(tables: $"proactive:\n  fees: {value}\n", adminLevel: "provincial")));

    [Fact]
    public void RG004_every_wrong_cell_of_a_row_is_reported_not_just_the_first()
    {
        var text = Yaml.Report(tables: "requests:\n  new: [1, \"2\", -1, 0, x, 0]\n");
        var found = Validate(text);
        Assert.Equal(["requests.new[1]", "requests.new[2]", "requests.new[4]"], found.Select(d => d.YamlPath));
        Assert.All(found, d => Assert.Equal("RG004", d.RuleId));
        Assert.Contains("一、本年新收政府信息公开申请数量·商业企业", found[0].Message, StringComparison.Ordinal);
    }

    // RG005

    [Theory]
    [InlineData("requests:\n  new: [0, 0, 0, 0, 0]\n", "new:", "一、本年新收政府信息公开申请数量", "5")]
    [InlineData("requests:\n  new: [0, 0, 0, 0, 0, 0, 0, 0]\n", "new:", "一、本年新收政府信息公开申请数量", "8")]
    [InlineData("reviews_and_litigation:\n  review: [0, 0, 0]\n", "review:", "行政复议", "3")]
    [InlineData("reviews_and_litigation:\n  litigation_after_review: [0, 0, 0, 0, 0, 0]\n", "litigation_after_review:", "行政诉讼·复议后起诉", "6")]
    public void RG005_a_row_of_the_wrong_length_is_reported_at_the_row(string tables, string key, string label, string count)
    {
        var text = Yaml.Report(tables: tables);
        var d = Yaml.Only(Validate(text), "RG005");
        AssertAt(d, text, key, key.Length + 1);
        Assert.Contains(label, d.Message, StringComparison.Ordinal);
        Assert.Equal(count, d.Actual);
    }

    [Theory]
    [InlineData("requests:\n  new: [0, 0, 0, 0, 0, 0]\n  granted: [0, 0, 0, 0, 0, 0, 0]\n")]
    [InlineData("reviews_and_litigation:\n  review: [0, 0, 0, 0]\n  litigation_direct: [0, 0, 0, 0, 0]\n")]
    public void RG005_rows_with_or_without_their_total_are_right(string tables) =>
        Assert.Empty(Validate(Yaml.Report(tables: tables)));

    // RG006

    [Theory]
    [InlineData("format")]
    [InlineData("year")]
    [InlineData("agency")]
    public void RG006_a_missing_required_scalar_is_reported(string key)
    {
        var text = Yaml.WithoutKey(Yaml.Report(), key);
        var d = Assert.Single(Validate(text), d => d.RuleId == "RG006");
        Assert.Equal(key, d.YamlPath);
        Assert.Contains($"缺少必填的“{key}”", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("overview", "一、总体情况")]
    [InlineData("problems", "五、存在的主要问题及改进情况")]
    [InlineData("other_matters", "六、其他需要报告的事项")]
    public void RG006_a_missing_section_is_reported_with_its_heading(string key, string heading)
    {
        var text = Yaml.WithoutKey(Yaml.Report(), key);
        var d = Yaml.Only(Validate(text), "RG006");
        Assert.Contains(heading, d.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (d.Line, d.Column));
    }

    [Theory]
    [InlineData("agency: \"\"", "agency: \"\"")]
    [InlineData("agency:", "agency:")]
    public void RG006_an_empty_required_value_is_reported_where_it_stands(string replacement, string needle)
    {
        var text = Yaml.Report().Replace("agency: 测试县测试局", replacement, StringComparison.Ordinal);
        var d = Yaml.Only(Validate(text), "RG006");
        Assert.Equal(Yaml.Locate(text, needle).Line, d.Line);
    }

    [Fact]
    public void RG006_an_empty_list_of_sub_sections_is_reported()
    {
        var text = Yaml.Report().Replace("overview:\n  - heading: 总体情况\n    text: |\n      2023年，我局通过县政府门户网站主动公开政府信息42条。\n", "overview: []\n", StringComparison.Ordinal);
        var d = Yaml.Only(Validate(text), "RG006");
        AssertAt(d, text, "[]");
    }

    [Theory]
    [InlineData("\n  \n", "文件是空的")]
    [InlineData("# 只有注释\n", "只有注释")]
    [InlineData("---\n...\n", "只有注释")]
    public void RG006_a_file_without_content_is_reported(string text, string explanation)
    {
        var d = Yaml.Only(ReportReader.Read("empty.yaml", Encoding.UTF8.GetBytes(text)).Diagnostics, "RG006");
        Assert.Contains(explanation, d.Message, StringComparison.Ordinal);
    }
}
