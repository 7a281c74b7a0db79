using ReportGen.Core.Templates;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>Every command that writes a file creates the folders it goes in, as build -o does (the README's recipes rely on it).</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("out/2023汇总.xlsx")]
    [InlineData("out/深/2023汇总.csv")]
    public async Task Summarize_creates_the_output_folder(string output)
    {
        _temp.Write("bureaus/甲.yaml", ReportGenerator.Generate(0, seed: 300).Yaml);
        _temp.Write("bureaus/乙.yaml", ReportGenerator.Generate(1, seed: 301).Yaml);

        var result = await CliRunner.RunAsync(["summarize", "bureaus", "-o", output], _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.True(new FileInfo(Path.Combine(_temp.Path, output)).Length > 0);
    }

    [Fact]
    public async Task Init_creates_the_output_folder()
    {
        var result = await CliRunner.RunAsync(["init", "--agency", "测试局", "--year", "2023", "-o", "a/b/2023.yaml"], _temp.Path, time: Clocks.At(2024, 1, 15));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nyear: 2023 ", File.ReadAllText(Path.Combine(_temp.Path, "a", "b", "2023.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_creates_the_output_folder()
    {
        var result = await CliRunner.RunAsync(["schema", "-o", "editor/" + InputSchema.FileName], _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(InputSchema.Create(), File.ReadAllText(Path.Combine(_temp.Path, "editor", InputSchema.FileName)));
    }

    [Fact]
    public async Task A_file_where_a_folder_should_be_is_still_exit_2_naming_it()
    {
        _temp.Write("notes.txt", "会议记录");

        var result = await CliRunner.RunAsync(["schema", "-o", "notes.txt/x/" + InputSchema.FileName], _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"reportgen: 无法写入 notes.txt/x/{InputSchema.FileName}：notes.txt 是一个文件，不是文件夹；请改用别的输出位置。\n", result.Error);
    }
}
