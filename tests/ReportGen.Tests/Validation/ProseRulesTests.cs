using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validation;

/// <summary>RG103 (信息处理费 in section 六) and RG108 (the legal basis cited).</summary>
public class ProseRulesTests
{
    // RG103

    [Theory]
    [InlineData("无需要报告的其他事项。")]
    [InlineData("本年度我局未收取任何费用。")]
    [InlineData("本年度未发生收费情况。")]
    public void RG103_section_six_without_the_processing_fee_is_warned_at_its_key(string otherMatters)
    {
        var text = Yaml.Report(otherMatters: otherMatters);
        var d = Yaml.Only(Yaml.Validate(text), "RG103");
        Assert.Equal(Yaml.Locate(text, "other_matters:"), (d.Line, d.Column));
        Assert.Contains("信息处理费", d.Message, StringComparison.Ordinal);
        Assert.Contains("国办函〔2020〕109号", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本年度未收取信息处理费。")]
    [InlineData("按照《政府信息公开信息处理费管理办法》，2023年度我局未发生收取信息处理费的情况。")]
    [InlineData("本机关全年未收取政府信息公开处理费。")]
    [InlineData("依申请公开未收取任何处理费用。")]
    [InlineData("本年度收取信息 处理费 0 元。")]
    public void RG103_any_usual_wording_of_the_fee_statement_is_enough(string otherMatters) =>
        Assert.Empty(Yaml.Validate(Yaml.Report(otherMatters: otherMatters)));

    [Fact]
    public void RG103_a_sub_section_headed_with_the_fee_counts()
    {
        var text = Yaml.Report().Replace("other_matters: |\n  本年度未收取信息处理费。",
            "other_matters:\n  - heading: 信息处理费收取情况\n    text: 无。", StringComparison.Ordinal);
        Assert.Empty(Yaml.Validate(text));
    }

    // RG108

    private static string WithPreface(string preface) => Yaml.Report(top: "preface: |\n  " + preface + "\n");

    [Theory]
    [InlineData("国办公开函〔2021〕30号")]
    [InlineData("国办公开办〔2021〕30号")]
    [InlineData("国办公开办函[2021]30号")]
    [InlineData("国办公开办函（2021）30号")]
    public void RG108_a_mistyped_number_of_the_notice_is_warned_with_the_right_one(string written)
    {
        var text = WithPreface($"本报告根据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开年度报告格式〉的通知》（{written}）要求编制。");
        var d = Yaml.Only(Yaml.Validate(text), "RG108");
        Assert.Equal(Yaml.Locate(text, "本报告根据"), (d.Line, d.Column));
        Assert.Equal("preface[0]", d.YamlPath);
        Assert.Equal(("国办公开办函〔2021〕30号", written), (d.Expected, d.Actual));
    }

    [Theory]
    [InlineData("本报告按照国办公开办函〔2019〕60号要求编制。", "〔2019〕60号")]
    [InlineData("本报告按照国办公开办函[2019]60号要求编制。", "[2019]60号")]
    [InlineData("根据《中华人民共和国政府信息公开工作年度报告格式（试行）》编制。", "格式（试行）")]
    [InlineData("根据《中华人民共和国政府信息公开条例》（国务院令第492号）编制。", "国务院令第492号")]
    public void RG108_an_outdated_basis_is_warned(string preface, string quoted)
    {
        var d = Yaml.Only(Yaml.Validate(WithPreface(preface)), "RG108");
        Assert.Equal(quoted, d.Actual);
    }

    [Fact]
    public void RG108_the_overview_is_checked_too()
    {
        var text = Yaml.Report(overview: "我局按照国办公开函〔2021〕30号的要求编制本报告。");
        var d = Yaml.Only(Yaml.Validate(text), "RG108");
        Assert.Equal("overview[0].text[0]", d.YamlPath);
    }

    [Theory]
    [InlineData("本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）和国办公开办函〔2021〕30号要求编制。")]
    [InlineData("根据县政办发〔2021〕30号文件要求，结合本局实际编制。")]
    [InlineData("根据《某某县政务公开工作考核办法（试行）》开展考核。")]
    public void RG108_the_right_basis_and_other_documents_are_fine(string preface) =>
        Assert.Empty(Yaml.Validate(WithPreface(preface)));

    [Fact]
    public void RG108_the_seed_reports_mistake_is_caught()
    {
        var preface = File.ReadAllLines(Repository.PublishedSeedText).First(l => l.StartsWith("本年度报告根据", StringComparison.Ordinal)).Trim();
        Assert.Equal("国办公开函〔2021〕30号", Yaml.Only(Yaml.Validate(WithPreface(preface)), "RG108").Actual);
    }
}
