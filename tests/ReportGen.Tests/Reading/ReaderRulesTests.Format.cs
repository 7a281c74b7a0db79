using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Reading;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Reading;

public partial class ReaderRulesTests
{
    // RG007

    [Theory]
    [InlineData("2019", "2019 年试行格式")]
    [InlineData("\"2019\"", "2019 年试行格式")]
    [InlineData("2020", "不支持的格式")]
    [InlineData("\"2021\"", "不支持的格式")]
    public void RG007_a_format_other_than_2021_is_refused(string value, string explanation)
    {
        var text = Yaml.Report().Replace("format: 2021", "format: " + value, StringComparison.Ordinal);
        var d = Yaml.Only(Validate(text), "RG007");
        AssertAt(d, text, "format:", "format: ".Length);
        Assert.Contains(explanation, d.Message, StringComparison.Ordinal);
        Assert.Equal("2021", d.Expected);
    }

    [Theory]
    [InlineData("proactive:\n  regulations: { 本年新制作数量: 1 }\n", "本年新制作数量")]
    [InlineData("proactive:\n  政府集中采购: 3\n", "政府集中采购")]
    [InlineData("proactive:\n  对外公开总数量: 3\n", "对外公开总数量")]
    public void RG007_labels_of_the_2019_trial_format_are_refused(string tables, string label)
    {
        var text = Yaml.Report(tables: tables);
        var d = Yaml.Only(Validate(text), "RG007");
        AssertAt(d, text, label);
        Assert.Contains("2019 年试行格式", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG007_a_single_row_for_其他处理_is_the_2019_layout()
    {
        var text = Yaml.Report(tables: "requests:\n  other: [0, 0, 0, 0, 0, 0]\n");
        var d = Yaml.Only(Validate(text), "RG007");
        AssertAt(d, text, "[0, 0, 0, 0, 0, 0]");
        Assert.Contains("overdue_correction", d.Message, StringComparison.Ordinal);
    }

    // RG008

    [Fact]
    public void RG008_anchors_and_aliases_are_refused_where_they_stand()
    {
        var text = Yaml.Report(tables: "requests:\n  new: &zero [0, 0, 0, 0, 0, 0]\n  carried_over: *zero\n");
        var found = Validate(text);
        Assert.Equal(["RG008", "RG008"], found.Select(d => d.RuleId));
        AssertAt(found[0], text, "&zero");
        AssertAt(found[1], text, "*zero");
    }

    // RG009

    [Theory]
    [InlineData('\u0007')]
    [InlineData('\u001B')]
    [InlineData('\u0085')]
    [InlineData('\uFFFF')]
    public void RG009_a_control_character_in_the_file_is_reported_where_it_stands(char character)
    {
        var text = Yaml.Report(problems: "工作人员业务能力有待提高。" + character);
        var d = Yaml.Only(Validate(text), "RG009");
        AssertAt(d, text, "。" + character, 1);
        Assert.Contains("U+" + ((int)character).ToString("X4", System.Globalization.CultureInfo.InvariantCulture), d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\x07", "U+0007")]
    [InlineData("\\e", "U+001B")]
    [InlineData("\\u202E", "文字方向控制符")]
    [InlineData("\\u2066", "文字方向控制符")]
    public void RG009_a_character_written_as_an_escape_is_reported_at_its_text(string escape, string named)
    {
        var text = Yaml.Report(top: $"title: \"测试{escape}标题\"\n");
        var d = Yaml.Only(Validate(text), "RG009");
        AssertAt(d, text, "\"测试");
        Assert.Contains("标题", d.Message, StringComparison.Ordinal);
        Assert.Contains(named, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG009_characters_beyond_the_basic_plane_are_text()
    {
        var text = Yaml.Report(problems: "生僻字𠀀与表情😀都能排版。");
        Assert.Empty(Validate(text));
    }

    // RG016

    [Fact]
    public void RG016_a_paragraph_longer_than_ten_thousand_characters_is_reported_at_its_own_line()
    {
        var text = Yaml.Report(problems: "第一段。\n" + new string('字', ValueReaderLimits.MaxParagraph + 1));
        var d = Yaml.Only(Validate(text), "RG016");
        AssertAt(d, text, "字字字");
        Assert.Equal("problems[1]", d.YamlPath);
    }

    [Fact]
    public void RG016_a_paragraph_of_exactly_the_limit_is_accepted() =>
        Assert.Empty(Validate(Yaml.Report(problems: new string('字', ValueReaderLimits.MaxParagraph))));

    // RG110

    [Theory]
    [InlineData("（一）主动公开情况", "（一）")]
    [InlineData("(一) 主动公开情况", "(一)")]
    [InlineData("一、主动公开情况", "一、")]
    [InlineData("1.主动公开情况", "1.")]
    [InlineData("2、主动公开情况", "2、")]
    public void RG110_a_heading_typed_with_its_number_is_normalised_and_warned_about(string heading, string number)
    {
        var text = Yaml.Report().Replace("heading: 总体情况", "heading: " + heading, StringComparison.Ordinal);
        var d = Yaml.Only(Validate(text), "RG110");
        AssertAt(d, text, heading);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains(number, d.Message, StringComparison.Ordinal);
        Assert.Equal("主动公开情况", d.Expected);
        Assert.Equal("主动公开情况", Yaml.Read(text).Report!.Overview[0].Heading);
    }

    [Theory]
    [InlineData("主动公开情况")]
    [InlineData("一网通办建设情况")]
    [InlineData("12345热线办理情况")]
    public void RG110_a_heading_without_a_number_is_left_alone(string heading) =>
        Assert.Empty(Validate(Yaml.Report().Replace("heading: 总体情况", "heading: " + heading, StringComparison.Ordinal)));

    // RG112

    [Fact]
    public void RG112_a_GBK_file_is_read_correctly_and_warned_about()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var result = ReportReader.Read("gbk.yaml", Encoding.GetEncoding("GB18030").GetBytes(Yaml.Report()));
        var d = Yaml.Only(result.Diagnostics, "RG112");
        Assert.Equal((0, 0), (d.Line, d.Column));
        Assert.Contains("GB18030", d.Message, StringComparison.Ordinal);
        Assert.Equal("测试县测试局", result.Report!.Agency);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RG112_a_UTF16_file_with_its_BOM_is_read_correctly_and_warned_about(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var result = ReportReader.Read("u16.yaml", [.. encoding.GetPreamble(), .. encoding.GetBytes(Yaml.Report())]);
        var d = Yaml.Only(result.Diagnostics, "RG112");
        Assert.Contains("UTF-16", d.Message, StringComparison.Ordinal);
        Assert.Equal("测试县测试局", result.Report!.Agency);
    }

    [Fact]
    public void RG112_UTF8_with_a_BOM_is_the_format_itself()
    {
        var result = ReportReader.Read("bom.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Yaml.Report())]);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("测试县测试局", result.Report!.Agency);
    }

    [Fact]
    public void Bytes_that_are_neither_UTF8_nor_GB18030_are_refused_not_read_as_garbage()
    {
        var d = Yaml.Only(ReportReader.Read("bad.yaml", [0x61, 0x3A, 0x20, 0x81, 0x30, 0x0A]).Diagnostics, "RG001");
        Assert.Contains("既不是 UTF-8 也不是 GB18030", d.Message, StringComparison.Ordinal);
    }

    // Positions of paragraphs

    [Fact]
    public void Each_paragraph_of_a_literal_block_is_placed_at_its_own_line_and_first_character()
    {
        var text = Yaml.Report(problems: "第一段。\n\n\u3000\u3000第二段缩进了两个全角空格。");
        var map = Yaml.Read(text).Map;
        Assert.Equal(Yaml.Locate(text, "第一段"), ToTuple(map.Locate("problems[0]")));
        Assert.Equal(Yaml.Locate(text, "第二段"), ToTuple(map.Locate("problems[1]")));
        Assert.Equal(Yaml.Locate(text, "2023年，我局"), ToTuple(map.Locate("overview[0].text[0]")));
    }

    private static (int, int) ToTuple(SourcePosition p) => (p.Line, p.Column);

    /// <summary>The reader's limits, restated so a test fails if they change silently.</summary>
    private static class ValueReaderLimits
    {
        public const int MaxParagraph = 10_000;
    }
}
