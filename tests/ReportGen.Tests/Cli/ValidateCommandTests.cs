using System.Text.Json;
using ReportGen.Cli.Output;
using ReportGen.Core.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>
/// <c>reportgen validate</c> as CI and editors use it, driven in-process: exit codes and each output format
/// (README.md), on the sample and on files of samples/invalid whose first line says where the finding is.
/// </summary>
public class ValidateCommandTests
{
    private const string Valid = "samples/2023.yaml";
    private const string BrokenBalance = "samples/invalid/RG010-balance-broken.yaml"; // # expect: RG010 at 24:21
    private const string NumberedHeading = "samples/invalid/RG110-numbered-heading.yaml"; // # expect: RG110 at 9:14

    private static Task<CliResult> Validate(params string[] args) =>
        CliRunner.RunAsync(["validate", .. args], time: ExpectedFindings.Clock);

    [Fact]
    public void The_files_say_where_their_findings_are()
    {
        Assert.Equal(["RG010 at 24:21"], ExpectedFindings.Of(Path.Combine(Repository.Root, BrokenBalance)));
        Assert.Equal(["RG110 at 9:14"], ExpectedFindings.Of(Path.Combine(Repository.Root, NumberedHeading)));
    }

    [Fact]
    public async Task A_valid_file_exits_0_and_the_summary_line_says_nothing_was_built()
    {
        var result = await Validate(Valid);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Matches(@"^共 1 个文件：0 个错误，0 个警告，只检查，不生成报告，用时 \d+\.\d\d 秒。$", result.Error.Trim().Split('\n')[^1]);
    }

    [Fact]
    public async Task An_error_is_printed_as_file_line_column_rule_and_message_and_exits_1()
    {
        var result = await Validate(Valid, BrokenBalance);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n'), l => l.StartsWith(BrokenBalance + ":", StringComparison.Ordinal));
        Assert.StartsWith(BrokenBalance + ":24:21: error RG010: ", line, StringComparison.Ordinal);
        Assert.Contains("共 2 个文件：1 个错误，0 个警告，只检查，不生成报告", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_years_file_among_the_inputs_is_checked_against_this_years_read_from_standard_input()
    {
        const string folder = "samples/invalid/RG014-carry-over";
        Assert.Equal(["RG014 at 23:21"], ExpectedFindings.Of(Path.Combine(Repository.Root, folder, "2023.yaml")));

        var result = await CliRunner.RunAsync(
            ["validate", "-", folder + "/2022.yaml"],
            standardInput: File.ReadAllBytes(Path.Combine(Repository.Root, folder, "2023.yaml")),
            time: ExpectedFindings.Clock);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("<stdin>:23:21: error RG014: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consecutive_years_among_the_inputs_are_paired_whatever_their_order()
    {
        const string folder = "samples/invalid/RG014-carry-over";

        var forward = await Validate(folder + "/2022.yaml", folder + "/2023.yaml");
        var backward = await Validate(folder + "/2023.yaml", folder + "/2022.yaml", "--jobs", "1");

        Assert.All([forward, backward], r => Assert.Contains(folder + "/2023.yaml:23:21: error RG014: ", r.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_warning_passes_unless_strict()
    {
        var plain = await Validate(NumberedHeading);
        var strict = await Validate(NumberedHeading, "--strict");

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains(NumberedHeading + ":9:14: warning RG110: ", plain.Error, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(NumberedHeading + ":9:14: error RG110: ", strict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_is_one_versioned_document_on_standard_output_and_nothing_else()
    {
        var result = await Validate(Valid, BrokenBalance, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([Valid, BrokenBalance], files.Select(f => f.GetProperty("file").GetString()));
        Assert.True(files[0].GetProperty("valid").GetBoolean());
        Assert.Empty(files[0].GetProperty("diagnostics").EnumerateArray());
        var finding = Assert.Single(files[1].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("RG010", finding.GetProperty("id").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(24, finding.GetProperty("line").GetInt32());
        Assert.Equal(21, finding.GetProperty("column").GetInt32());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("path").GetString()));
        Assert.Contains("本年新收", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(finding.GetProperty("expected").GetString(), finding.GetProperty("actual").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal((2, 1, 0), (summary.GetProperty("files").GetInt32(), summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32()));
    }

    [Fact]
    public async Task Github_format_writes_workflow_commands_on_standard_output()
    {
        var result = await Validate(BrokenBalance, NumberedHeading, "--format", "github");

        Assert.Equal(1, result.ExitCode);
        var commands = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, commands.Length);
        Assert.StartsWith($"::error file={BrokenBalance},line=24,col=21,title=RG010::", commands[0], StringComparison.Ordinal);
        Assert.StartsWith($"::warning file={NumberedHeading},line=9,col=14,title=RG110::", commands[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Github_format_is_the_default_inside_GitHub_Actions()
    {
        var result = await CliRunner.RunAsync(["validate", BrokenBalance], variables: new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" });

        Assert.StartsWith("::error file=", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第一行\n第二行\r\n100%", "第一行%0A第二行%0D%0A100%25")]
    [InlineData("无需转义", "无需转义")]
    public void Github_messages_escape_percent_and_line_breaks(string message, string escaped) =>
        Assert.Equal(escaped, GitHubDiagnosticRenderer.EscapeData(message));

    [Fact]
    public void Github_properties_also_escape_colon_and_comma() =>
        Assert.Equal("C%3A/报告/a%2Cb.yaml", GitHubDiagnosticRenderer.EscapeProperty("C:/报告/a,b.yaml"));

    [Fact]
    public async Task Sarif_is_2_1_0_with_every_rule_and_each_finding_located()
    {
        var result = await Validate(BrokenBalance, "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifDiagnosticRenderer.SchemaUri, root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules);
        // The tool has no public home: an address nobody owns would send users to whoever registers it.
        Assert.False(run.GetProperty("tool").GetProperty("driver").TryGetProperty("informationUri", out _));

        var finding = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("RG010", finding.GetProperty("ruleId").GetString());
        Assert.Equal("RG010", rules[finding.GetProperty("ruleIndex").GetInt32()]);
        Assert.Equal("error", finding.GetProperty("level").GetString());
        var location = Assert.Single(finding.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal(BrokenBalance, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(24, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(21, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.True(Assert.Single(run.GetProperty("invocations").EnumerateArray()).GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public async Task Sarif_reports_a_file_that_is_not_text_as_a_finding_of_a_successful_run()
    {
        using var folder = new TempDirectory();
        File.WriteAllBytes(Path.Combine(folder.Path, "binary.yaml"), [0x00, 0xFF, 0xFE, 0x00, 0x01]);

        var result = await CliRunner.RunAsync(["validate", "binary.yaml", "--format", "sarif"], currentDirectory: folder.Path);

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var run = document.RootElement.GetProperty("runs")[0];
        var finding = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("RG001", finding.GetProperty("ruleId").GetString());
        Assert.Equal("binary.yaml", finding.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }
}
