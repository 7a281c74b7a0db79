using ReportGen.Core.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validation;

/// <summary>RG015, RG101, RG107, RG109: facts about the report that must be plausible.</summary>
public class PlausibilityRulesTests
{
    private static readonly DateOnly Today = new(2024, 6, 1);

    private static IReadOnlyList<Diagnostic> Validate(string text) => Yaml.Validate(text, today: Today);

    // RG015

    [Theory]
    [InlineData(2020, "早于 2021 年")]
    [InlineData(2025, "晚于今年")]
    public void RG015_a_year_out_of_range_is_an_error_at_the_year(int year, string explanation)
    {
        var text = Yaml.Report(year: year);
        var d = Yaml.Only(Validate(text), "RG015");
        Assert.Equal(Yaml.Locate(text, "year:", "year: ".Length), (d.Line, d.Column));
        Assert.Contains(explanation, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2024)]
    public void RG015_the_first_year_of_the_format_and_the_current_year_are_in_range(int year) =>
        Assert.Empty(Validate(Yaml.Report(year: year, overview: "本年度通过网站公开信息。")));

    // RG101

    private const string Regulations = "proactive:\n  regulations: { issued: 1, repealed: 0, in_force: 3 }\n";

    [Theory]
    [InlineData("department", "county", "县级部门")]
    [InlineData("government", "county", "县级人民政府")]
    [InlineData("government", "township", "乡镇级人民政府")]
    [InlineData("department", "municipal", "市级（设区的市、自治州）部门")]
    [InlineData("department", "provincial", "省级部门")]
    public void RG101_a_body_that_cannot_make_regulations_is_warned_at_the_first_figure(string type, string level, string body)
    {
        var text = Yaml.Report(tables: Regulations, agencyType: type, adminLevel: level);
        var d = Yaml.Only(Validate(text), "RG101");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(Yaml.Locate(text, "issued: 1", "issued: ".Length), (d.Line, d.Column));
        Assert.Contains(body, d.Message, StringComparison.Ordinal);
        Assert.Contains("本年制发件数 1、现行有效件数 3", d.Message, StringComparison.Ordinal);
        Assert.Equal(("0", "1"), (d.Expected, d.Actual));
    }

    [Theory]
    [InlineData("department", "national")]
    [InlineData("government", "provincial")]
    [InlineData("government", "municipal")]
    public void RG101_bodies_that_make_regulations_may_report_them(string type, string level) =>
        Assert.Empty(Validate(Yaml.Report(tables: Regulations, agencyType: type, adminLevel: level)));

    [Fact]
    public void RG101_an_unknown_type_or_level_is_not_judged()
    {
        var text = Yaml.Report(tables: Regulations).Replace("agency_type: department\nadmin_level: county\n", "", StringComparison.Ordinal);
        Assert.Empty(Validate(text));
        var levelOnly = Yaml.Report(tables: Regulations, adminLevel: "municipal").Replace("agency_type: department\n", "", StringComparison.Ordinal);
        Assert.Empty(Validate(levelOnly));
    }

    [Fact]
    public void RG101_a_county_body_without_regulations_is_fine() =>
        Assert.Empty(Validate(Yaml.Report(tables: "proactive:\n  regulations: { issued: 0, repealed: 0, in_force: 0 }\n  normative_documents: { issued: 2, repealed: 0, in_force: 9 }\n")));

    // RG107

