using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Summary;
using ReportGen.Tests.Summary;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary><c>reportgen summarize</c> driven in-process: what it writes, and what it refuses without writing anything.</summary>
public sealed class SummarizeCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> Summarize(params string[] args) => CliRunner.RunAsync(["summarize", .. args], _temp.Path);

    private bool Exists(string relative) => File.Exists(Path.Combine(_temp.Path, relative));

    private List<GeneratedReport> WriteInputs(int count, int year = 2023, string folder = "bureaus", int firstAgency = 0)
    {
        var reports = Enumerable.Range(firstAgency, count).Select(i => ReportGenerator.Generate(i, seed: 100 + i, year)).ToList();
        for (var i = 0; i < count; i++)
        {
            _temp.Write($"{folder}/{i:00}/{year}.yaml", reports[i].Yaml);
        }

        return reports;
    }

    [Fact]
    public async Task A_glob_of_bureaus_becomes_a_csv_with_one_row_per_agency_and_a_total_row()
    {
        var reports = WriteInputs(4);

        var result = await Summarize("bureaus/**/*.yaml", "-o", "汇总.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("共 4 个文件：0 个错误，0 个警告，已生成汇总，用时", result.Error, StringComparison.Ordinal);
        Assert.Contains("已汇总 4 个机关的 2023 年数据：汇总.csv", result.Error, StringComparison.Ordinal);
        var rows = SummaryFiles.ParseCsv(File.ReadAllBytes(Path.Combine(_temp.Path, "汇总.csv")));
        Assert.Equal(reports.Select(r => r.Agency).Append(SummaryLabels.TotalRow), rows.Skip(1).Select(r => r[0]));
        Assert.Equal("bureaus/02/2023.yaml", rows[3][1]);
    }

    [Fact]
    public async Task A_folder_becomes_a_workbook_that_opens_and_whose_totals_add_up()
    {
        var reports = WriteInputs(3);

        // The folder "out" does not exist yet: it is created, as build -o creates its folder.
        var result = await Summarize("bureaus", "-o", "out/汇总.XLSX", "--jobs", "1");

        Assert.Equal(0, result.ExitCode);
        using var document = SpreadsheetDocument.Open(Path.Combine(_temp.Path, "out", "汇总.XLSX"), false);
        var totals = SummaryFiles.NumbersInOrder(document, SummaryLabels.TotalsSheet);
        Assert.Equal(Enumerable.Range(0, totals.Count).Select(i => reports.Sum(r => r.Cells()[i])), totals);
    }

    [Fact]
    public async Task Mixed_years_are_refused_with_exit_2_and_nothing_written()
    {
        WriteInputs(2, 2023, "a");
        WriteInputs(1, 2022, "b", firstAgency: 5);

        var result = await Summarize("a", "b", "-o", "s.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("输入的报告年度不一致", result.Error, StringComparison.Ordinal);
        Assert.Contains("2022 年：b/00/2022.yaml", result.Error, StringComparison.Ordinal);
        Assert.False(Exists("s.csv"));
    }

    [Fact]
    public async Task The_same_agency_twice_is_refused_with_exit_2_naming_both_files()
    {
        WriteInputs(2, 2023, "a");
        WriteInputs(1, 2023, "copy");

        var result = await Summarize("a", "copy", "-o", "s.xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{ReportGenerator.AgencyName(0)}（a/00/2023.yaml、copy/00/2023.yaml）", result.Error, StringComparison.Ordinal);
        Assert.False(Exists("s.xlsx"));
    }

    [Fact]
    public async Task An_invalid_input_is_refused_with_exit_1_saying_which_and_why()
    {
        WriteInputs(2);
        _temp.Write("bureaus/bad.yaml", Yaml.SampleWith("  penalty: 0", "  penalty: 多"));

        var result = await Summarize("bureaus", "-o", "s.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bureaus/bad.yaml:", result.Error, StringComparison.Ordinal);
        Assert.Contains("RG004", result.Error, StringComparison.Ordinal);
        Assert.Contains("未汇总：bureaus/bad.yaml 有错误", result.Error, StringComparison.Ordinal);
        Assert.Contains("共 3 个文件：1 个错误，0 个警告，未生成汇总，用时", result.Error, StringComparison.Ordinal);
        Assert.False(Exists("s.csv"));
    }

    [Fact]
    public async Task An_output_that_is_not_a_spreadsheet_is_refused_with_exit_2()
    {
        WriteInputs(1);

        var result = await Summarize("bureaus", "-o", "bureaus/00/2023.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("应以 .xlsx 或 .csv 结尾", result.Error, StringComparison.Ordinal);
        Assert.Equal(ReportGenerator.Generate(0, seed: 100).Yaml, File.ReadAllText(Path.Combine(_temp.Path, "bureaus/00/2023.yaml")));
    }

    [Fact]
    public async Task An_input_is_never_overwritten_by_the_summary()
    {
        var input = _temp.Write("data.csv", ReportGenerator.Generate(0, seed: 1).Yaml);

        var result = await Summarize("data.csv", "-o", "data.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("是一个输入文件", result.Error, StringComparison.Ordinal);
        Assert.Equal(ReportGenerator.Generate(0, seed: 1).Yaml, File.ReadAllText(input));
    }

    [Fact]
    public async Task The_output_option_is_required()
    {
        WriteInputs(1);

        var result = await Summarize("bureaus");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--output", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copied_paragraphs_are_listed_by_agency_pair_in_a_sheet_of_their_own()
    {
        var reports = WriteInputs(3);
        var copied = "二〇二三年，本机关围绕营商环境在门户网站开设惠企政策专栏，集中发布减税降费、稳岗就业等政策解读十二篇，组织政策宣讲进园区活动六场，面对面解答企业关于用工补贴申领流程的疑问。";
        for (var i = 0; i < 2; i++)
        {
            var yaml = Yaml.Replace(reports[i].Yaml, "overview:\n", $"overview:\n  - heading: 主动公开情况\n    text: |\n      {copied}\n");
            _temp.Write($"bureaus/{i:00}/2023.yaml", yaml);
        }

        var result = await Summarize("bureaus", "-o", "汇总.xlsx");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning RG113", result.Error, StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(Path.Combine(_temp.Path, "汇总.xlsx"), false);
        var cells = SummaryFiles.Cells(document, SummaryLabels.CopyingSheet);
        var (first, second) = string.CompareOrdinal(reports[0].Agency, reports[1].Agency) < 0 ? (reports[0], reports[1]) : (reports[1], reports[0]);
        Assert.Equal(SummaryLabels.Agency, cells["A1"]);
        Assert.Equal((first.Agency, "overview[0].text[0]", second.Agency, 1m, 1m), (cells["A2"], cells["D2"], cells["F2"], cells["H2"], cells["I2"]));
        Assert.Equal((second.Agency, first.Agency), (cells["A3"], cells["F3"]));
        Assert.False(cells.ContainsKey("A4"));
    }

    [Fact]
    public async Task Without_copying_the_workbook_has_no_copying_sheet()
    {
        WriteInputs(3);
        Assert.Equal(0, (await Summarize("bureaus", "-o", "汇总.xlsx")).ExitCode);
        using var document = SpreadsheetDocument.Open(Path.Combine(_temp.Path, "汇总.xlsx"), false);
        Assert.DoesNotContain(document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>(), s => s.Name == SummaryLabels.CopyingSheet);
    }
}
