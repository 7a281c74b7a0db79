using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validation;

public class ArithmeticRulesTests
{
    [Fact]
    public void Sample_has_no_findings() => Assert.Empty(Yaml.Validate(Yaml.SampleText));

    [Fact]
    public void RG010_balance_broken_in_one_column_is_reported_at_that_columns_carried_forward_cell()
    {
        var text = Yaml.Replace(Yaml.SampleWithRequestsAllowed(), "  new:               [0, 0, 0, 0, 0, 0, 0]", "  new:               [0, 2, 0, 0, 0, 0]")
            .Replace("  total:             [0, 0, 0, 0, 0, 0, 0]\n", "", StringComparison.Ordinal);
        var d = Assert.Single(Yaml.Validate(text));
        Assert.Equal("RG010", d.RuleId);
        Assert.Equal("requests.carried_forward[1]", d.YamlPath);
        Assert.Contains("商业企业", d.Message, StringComparison.Ordinal);
        Assert.Equal(("2", "0"), (d.Expected, d.Actual));
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.StartsWith("  carried_forward:", StringComparison.Ordinal)) + 1, d.Line);
    }

    [Fact]
    public void RG010_passes_when_the_outcomes_account_for_every_request()
    {
        var text = Yaml.Replace(Yaml.SampleWithRequestsAllowed(), "  new:               [0, 0, 0, 0, 0, 0, 0]", "  new:               [4, 1, 0, 0, 0, 0]")
            .Replace("  granted:           [0, 0, 0, 0, 0, 0, 0]", "  granted:           [3, 1, 0, 0, 0, 0]", StringComparison.Ordinal)
            .Replace("  carried_forward:   [0, 0, 0, 0, 0, 0, 0]", "  carried_forward:   [1, 0, 0, 0, 0, 0]", StringComparison.Ordinal)
            .Replace("  total:             [0, 0, 0, 0, 0, 0, 0]\n", "", StringComparison.Ordinal);
        Assert.Empty(Yaml.Validate(text));
    }

    private const string Handled = "2023年，我局依法办理政府信息公开申请。";

    [Fact]
    public void RG011_a_given_total_row_that_differs_from_the_outcomes_is_reported_in_that_column()
    {
        var text = Yaml.Report(overview: Handled, tables:
            "requests:\n  new: [0, 0, 3, 0, 0, 0]\n  granted: [0, 0, 2, 0, 0, 0]\n  partially_granted: [0, 0, 1, 0, 0, 0]\n  total: [0, 0, 2, 0, 0, 0]\n");
        var found = Yaml.Validate(text);
        var d = Assert.Single(found, d => d.RuleId == "RG011");
        Assert.Equal(Yaml.Locate(text, "total: [0, 0, 2", "total: [0, 0, ".Length), (d.Line, d.Column));
        Assert.Contains("（七）总计·科研机构", d.Message, StringComparison.Ordinal);
        Assert.Equal(("3", "2"), (d.Expected, d.Actual));
        // The given total also breaks the balance of that column: both are reported, nothing else.
        Assert.Equal(["RG010", "RG011"], found.Select(f => f.RuleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RG011_a_total_row_that_matches_or_is_left_out_is_fine()
    {
        const string rows = "requests:\n  new: [0, 0, 3, 0, 0, 0]\n  granted: [0, 0, 2, 0, 0, 0]\n  partially_granted: [0, 0, 1, 0, 0, 0]\n";
        Assert.Empty(Yaml.Validate(Yaml.Report(overview: Handled, tables: rows)));
        Assert.Empty(Yaml.Validate(Yaml.Report(overview: Handled, tables: rows + "  total: [0, 0, 3, 0, 0, 0, 3]\n")));
    }

    [Fact]
    public void RG012_a_row_total_that_differs_from_its_six_columns_is_reported_at_the_seventh_number()
    {
        var text = Yaml.Report(overview: Handled, tables: "requests:\n  new: [3, 1, 0, 0, 0, 0, 5]\n  granted: [3, 1, 0, 0, 0, 0, 4]\n");
        var d = Yaml.Only(Yaml.Validate(text), "RG012");
        Assert.Equal(Yaml.Locate(text, "0, 0, 5]", "0, 0, ".Length), (d.Line, d.Column));
        Assert.Equal("requests.new[6]", d.YamlPath);
        Assert.Equal(("4", "5"), (d.Expected, d.Actual));
    }

    [Fact]
    public void RG013_a_table_four_total_that_differs_from_its_outcomes_is_reported_at_the_fifth_number()
    {
        var text = Yaml.Report(overview: "本年度因政府信息公开被申请行政复议2件。", tables: "reviews_and_litigation:\n  review: [1, 1, 0, 0, 3]\n");
        var d = Yaml.Only(Yaml.Validate(text), "RG013");
        Assert.Equal(Yaml.Locate(text, "0, 0, 3]", "0, 0, ".Length), (d.Line, d.Column));
        Assert.Contains("结果维持 1 + 结果纠正 1", d.Message, StringComparison.Ordinal);
        Assert.Empty(Yaml.Validate(text.Replace("[1, 1, 0, 0, 3]", "[1, 1, 0, 0, 2]", StringComparison.Ordinal)));
    }
}
