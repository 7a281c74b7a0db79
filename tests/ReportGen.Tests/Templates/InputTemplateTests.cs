using CsCheck;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Templates;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Templates;

public class InputTemplateTests
{
    private static readonly string Template = InputTemplate.Create(new InputTemplateOptions { Year = 2023 });

    [Fact]
    public void First_line_points_the_editor_at_the_schema_file_beside_it() =>
        Assert.Equal("# yaml-language-server: $schema=" + InputSchema.FileName, Template.Split('\n')[0]);

    [Fact]
    public void Template_parses_with_the_real_reader_and_only_the_blanks_for_the_clerk_are_reported()
    {
        var read = Yaml.Read(Template);

        Assert.NotNull(read.Report);
        Assert.Equal(2023, read.Report.Year);
        Assert.All(read.Diagnostics, d => Assert.Equal(RuleCatalog.MissingKey.Id, d.RuleId));
        var blanks = read.Diagnostics.Select(d => d.YamlPath).ToList();
        Assert.Equal(
            ["agency", .. FormatCatalog.OverviewTopics.Select((_, i) => $"overview[{i}].text"), "problems", "other_matters[0].text"],
            blanks);
    }

    [Fact]
    public void Filled_in_agency_and_prose_are_all_a_clerk_needs_for_a_valid_file()
    {
        var filled = Clerk.Fill(Template, agency: "石拐区商务和科技局");

        var findings = Yaml.Validate(filled, today: new DateOnly(2024, 1, 15));

        Assert.DoesNotContain(findings, d => d.IsError);
        var report = Yaml.Read(filled).Report!;
        Assert.Equal("石拐区商务和科技局", report.Agency);
        Assert.Equal(FormatCatalog.OverviewTopics, report.Overview.Select(s => s.Heading));
        Assert.Equal(FormatCatalog.FeeStatementHeading, Assert.Single(report.OtherMatters).Heading);
    }

    [Fact]
    public void Every_key_and_label_of_the_catalog_is_in_the_template()
    {
        var proactive = FormatCatalog.ProactiveTable;
        var requests = FormatCatalog.RequestTable;
        var reviews = FormatCatalog.ReviewTable;
        var fields = InputFields.TopLevel.Concat(InputFields.Contact).Concat(InputFields.ProseItem).ToList();
        IEnumerable<string> keys =
        [
            .. fields.Select(f => f.Key),
            .. proactive.Items.Select(i => i.Key), .. proactive.DocumentColumns.Select(c => c.Key),
            .. requests.Rows.Select(r => r.Key), .. requests.Groups.Select(g => g.Key),
            .. reviews.Rows.Select(r => r.Key),
        ];
        IEnumerable<string> labels =
        [
            .. fields.Select(f => f.Label),
            .. fields.SelectMany(f => f.Choices ?? []).SelectMany(c => new[] { c.Value, c.Label }),
            .. FormatCatalog.Sections.Select(s => s.Heading),
            .. proactive.Items.Select(i => i.Label), .. proactive.DocumentColumns.Select(c => c.Label),
            .. proactive.Clauses.Select(c => c.Label), .. proactive.Clauses.Select(c => c.ValueHeader).OfType<string>(),
            .. requests.Rows.Select(r => r.Label), .. requests.Groups.Select(g => g.Label), .. requests.Columns.Select(c => c.Label),
            RequestTableSpec.OutcomesLabel,
            .. reviews.Rows.Select(r => r.FullLabel), .. reviews.Columns.Select(c => c.Label),
        ];

        Assert.All(keys, key => Assert.Matches(@"(?m)^[ #]*(- )?" + key + ":", Template));
        Assert.All(labels, label => Assert.Contains(label, Template, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_key_line_carries_a_chinese_comment()
    {
        var keyLines = Template.Split('\n')
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ *(# )?[a-z_]+:") && !l.TrimStart().StartsWith("#   ", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(keyLines);
        Assert.All(keyLines.Where(l => !l.Contains("text: |", StringComparison.Ordinal)),
            l => Assert.Matches(@"\s# .*\p{IsCJKUnifiedIdeographs}", l.TrimStart('#', ' ')));
    }

    [Fact]
    public void Same_options_give_the_same_bytes() =>
        Assert.Equal(Template, InputTemplate.Create(new InputTemplateOptions { Year = 2023 }));

    [Theory]
    [InlineData("石拐区商务和科技局", "石拐区商务和科技局")]
    [InlineData("http://www.shiguai.gov.cn/", "http://www.shiguai.gov.cn/")]
    [InlineData("014070", "\"014070\"")]
    [InlineData("0472-8720884", "\"0472-8720884\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("A 座 # 506", "\"A 座 # 506\"")]
    [InlineData("说明: 见附件", "\"说明: 见附件\"")]
    public void Text_is_written_plain_when_that_reads_back_the_same_and_quoted_otherwise(string value, string written) =>
        Assert.Equal(written, YamlScalars.Text(value));

    [Fact]
    public void Any_text_written_as_a_scalar_reads_back_as_the_same_text()
    {
        var tricky = Gen.Char[" ab9-:#'\"\\[]{},&*!|>%@`?.~+\t\n\u3000石局“”（）、。"].Array[0, 12].Select(c => new string(c));
        tricky.Sample(value =>
        {
            var text = Yaml.SampleWith("  address: 包头市石拐区喜桂图新区金政大厦 A 座 506 室", "  address: " + YamlScalars.Text(value));

            var read = Yaml.Read(text);

            Assert.Empty(read.Diagnostics);
            var expected = value.Trim();
            Assert.Equal(expected.Length == 0 ? null : expected, read.Report!.Contact!.Address);
        });
    }
}
