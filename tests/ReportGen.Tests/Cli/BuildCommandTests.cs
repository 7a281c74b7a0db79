using System.Text;
using System.Text.Json;
using ReportGen.Core.Rendering.Docx;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary><c>reportgen build</c> driven in-process with a fake renderer: where reports go, what is refused, what is printed.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Agency(string name) => Yaml.SampleAs(name);

    private static string Invalid(string name) => Agency(name).Replace("  licensing: 0", "  licensing: -1", StringComparison.Ordinal);

    private static string WithWarning(string name) => Agency(name).Replace("- heading: 主动公开情况", "- heading: （一）主动公开情况", StringComparison.Ordinal);

    private Task<CliResult> Build(params string[] args) => BuildWith(null, args);

    private Task<CliResult> BuildWith(Func<DocxOptions, FakeRenderer>? renderer, params string[] args) =>
        CliRunner.RunAsync(["build", .. args], _temp.Path, renderer: renderer ?? (o => new FakeRenderer(o)));

    private string Output(string relative) => File.ReadAllText(Path.Combine(_temp.Path, relative));

    private bool Exists(string relative) => File.Exists(Path.Combine(_temp.Path, relative));

    private IEnumerable<string> AllFiles() =>
        Directory.EnumerateFiles(_temp.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_temp.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    [Fact]
    public async Task Each_report_is_written_next_to_its_input_with_its_own_content()
    {
        _temp.Write("a/甲.yaml", Agency("甲局"));
        _temp.Write("b/乙.yaml", Agency("乙局"));

        var result = await Build("a/甲.yaml", "b/乙.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("甲局|2023|", Output("a/甲.docx"), StringComparison.Ordinal);
        Assert.StartsWith("乙局|2023|", Output("b/乙.docx"), StringComparison.Ordinal);
        Assert.Contains("已生成 a/甲.docx", result.Error, StringComparison.Ordinal);
        Assert.Contains("共 2 个文件：0 个错误，0 个警告，生成 2 份报告", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_inputs_with_the_same_output_are_refused_before_anything_is_written()
    {
        _temp.Write("a/2023.yaml", Agency("甲局"));
        _temp.Write("b/2023.yaml", Agency("乙局"));
        _temp.Write("c/other.yaml", Agency("丙局"));

        var result = await Build("a/2023.yaml", "c/other.yaml", "b/2023.yaml", "-o", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a/2023.yaml 和 b/2023.yaml 都会生成 out/2023.docx", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "out")));
        Assert.Equal(["a/2023.yaml", "b/2023.yaml", "c/other.yaml"], AllFiles());
    }

    [Fact]
    public async Task A_yaml_and_a_yml_of_the_same_stem_collide_next_to_each_other()
    {
        _temp.Write("d/2023.yaml", Agency("甲局"));
        _temp.Write("d/2023.YML", Agency("乙局"));

        var result = await Build("d");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("都会生成 d/2023.docx", result.Error, StringComparison.Ordinal);
        Assert.False(Exists("d/2023.docx"));
    }

    [Fact]
    public async Task An_input_is_never_overwritten_by_its_own_report()
    {
        var input = _temp.Write("report.docx", Agency("甲局"));

        var result = await Build("report.docx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("会覆盖输入文件 report.docx", result.Error, StringComparison.Ordinal);
        Assert.Equal(Agency("甲局"), File.ReadAllText(input));
    }

    [Fact]
    public async Task The_previous_file_is_protected_too()
    {
        _temp.Write("2022.docx", Agency("甲局").Replace("year: 2023", "year: 2022", StringComparison.Ordinal));
        _temp.Write("x/2022.yaml", Agency("乙局"));

        var result = await Build("x/2022.yaml", "-o", ".", "--previous", "2022.docx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("会覆盖输入文件 2022.docx", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_file_among_good_ones_gets_no_report_and_exit_1_while_the_others_are_built()
    {
        _temp.Write("in/a.yaml", Agency("甲局"));
        _temp.Write("in/b.yaml", Invalid("乙局"));
        _temp.Write("in/c.yaml", Agency("丙局"));

        var result = await Build("in", "-o", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.True(Exists("out/a.docx"));
        Assert.True(Exists("out/c.docx"));
        Assert.False(Exists("out/b.docx"));
        Assert.Contains("未生成 in/b.yaml：1 个错误", result.Error, StringComparison.Ordinal);
        Assert.Contains("in/b.yaml:", result.Error, StringComparison.Ordinal);
        Assert.Contains("RG004", result.Error, StringComparison.Ordinal);
        Assert.Contains("生成 2 份报告", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_glob_is_expanded_by_the_tool_and_the_output_folder_is_created()
    {
        _temp.Write("bureaus/east/甲.yaml", Agency("甲局"));
        _temp.Write("bureaus/west/deep/乙.yaml", Agency("乙局"));
        _temp.Write("bureaus/west/notes.txt", "not an input");

        var result = await Build("bureaus/**/*.yaml", "-o", "out/2023/reports");

        Assert.Equal(0, result.ExitCode);
        Assert.True(Exists("out/2023/reports/甲.docx"));
        Assert.True(Exists("out/2023/reports/乙.docx"));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_temp.Path, "out/2023/reports")).Length);
    }

    [Fact]
    public async Task An_output_folder_that_is_a_file_is_refused_with_exit_2()
    {
        _temp.Write("a.yaml", Agency("甲局"));
        _temp.Write("out", "a file");

        var result = await Build("a.yaml", "-o", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("无法写入 out：这是一个已存在的文件，不是文件夹", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standard_input_builds_report_docx_in_the_output_folder_or_the_working_directory()
    {
        var bytes = Encoding.UTF8.GetBytes(Agency("甲局"));

        var intoFolder = await CliRunner.RunAsync(["build", "-", "-o", "out"], _temp.Path, standardInput: bytes, renderer: o => new FakeRenderer(o));
        var here = await CliRunner.RunAsync(["build", "-"], _temp.Path, standardInput: bytes, renderer: o => new FakeRenderer(o));
        var named = await CliRunner.RunAsync(["build", "-", "-o", "new/石拐区.docx"], _temp.Path, standardInput: bytes, renderer: o => new FakeRenderer(o));

        Assert.Equal((0, 0, 0), (intoFolder.ExitCode, here.ExitCode, named.ExitCode));
        Assert.StartsWith("甲局|", Output("out/report.docx"), StringComparison.Ordinal);
        Assert.StartsWith("甲局|", Output("report.docx"), StringComparison.Ordinal);
        Assert.StartsWith("甲局|", Output("new/石拐区.docx"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_docx_output_name_is_refused_for_several_inputs()
    {
        _temp.Write("a.yaml", Agency("甲局"));
        _temp.Write("b.yaml", Agency("乙局"));

        var result = await Build("a.yaml", "b.yaml", "-o", "all.docx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("只能用于一个输入", result.Error, StringComparison.Ordinal);
        Assert.False(Exists("all.docx"));
    }

    [Fact]
    public async Task A_report_that_fails_half_way_leaves_no_partial_file_keeps_the_old_report_and_the_others_are_built()
    {
        _temp.Write("in/a.yaml", Agency("甲局"));
        _temp.Write("in/b.yaml", Agency("乙局"));
        _temp.Write("out/b.docx", "last year's good report");

        var result = await BuildWith(o => new FakeRenderer(o, failFor: "乙局", failure: new InvalidOperationException("表格宽度为负")), "in", "-o", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("未生成 in/b.yaml：out/b.docx 未能写入，原因见下", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n'), l => l.Contains("无法生成 out/b.docx：表格宽度为负", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal("last year's good report", Output("out/b.docx"));
        Assert.True(Exists("out/a.docx"));
        Assert.Equal(["in/a.yaml", "in/b.yaml", "out/a.docx", "out/b.docx"], AllFiles());
    }

    [Fact]
    public async Task A_folder_in_the_way_of_one_report_is_exit_2_and_the_others_are_built()
    {
        _temp.Write("in/a.yaml", Agency("甲局"));
        _temp.Write("in/b.yaml", Agency("乙局"));
        Directory.CreateDirectory(Path.Combine(_temp.Path, "out", "b.docx"));

        var result = await Build("in", "-o", "out");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("无法写入 out/b.docx：该位置已有一个同名文件夹", result.Error, StringComparison.Ordinal);
        Assert.True(Exists("out/a.docx"));
    }

    [Fact]
    public async Task Strict_refuses_the_report_of_an_input_with_warnings()
    {
        _temp.Write("w.yaml", WithWarning("甲局"));

        var lenient = await Build("w.yaml", "-o", "lenient");
        var strict = await Build("w.yaml", "-o", "strict", "--strict");

        Assert.Equal(0, lenient.ExitCode);
        Assert.True(Exists("lenient/w.docx"));
        Assert.Contains("RG110", lenient.Error, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.False(Exists("strict/w.docx"));
        Assert.Contains("未生成 w.yaml：1 个错误", strict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_job_and_many_jobs_write_the_same_bytes_to_the_same_files()
    {
        for (var i = 0; i < 12; i++)
        {
            _temp.Write($"in/{i:00}.yaml", ReportGenerator.Generate(i, seed: i).Yaml);
        }

        var serial = await Build("in", "-o", "serial", "--jobs", "1");
        var parallel = await Build("in", "-o", "parallel", "--jobs", "4");

        Assert.Equal((0, 0), (serial.ExitCode, parallel.ExitCode));
        for (var i = 0; i < 12; i++)
        {
            var name = $"{i:00}.docx";
            Assert.StartsWith(ReportGenerator.AgencyName(i) + "|", Output("serial/" + name), StringComparison.Ordinal);
            Assert.Equal(File.ReadAllBytes(Path.Combine(_temp.Path, "serial", name)), File.ReadAllBytes(Path.Combine(_temp.Path, "parallel", name)));
        }
    }

    [Fact]
    public async Task Json_mode_prints_only_the_json_document_with_each_report()
    {
        _temp.Write("in/a.yaml", Agency("甲局"));
        _temp.Write("in/b.yaml", Invalid("乙局"));

        var result = await Build("in", "-o", "out", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        using var document = JsonDocument.Parse(result.Out);
        var files = document.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(1, document.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("out/a.docx", files[0].GetProperty("report").GetString());
        Assert.Equal(JsonValueKind.Null, files[1].GetProperty("report").ValueKind);
        Assert.Equal("RG004", files[1].GetProperty("diagnostics")[0].GetProperty("id").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("reportsWritten").GetInt32());
    }

    [Fact]
    public async Task Off_a_terminal_progress_is_one_line_per_file_and_on_a_terminal_a_live_count()
    {
        _temp.Write("in/a.yaml", Agency("甲局"));
        _temp.Write("in/b.yaml", Invalid("乙局"));
        _temp.Write("in/c.yaml", Agency("丙局"));

        var logged = await Build("in", "-o", "out");
        var terminal = await CliRunner.RunAsync(["build", "in", "-o", "out2"], _temp.Path, errorIsTerminal: true, renderer: o => new FakeRenderer(o));

        var lines = logged.Error.Split('\n');
        Assert.Equal(2, lines.Count(l => l.StartsWith("已生成 out/", StringComparison.Ordinal)));
        Assert.Single(lines, l => l == "未生成 in/b.yaml：1 个错误");
        Assert.Contains("\r生成报告 3/3", terminal.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("已生成", terminal.Error, StringComparison.Ordinal);
        Assert.EndsWith("秒。\n", terminal.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fonts_and_source_date_epoch_reach_the_renderer()
    {
        _temp.Write("a.yaml", Agency("甲局"));
        var variables = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" };

        var result = await CliRunner.RunAsync(
            ["build", "a.yaml", "--font", "body=FangSong", "--font", "title = Noto Serif CJK SC"], _temp.Path, variables: variables, renderer: o => new FakeRenderer(o));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("甲局|2023|FangSong|Noto Serif CJK SC|1700000000", Output("a.docx"));
    }

    [Theory]
    [InlineData("--font", "bold=黑体", "没有“bold”这个角色")]
    [InlineData("--font", "body", "应写成 角色=字体名")]
    public async Task A_bad_font_option_is_exit_2_naming_the_roles(string option, string value, string expected)
    {
        _temp.Write("a.yaml", Agency("甲局"));

        var result = await Build("a.yaml", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains("page-number", result.Error, StringComparison.Ordinal);
        Assert.False(Exists("a.docx"));
    }

    [Fact]
    public async Task A_malformed_source_date_epoch_is_exit_2()
    {
        _temp.Write("a.yaml", Agency("甲局"));

        var result = await CliRunner.RunAsync(["build", "a.yaml"], _temp.Path, variables: new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "yesterday" }, renderer: o => new FakeRenderer(o));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("SOURCE_DATE_EPOCH", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_input_that_matches_nothing_is_exit_2()
    {
        var result = await Build("nothing/**/*.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("找不到输入文件", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consecutive_years_of_one_agency_are_checked_against_each_other_in_a_build()
    {
        _temp.Write("2022.yaml", Agency("甲局").Replace("year: 2023", "year: 2022", StringComparison.Ordinal)
            .Replace("  carried_forward:   [0, 0, 0, 0, 0, 0, 0]", "  carried_forward:   [1, 0, 0, 0, 0, 0, 1]", StringComparison.Ordinal)
            .Replace("  new:               [0, 0, 0, 0, 0, 0, 0]", "  new:               [1, 0, 0, 0, 0, 0, 1]", StringComparison.Ordinal));
        _temp.Write("2023.yaml", Agency("甲局"));

        var result = await Build("2022.yaml", "2023.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("RG014", result.Error, StringComparison.Ordinal);
        Assert.True(Exists("2022.docx"));
        Assert.False(Exists("2023.docx"));
    }
}