    [Theory]
    [InlineData("department", "county", "234567", "23.4567")]
    [InlineData("government", "county", "100000", "10")]
    [InlineData("government", "township", "15000", "1.5")]
    [InlineData("department", "municipal", "1200000", "120")]
    [InlineData("government", "municipal", "35000000.50", "3500.00005")]
    [InlineData("department", "provincial", "25000000", "2500")]
    [InlineData("government", "national", "150000000", "15000")]
    public void RG107_a_fee_implausibly_large_in_万元_for_the_level_is_warned_with_the_amount_in_万元(string type, string level, string fee, string inWan)
    {
        var text = Yaml.Report(tables: $"proactive:\n  fees: {fee}\n", agencyType: type, adminLevel: level);
        var d = Yaml.Only(Validate(text), "RG107");
        Assert.Equal(Yaml.Locate(text, "fees:", "fees: ".Length), (d.Line, d.Column));
        Assert.Equal((inWan, fee), (d.Expected, d.Actual));
        Assert.Contains("单位是万元", d.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Real published amounts in 万元 that the rule once mistook for 元 (two decimals, thousands of 万元 below
    /// the provincial level), and the edge of each level's line.
    /// </summary>
    [Theory]
    [InlineData("government", "county", "9116.36")]
    [InlineData("government", "county", "7730.28")]
    [InlineData("department", "county", "5949.09")]
    [InlineData("department", "county", "18651.06")]
    [InlineData("department", "county", "99999.99")]
    [InlineData("department", "county", "12.35")]
    [InlineData("department", "county", "0.000001")]
    [InlineData("government", "township", "85.2")]
    [InlineData("government", "township", "9999.99")]
    [InlineData("government", "municipal", "96171.6")]
    [InlineData("department", "municipal", "12000")]
    [InlineData("department", "provincial", "250000")]
    [InlineData("department", "provincial", "1500.25")]
    [InlineData("department", "national", "600000")]
    public void RG107_plausible_amounts_in_万元_are_fine(string type, string level, string fee) =>
        Assert.Empty(Validate(Yaml.Report(tables: $"proactive:\n  fees: {fee}\n", agencyType: type, adminLevel: level)));

    [Fact]
    public void RG107_an_unknown_level_is_held_to_a_citys_line()
    {
        var text = Yaml.Report(tables: "proactive:\n  fees: 999999\n").Replace("admin_level: county\n", "", StringComparison.Ordinal);
        Assert.Empty(Validate(text));
        Assert.Equal("RG107", Assert.Single(Validate(text.Replace("fees: 999999", "fees: 1000000", StringComparison.Ordinal))).RuleId);
    }

    // RG109

    [Theory]
    [InlineData("department", "2024-02-01", "2024年1月31日")]
    [InlineData("government", "2024-04-01", "2024年3月31日")]
    public void RG109_a_report_published_after_the_deadline_is_warned(string type, string date, string deadline)
    {
        var text = Yaml.Report(top: $"publish_date: {date}\n", agencyType: type);
        var d = Yaml.Only(Validate(text), "RG109");
        Assert.Equal(Yaml.Locate(text, "publish_date:", "publish_date: ".Length), (d.Line, d.Column));
        Assert.Contains("晚于法定期限 " + deadline, d.Message, StringComparison.Ordinal);
        Assert.Equal(date, d.Actual);
    }

    [Fact]
    public void RG109_without_a_type_the_departments_deadline_applies_and_is_said()
    {
        var text = Yaml.Report(top: "publish_date: 2024-03-01\n").Replace("agency_type: department\n", "", StringComparison.Ordinal);
        var d = Yaml.Only(Validate(text), "RG109");
        Assert.Contains("未填 agency_type", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("department", "2024-01-31")]
    [InlineData("department", "2024-01-01")]
    [InlineData("government", "2024-03-31")]
    [InlineData("government", "2024年2月10日")]
    public void RG109_a_report_published_in_time_is_fine(string type, string date) =>
        Assert.Empty(Validate(Yaml.Report(top: $"publish_date: {date}\n", agencyType: type)));

    [Fact]
    public void RG109_a_report_dated_before_its_year_ended_is_warned()
    {
        var text = Yaml.Report(top: "publish_date: 2023-12-20\n");
        var d = Yaml.Only(Validate(text), "RG109");
        Assert.Contains("早于统计期限的结束", d.Message, StringComparison.Ordinal);
        Assert.Equal("> 2023-12-31", d.Expected);
    }

    [Fact]
    public void RG109_is_not_judged_for_a_year_out_of_range_even_the_last_representable_one()
    {
        var found = Validate(Yaml.Report(year: 9999, top: "publish_date: 2024-01-20\n"));
        Assert.Equal(["RG015"], found.Select(d => d.RuleId).Distinct());
    }
}
