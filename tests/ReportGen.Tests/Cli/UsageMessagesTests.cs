using System.Text.RegularExpressions;
using ReportGen.Tests.Faults;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>
/// Mistakes on the command line and --help, as a user sees them: every line Chinese, once, naming no .NET
/// type, exit 2; a misspelled option is an unknown option with a suggestion, not a missing input file.
/// </summary>
public sealed partial class UsageMessagesTests
{
    [Theory]
    [InlineData(new[] { "build" }, "reportgen: build 缺少参数 INPUT：")]
    [InlineData(new[] { "validate", "samples/2023.yaml", "--format", "xml" }, "reportgen: 选项 --format 的取值“xml”无效：应为 text、json、github、sarif 之一。")]
    [InlineData(new[] { "validate", "samples/2023.yaml", "-j", "abc" }, "reportgen: 选项 --jobs 的取值“abc”无效：应为整数。")]
    [InlineData(new[] { "init", "--year", "二〇二三" }, "reportgen: 选项 --year 的取值“二〇二三”无效：应为整数。")]
    [InlineData(new[] { "summarize", "samples/2023.yaml" }, "reportgen: 缺少必需的选项 --output（输出文件：.xlsx 或 .csv）。")]
    [InlineData(new[] { "init", "--agency" }, "reportgen: 选项 --agency 缺少取值：应为 NAME。")]
    [InlineData(new[] { "bulid", "2023.yaml" }, "reportgen: 没有 bulid 这个命令。是不是要用 build？命令有：build、validate、init、schema、summarize、import。")]
    [InlineData(new string[0], "reportgen: 请指定一个命令：build、validate、init、schema、summarize、import。")]
    [InlineData(new[] { "init", "2023.yaml" }, "reportgen: init 不接受参数 2023.yaml。")]
    public async Task A_usage_mistake_is_one_Chinese_line_and_exit_2(string[] args, string first)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        var lines = Lines(result.Error);
        Assert.StartsWith(first, lines[0], StringComparison.Ordinal);
        Assert.StartsWith("用 reportgen", lines[^1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        AssertChinese(result.Error);
    }

    [Theory]
    [InlineData("build", "--ouput", "--output")]
    [InlineData("validate", "--strcit", "--strict")]
    [InlineData("validate", "--previos", "--previous")]
    [InlineData("build", "--fromat", "--format")]
    public async Task A_misspelled_option_is_an_unknown_option_with_the_one_meant(string command, string typo, string meant)
    {
        var result = await CliRunner.RunAsync(command, "samples/2023.yaml", typo, "x");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"reportgen: {command} 没有选项 {typo}。是不是要用 {meant}？", Lines(result.Error)[0], StringComparison.Ordinal);
        Assert.DoesNotContain("找不到输入文件", result.Error, StringComparison.Ordinal);
        AssertChinese(result.Error);
    }

