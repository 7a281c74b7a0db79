using ReportGen.Core.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validation;

/// <summary>The cap on findings per file holds for the rules' findings too, not only the reader's (found by the fuzzer).</summary>
public class FindingsCapTests
{
    [Fact]
    public void A_file_with_thousands_of_contradicting_paragraphs_reports_at_most_the_cap_and_says_how_many_more()
    {
        const string heading = "  - heading: 主动公开情况\n    text: |\n";
        var contradictions = string.Concat(Enumerable.Repeat("      本年共收到政府信息公开申请5件。\n", 1500));
        // Tables with 3 requests, so that each "5件" contradicts them (RG106) rather than an all-zero table (RG105).
        var text = Yaml.SampleWith(heading, heading + contradictions)
            .Replace("2023年，商务和科技局未接到群众主动要求公开政府信息，且无投诉举报等情况。", "", StringComparison.Ordinal)
            .Replace("  new:               [0, 0, 0, 0, 0, 0, 0]", "  new:               [3, 0, 0, 0, 0, 0, 3]", StringComparison.Ordinal)
            .Replace("  granted:           [0, 0, 0, 0, 0, 0, 0]", "  granted:           [3, 0, 0, 0, 0, 0, 3]", StringComparison.Ordinal)
            .Replace("  total:             [0, 0, 0, 0, 0, 0, 0]", "  total:             [3, 0, 0, 0, 0, 0, 3]", StringComparison.Ordinal);
        var findings = Yaml.Validate(text);

        Assert.Equal(DiagnosticBag.MaxItems + 1, findings.Count);
        Assert.Equal(DiagnosticBag.MaxItems, findings.Count(d => d.RuleId == "RG106" && d.YamlPath is not null));
        var omitted = Assert.Single(findings, d => d.YamlPath is null);
        Assert.Contains("还有 500 个问题没有列出", omitted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_line_for_the_findings_left_out_names_a_dropped_error_when_there_is_one_with_that_rules_severity()
    {
        var bag = new DiagnosticBag("x.yaml", new SourceMap());
        for (var i = 0; i <= DiagnosticBag.MaxItems; i++)
        {
            bag.At(RuleCatalog.NumberedHeading, new SourcePosition(i + 1, 1), null, "小标题自带序号");
        }

        bag.At(RuleCatalog.WrongType, new SourcePosition(5000, 3), null, "不是数字");

        var omitted = bag.Items[^1];
        Assert.Equal(("RG004", Severity.Error, 5000), (omitted.RuleId, omitted.Severity, omitted.Line));
        Assert.Contains("还有 2 个问题没有列出", omitted.Message, StringComparison.Ordinal);
        Assert.True(bag.HasErrors);
        Assert.All(bag.Items, d => Assert.Equal(RuleCatalog.Get(d.RuleId).Severity, d.Severity));
    }
}
