using ReportGen.Core.Diagnostics;
using ReportGen.Core.Reading;
using ReportGen.Core.Validation;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Hostile;

/// <summary>Every input of <see cref="HostileCorpus"/>, through the reader and validator, and through the CLI.</summary>
public class HostileCorpusTests
{
    private static readonly ValidationOptions Options = new() { Today = new DateOnly(2024, 1, 15) };

    public static TheoryData<string> Names => [.. HostileCorpus.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Reader_and_validator_give_the_expected_finding(string name)
    {
        var c = HostileCorpus.Get(name);
        var findings = await HangGuard.Run(() => ReportValidator.Validate(ReportReader.Read(name + ".yaml", c.Bytes), null, Options));

        Assert.Empty(FindingInvariants.Violations(c.Bytes, findings));
        Assert.All(findings, d => Assert.Equal(name + ".yaml", d.File));
        if (c.RuleId is null)
        {
            Assert.Empty(findings);
            return;
        }

        var matching = findings.Where(d => d.RuleId == c.RuleId).ToList();
        Assert.True(matching.Count > 0, $"no {c.RuleId} among: {string.Join(" | ", findings.Select(d => $"{d.RuleId} {d.Line}:{d.Column} {d.Message}"))}");
        var first = matching[0];
        if (c.Line >= 0)
        {
            Assert.Equal(c.Line, first.Line);
        }

        if (c.Column >= 0)
        {
            Assert.Equal(c.Column, first.Column);
        }

        if (c.Count is { } count)
        {
            Assert.Equal(count, matching.Count);
        }

        if (c.MessageContains is { } text)
        {
            Assert.Contains(text, first.Message, StringComparison.Ordinal);
        }

        Assert.Equal(c.ExitCode == 1, findings.Any(d => d.IsError));
    }

    /// <summary>Runs <c>reportgen validate</c> in-process on the case written to a file of its own.</summary>
    private static async Task<CliResult> ValidateInCli(HostileCase c, params string[] options)
    {
        using var directory = new TempDirectory();
        var file = c.Name + ".yaml";
        directory.Write(file, c.Bytes);
        return await HangGuard.Run(() => CliRunner.RunAsync(["validate", file, .. options], currentDirectory: directory.Path));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Cli_validate_answers_with_one_line_per_finding_and_an_exit_code(string name)
    {
        var c = HostileCorpus.Get(name);
        var file = name + ".yaml";

        var result = await ValidateInCli(c);

        Assert.Equal(c.ExitCode, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("共 1 个文件", lines[^1], StringComparison.Ordinal);
        Assert.All(lines[..^1], l => Assert.StartsWith(file + ":", l, StringComparison.Ordinal));
        if (c.RuleId is null)
        {
            Assert.Single(lines);
            return;
        }

        var place = c.Line switch
        {
            0 => file + ":",
            > 0 when c.Column > 0 => $"{file}:{c.Line}:{c.Column}:",
            > 0 => $"{file}:{c.Line}:",
            _ => file + ":",
        };
        var severity = RuleCatalog.Get(c.RuleId).Severity == Severity.Error ? "error" : "warning";
        Assert.Contains(lines, l => l.StartsWith(place, StringComparison.Ordinal) && l.Contains($" {severity} {c.RuleId}: ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Every_output_format_renders_the_findings_of_a_hostile_input(string name)
    {
        var c = HostileCorpus.Get(name);
        foreach (var format in new[] { "json", "sarif", "github" })
        {
            var result = await ValidateInCli(c, "--format", format);

            Assert.Equal(c.ExitCode, result.ExitCode);
            Assert.DoesNotContain("Exception", result.Error + result.Out, StringComparison.Ordinal);
            if (format != "github")
            {
                using var document = System.Text.Json.JsonDocument.Parse(result.Out);
            }

            if (c.RuleId is not null)
            {
                Assert.Contains(format == "github" ? "title=" + c.RuleId + "::" : "\"" + c.RuleId + "\"", result.Out, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("gbk")]
    [InlineData("utf16le-bom")]
    [InlineData("utf16be-bom")]
    [InlineData("utf8-bom-crlf")]
    public void A_file_in_another_encoding_is_read_as_the_same_report(string name)
    {
        var expected = ReportReader.Read("sample.yaml", File.ReadAllBytes(Repository.Sample)).Report!;
        var read = ReportReader.Read(name + ".yaml", HostileCorpus.Get(name).Bytes);

        var report = Assert.IsType<Core.Model.AnnualReport>(read.Report);
        Assert.Equal("石拐区商务和科技局", report.Agency);
        Assert.Equal(expected.Contact!.Address, report.Contact!.Address);
        Assert.Equal(expected.Overview.SelectMany(s => s.AllText), report.Overview.SelectMany(s => s.AllText));
        Assert.Equal(expected.Problems.SelectMany(s => s.AllText), report.Problems.SelectMany(s => s.AllText));
        Assert.Equal(expected.OtherMatters.SelectMany(s => s.AllText), report.OtherMatters.SelectMany(s => s.AllText));
    }

    [Fact]
    public void Every_case_has_its_own_name_since_the_tests_find_cases_by_name()
    {
        var names = HostileCorpus.All.Select(c => c.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