    [Fact]
    public async Task An_unknown_option_far_from_any_is_told_without_a_guess()
    {
        var result = await CliRunner.RunAsync("validate", "--zzzzzz", "samples/2023.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("reportgen: validate 没有选项 --zzzzzz。（", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_whose_name_starts_with_a_dash_is_reached_with_dot_slash_or_after_double_dash()
    {
        using var folder = new TempDirectory();
        File.Copy(Repository.Sample, Path.Combine(folder.Path, "-2023.yaml"));

        var dotSlash = await CliRunner.RunAsync(["validate", "./-2023.yaml"], folder.Path);
        var afterDashes = await CliRunner.RunAsync(["validate", "--", "-2023.yaml"], folder.Path);
        var bare = await CliRunner.RunAsync(["validate", "-2023.yaml"], folder.Path);

        Assert.Equal((0, 0), (dotSlash.ExitCode, afterDashes.ExitCode));
        Assert.Equal(2, bare.ExitCode);
        Assert.Contains("./-2023.yaml", bare.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("build")]
    [InlineData("validate")]
    [InlineData("init")]
    [InlineData("schema")]
    [InlineData("summarize")]
    public async Task Help_is_Chinese_headings_included(string command)
    {
        var result = await CliRunner.RunAsync(command.Length == 0 ? ["--help"] : [command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\n用法：\n  reportgen", "\n" + result.Out, StringComparison.Ordinal);
        Assert.Contains("\n选项：\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("-?, -h, --help", result.Out, StringComparison.Ordinal);
        Assert.Contains("显示帮助和用法", result.Out, StringComparison.Ordinal);
        foreach (var english in new[] { "Usage:", "Options:", "Arguments:", "Commands:", "Description:", "Show help", "Show version", "[options]", "[command]", "default:" })
        {
            Assert.DoesNotContain(english, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Root_help_lists_the_commands_and_the_version_option_in_Chinese()
    {
        var result = await CliRunner.RunAsync("--help");

        Assert.Contains("\n命令：\n  build <INPUT>", result.Out, StringComparison.Ordinal);
        Assert.Contains("--version", result.Out, StringComparison.Ordinal);
        Assert.Contains("显示版本号", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_only_when_asked_for()
    {
        var english = new Dictionary<string, string> { ["REPORTGEN_LANG"] = "en" };

        var help = await CliRunner.RunAsync(["validate", "--help"], variables: english);
        var mistake = await CliRunner.RunAsync(["build"], variables: english);

        Assert.Contains("Usage:", help.Out, StringComparison.Ordinal);
        Assert.Equal(2, mistake.ExitCode);
        Assert.Contains("INPUT", mistake.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("缺少参数", mistake.Error, StringComparison.Ordinal);
    }

    /// <summary>A real process under the locales servers and CI run with: the words do not follow the locale.</summary>
    [Theory]
    [InlineData("C.UTF-8")]
    [InlineData("en_US.UTF-8")]
    public async Task Whatever_the_locale_the_words_are_Chinese(string locale)
    {
        var variables = new Dictionary<string, string> { ["LANG"] = locale, ["LC_ALL"] = locale, ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" };

        var mistake = await ReportGenProcess.RunAsync(Repository.Root, variables, "validate", "samples/2023.yaml", "--format", "xml");
        var help = await ReportGenProcess.RunAsync(Repository.Root, variables, "build", "--help");

        Assert.Equal(2, mistake.ExitCode);
        Assert.StartsWith("reportgen: 选项 --format 的取值“xml”无效", mistake.Error, StringComparison.Ordinal);
        AssertChinese(mistake.Error);
        Assert.Contains("用法：", help.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_YAML_syntax_error_names_no_NET_internals()
    {
        using var folder = new TempDirectory();
        // A list left open, then a key: YamlDotNet throws an InvalidOperationException deep inside.
        var text = File.ReadAllText(Repository.Sample);
        var row = Regex.Match(text, @"\n  new: +\[[0-9, ]+\]");
        folder.Write("broken.yaml", text[..(row.Index + row.Length - 1)] + text[(row.Index + row.Length)..]);

        var result = await CliRunner.RunAsync(["validate", "broken.yaml"], folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("RG001", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parser gave up", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Operation is not valid", result.Error, StringComparison.Ordinal);
        Assert.Contains("没有正确结束", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_folder_that_takes_no_files_is_told_once_naming_the_users_file_not_ours()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc is Linux's
        }

        var result = await CliRunner.RunAsync("build", "samples/2023.yaml", "-o", "/proc/x.docx");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(Lines(result.Error), l => l.Contains("无法写入 /proc/x.docx：", StringComparison.Ordinal));
        Assert.DoesNotContain(".tmp", result.Error, StringComparison.Ordinal);
        AssertChinese(result.Error);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Every line has Chinese in it, none names a .NET type or says it in English, none is said twice.</summary>
    private static void AssertChinese(string error)
    {
        var lines = Lines(error);
        Assert.All(lines, l => Assert.Matches(Chinese(), l));
        Assert.All(lines, l => Assert.DoesNotMatch(DotNet(), l));
        Assert.Equal(lines.Length, lines.Distinct(StringComparer.Ordinal).Count());
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"System\.|ReportGen\.|Exception|Cannot parse|Required|Unrecognized|Did you mean|Could not")]
    private static partial Regex DotNet();
}
