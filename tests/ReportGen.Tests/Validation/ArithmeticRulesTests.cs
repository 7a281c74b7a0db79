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
}
