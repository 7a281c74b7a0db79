using ReportGen.Tests.Support;

namespace ReportGen.Tests.Faults;

/// <summary>
/// <c>reportgen summarize</c>'s output under the same faults as a report (its full disk is in <see cref="FullDiskTests"/>):
/// exit 2, one Chinese line naming the file, nothing written, no input touched.
/// </summary>
public sealed class SummarizeFaultTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public SummarizeFaultTests()
    {
        _temp.Write("in/甲.yaml", ReportGenerator.Generate(0, seed: 200).Yaml);
        _temp.Write("in/乙.yaml", ReportGenerator.Generate(1, seed: 201).Yaml);
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("汇总.xlsx", "reportgen: 无法写入 汇总.xlsx：该位置已有一个同名文件夹；请改名或移走它，或用 -o 指定别的输出文件夹。")]
    [InlineData("notes.txt/汇总.csv", "reportgen: 无法写入 notes.txt/汇总.csv：notes.txt 是一个文件，不是文件夹；请改用别的输出位置。")]
    [InlineData("notes.txt/2023/汇总.csv", "reportgen: 无法写入 notes.txt/2023/汇总.csv：notes.txt 是一个文件，不是文件夹；请改用别的输出位置。")]
    public async Task An_output_that_cannot_be_written_is_exit_2_in_one_line_and_nothing_changes(string output, string message)
    {
        _temp.Write("汇总.xlsx/别动.txt", "a folder someone made");
        _temp.Write("notes.txt", "会议记录");
        var before = FaultFiles.Hashes(_temp.Path);

        var result = await CliRunner.RunAsync(["summarize", "in", "-o", output], _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([message], FaultFiles.LinesWith(result.Error, "reportgen:"));
        FaultFiles.AssertNoStackTrace(result.Error);
        Assert.Equal(before, FaultFiles.Hashes(_temp.Path));
    }
}
