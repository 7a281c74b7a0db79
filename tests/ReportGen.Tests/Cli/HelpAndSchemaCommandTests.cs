using System.CommandLine;
using ReportGen.Cli;
using ReportGen.Core.Templates;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

public class HelpAndSchemaCommandTests
{
    public static TheoryData<string> Commands()
    {
        var environment = new CliEnvironment
        {
            Out = TextWriter.Null,
            Error = TextWriter.Null,
            OpenStandardInput = () => Stream.Null,
            CurrentDirectory = Repository.Root,
        };
        return [.. ReportGenApp.CreateRootCommand(environment).Subcommands.Select(c => c.Name)];
    }

    [Fact]
    public async Task Version_prints_the_package_version_alone()
    {
        var result = await CliRunner.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?\n?$", result.Out);
        Assert.Equal(ReportGenApp.Version, result.Out.Trim());
    }

    [Fact]
    public async Task Root_help_lists_every_command_on_one_line_and_shows_the_workflow()
    {
        var result = await CliRunner.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in Commands())
        {
            Assert.Matches($@"(?m)^  {command}\b.*\S.*$", result.Out);
        }

        Assert.Contains("示例：", result.Out, StringComparison.Ordinal);
        Assert.Contains("reportgen init ", result.Out, StringComparison.Ordinal);
        Assert.Contains("reportgen validate ", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_has_help_with_examples(string command)
    {
        var result = await CliRunner.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        var examples = result.Out[result.Out.IndexOf("示例：", StringComparison.Ordinal)..];
        Assert.Contains("reportgen " + command, examples, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("init", "--colour")]
    [InlineData("schema", "extra")]
    public async Task Bad_usage_exits_2_with_a_hint(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"\n用 reportgen( [a-z]+)? --help 查看用法。\n$", result.Error);
    }

    [Fact]
    public async Task Schema_to_a_file_writes_what_it_prints_and_replaces_an_older_one()
    {
        using var folder = new TempDirectory();
        var old = folder.Write(InputSchema.FileName, "{}");

        var result = await CliRunner.RunAsync(["schema", "-o", InputSchema.FileName], currentDirectory: folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(InputSchema.Create(), File.ReadAllText(old));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Schema_refuses_to_write_over_a_yaml_file()
    {
        using var folder = new TempDirectory();
        var input = folder.Write("2023.yaml", Yaml.SampleText);

        var result = await CliRunner.RunAsync(["schema", "-o", "2023.yaml"], currentDirectory: folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("JSON Schema 应写入 .json 文件", result.Error, StringComparison.Ordinal);
        Assert.Equal(Yaml.SampleText, File.ReadAllText(input));
    }
}
