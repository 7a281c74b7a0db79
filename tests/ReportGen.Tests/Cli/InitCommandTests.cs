using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Templates;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

public class InitCommandTests
{
    /// <summary>Early 2024: the report being written is the 2023 one.</summary>
    private static readonly TimeProvider January2024 = Clocks.At(2024, 1, 15);

    private static Task<CliResult> Init(TempDirectory folder, params string[] args) =>
        CliRunner.RunAsync(["init", .. args], currentDirectory: folder.Path, time: January2024);

    [Fact]
    public async Task Without_options_it_writes_last_years_file_in_the_current_folder()
    {
        using var folder = new TempDirectory();

        var result = await Init(folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        var text = File.ReadAllText(Path.Combine(folder.Path, "2023.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=" + InputSchema.FileName + "\n", text, StringComparison.Ordinal);
        Assert.Contains("\nyear: 2023 ", text, StringComparison.Ordinal);
        Assert.Contains("\nagency: \"\" ", text, StringComparison.Ordinal);
        Assert.Contains("已生成 2023.yaml", result.Error, StringComparison.Ordinal);
        Assert.Contains("请填写机关名称", result.Error, StringComparison.Ordinal);
        Assert.Contains("reportgen schema -o " + InputSchema.FileName, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agency_year_and_output_are_honoured_and_missing_folders_are_created()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, InputSchema.FileName), InputSchema.Create());

        var result = await Init(folder, "--agency", "石拐区商务和科技局", "--year", "2022", "-o", "bureaus/商务局/2022.yaml");

        Assert.Equal(0, result.ExitCode);
        var read = ReportGen.Core.Reading.ReportReader.ReadFile(Path.Combine(folder.Path, "bureaus", "商务局", "2022.yaml"));
        Assert.Equal((2022, "石拐区商务和科技局"), (read.Report!.Year, read.Report.Agency));
        Assert.DoesNotContain(read.Diagnostics, d => d.YamlPath == "agency");
        Assert.DoesNotContain("请填写机关名称", result.Error, StringComparison.Ordinal);
        // The schema sits in the current folder, not beside the new file: the hint says where to put it.
        Assert.Contains("reportgen schema -o " + Path.Combine("bureaus", "商务局", InputSchema.FileName), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_schema_hint_when_the_schema_is_already_beside_the_file()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, InputSchema.FileName), InputSchema.Create());

        var result = await Init(folder, "--agency", "测试局");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("reportgen schema", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dash_writes_the_template_to_standard_output_and_no_file()
    {
        using var folder = new TempDirectory();

        var result = await Init(folder, "--year", "2023", "-o", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(InputTemplate.Create(new InputTemplateOptions { Year = 2023 }), result.Out);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task An_existing_file_is_never_overwritten()
    {
        using var folder = new TempDirectory();
        var existing = folder.Write("2023.yaml", "agency: 我填了一半的文件\n");

        var result = await Init(folder, "--agency", "测试局");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("2023.yaml 已存在", result.Error, StringComparison.Ordinal);
        Assert.Contains("不会覆盖", result.Error, StringComparison.Ordinal);
        Assert.Equal("agency: 我填了一半的文件\n", File.ReadAllText(existing));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Init_fill_in_agency_and_prose_validate_passes()
    {
        using var folder = new TempDirectory();
        Assert.Equal(0, (await Init(folder, "--agency", "石拐区商务和科技局")).ExitCode);
        var file = Path.Combine(folder.Path, "2023.yaml");

        var unfilled = await CliRunner.RunAsync(["validate", "2023.yaml"], currentDirectory: folder.Path, time: January2024);
        File.WriteAllText(file, Clerk.Fill(File.ReadAllText(file)));
        var filled = await CliRunner.RunAsync(["validate", "2023.yaml"], currentDirectory: folder.Path, time: January2024);

        Assert.Equal(1, unfilled.ExitCode);
        Assert.Contains("error " + RuleCatalog.MissingKey.Id, unfilled.Error, StringComparison.Ordinal);
        Assert.Equal(0, filled.ExitCode);
        Assert.DoesNotContain(" error ", filled.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020", "2021 年度至今年（2024 年）")]
    [InlineData("2025", "2021 年度至今年（2024 年）")]
    public async Task A_year_outside_the_format_is_refused(string year, string message)
    {
        using var folder = new TempDirectory();

        var result = await Init(folder, "--year", year);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task An_agency_name_the_reader_would_refuse_is_refused_with_the_readers_reason()
    {
        using var folder = new TempDirectory();

        var result = await Init(folder, "--agency", "商务局/科技局");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("“/”", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    /// <summary>The 2023 sample with requests carried forward and documents in force, consistent in itself.</summary>
    private static string LastYear() => Yaml.SampleText
        .Replace("  new:               [0, 0, 0, 0, 0, 0, 0]", "  new:               [5, 1, 0, 0, 2, 0]", StringComparison.Ordinal)
        .Replace("  granted:           [0, 0, 0, 0, 0, 0, 0]", "  granted:           [3, 1, 0, 0, 0, 0]", StringComparison.Ordinal)
        .Replace("  total:             [0, 0, 0, 0, 0, 0, 0]\n", "", StringComparison.Ordinal)
        .Replace("  carried_forward:   [0, 0, 0, 0, 0, 0, 0]", "  carried_forward:   [2, 0, 0, 0, 2, 0]", StringComparison.Ordinal)
        .Replace("  regulations:         { issued: 0, repealed: 0, in_force: 0 }", "  regulations:         { issued: 0, repealed: 0, in_force: 3 }", StringComparison.Ordinal)
        .Replace("  normative_documents: { issued: 0, repealed: 0, in_force: 0 }", "  normative_documents: { issued: 2, repealed: 1, in_force: 7 }", StringComparison.Ordinal);

    [Fact]
    public async Task From_last_year_carries_over_agency_contact_headings_carried_forward_and_in_force()
    {
        using var folder = new TempDirectory();
        var lastYear = LastYear();
        Assert.DoesNotContain(Yaml.Validate(lastYear), d => d.IsError);
        folder.Write("2023.yaml", lastYear);

        var result = await Init(folder, "--from", "2023.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("已生成 2024.yaml", result.Error, StringComparison.Ordinal);
        Assert.Contains("[2, 0, 0, 0, 2, 0]", result.Error, StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(folder.Path, "2024.yaml"));
        var read = Yaml.Read(text);
        var report = read.Report!;
        var spec = FormatCatalog.RequestTable;
        Assert.Equal(2024, report.Year);
        Assert.Equal("石拐区商务和科技局", report.Agency);
        Assert.Equal((ReportGen.Core.Model.AgencyType.Department, ReportGen.Core.Model.AdminLevel.County), (report.AgencyType, report.AdminLevel));
        Assert.Equal(("014070", "0472-8720884", "包头市石拐区商务和科技局"), (report.Contact!.Postcode, report.Contact.Phone, report.Contact.Office));
        Assert.Equal([2L, 0, 0, 0, 2, 0, 4], report.Requests.RowValues(spec.CarriedOver));
        Assert.Equal([0L, 0, 0, 0, 0, 0, 0], report.Requests.RowValues(spec.Received));
        Assert.Equal([0L, 0, 0, 0, 0, 0, 0], report.Requests.RowValues(spec.CarriedForward));
        Assert.Equal((3L, 7L), (report.Proactive.Regulations.InForce, report.Proactive.NormativeDocuments.InForce));
        Assert.Equal((0L, 0L), (report.Proactive.NormativeDocuments.Issued, report.Proactive.NormativeDocuments.Repealed));
        Assert.Contains("in_force: 7", text, StringComparison.Ordinal);
        Assert.Contains("2023 年度为 7；本年 = 7 + 本年制发件数 − 本年废止件数，请更新", text, StringComparison.Ordinal);
        // Sub-headings carried over; the prose itself is left for the clerk (so nothing is copied).
        var written = Yaml.Read(Clerk.Fill(text)).Report!;
        Assert.Equal(Yaml.Read(lastYear).Report!.Overview.Select(s => s.Heading), written.Overview.Select(s => s.Heading));
        Assert.Equal(["信息处理费收取情况", "其他需要通过年度报告予以报告的事项"], written.OtherMatters.Select(s => s.Heading));
        Assert.All(read.Diagnostics, d => Assert.Equal(RuleCatalog.MissingKey.Id, d.RuleId));
        Assert.DoesNotContain("我局政府信息公开工作目前仍存在一些问题", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Carried_over_requests_must_be_accounted_for_then_both_years_validate_together()
    {
        using var folder = new TempDirectory();
        folder.Write("2023.yaml", LastYear());
        Assert.Equal(0, (await Init(folder, "--from", "2023.yaml")).ExitCode);
        var file = Path.Combine(folder.Path, "2024.yaml");
        File.WriteAllText(file, Clerk.Fill(File.ReadAllText(file)));
        var now = Clocks.At(2025, 1, 15);

        var unaccounted = await CliRunner.RunAsync(["validate", "2024.yaml"], currentDirectory: folder.Path, time: now);
        // The clerk reports the carried-over requests as granted this year.
        File.WriteAllText(file, File.ReadAllText(file).Replace("  granted:           [0, 0, 0, 0, 0, 0]", "  granted:           [2, 0, 0, 0, 2, 0]", StringComparison.Ordinal));
        var accounted = await CliRunner.RunAsync(["validate", "2023.yaml", "2024.yaml"], currentDirectory: folder.Path, time: now);

        Assert.Equal(1, unaccounted.ExitCode);
        Assert.Contains("error " + RuleCatalog.Balance.Id, unaccounted.Error, StringComparison.Ordinal);
        Assert.Equal(0, accounted.ExitCode);
        Assert.DoesNotContain(" error ", accounted.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_a_file_with_errors_is_refused_naming_each_error()
    {
        using var folder = new TempDirectory();
        folder.Write("2023.yaml", Yaml.SampleWith("  licensing: 0", "  licensing: \"3\"").Replace("  penalty: 0", "  penalty: 0\n  penality: 1", StringComparison.Ordinal));

        var result = await Init(folder, "--from", "2023.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--from 的文件 2023.yaml 有 2 个错误", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"2023\.yaml:\d+:\d+: RG004: ", result.Error);
        Assert.Matches(@"2023\.yaml:\d+:\d+: RG002: ", result.Error);
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task From_a_missing_file_is_refused()
    {
        using var folder = new TempDirectory();

        var result = await Init(folder, "--from", "2023.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("2023.yaml: 无法读取文件", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_a_year_that_is_not_the_one_before_is_refused()
    {
        using var folder = new TempDirectory();
        folder.Write("2023.yaml", LastYear());

        var result = await CliRunner.RunAsync(["init", "--from", "2023.yaml", "--year", "2025"], currentDirectory: folder.Path, time: Clocks.At(2026, 1, 10));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("是 2023 年度的，不是 2025 年度的上一年度", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agency_given_on_the_command_line_wins_over_last_years()
    {
        using var folder = new TempDirectory();
        folder.Write("2023.yaml", LastYear());

        var result = await Init(folder, "--from", "2023.yaml", "--agency", "石拐区工业和信息化局", "-o", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("石拐区工业和信息化局", Yaml.Read(result.Out).Report!.Agency);
    }
}
