using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>--previous that is not last year's for any input: said, with both years, and that it was not used.</summary>
public sealed class PreviousOptionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public PreviousOptionTests()
    {
        _temp.Write("2025.yaml", ReportGenerator.Generate(0, seed: 400, year: 2025).Yaml);
        _temp.Write("2026.yaml", ReportGenerator.Generate(0, seed: 401, year: 2026).Yaml);
        _temp.Write("2024.yaml", ReportGenerator.Generate(0, seed: 402, year: 2024).Yaml);
    }

    public void Dispose() => _temp.Dispose();

    private static readonly TimeProvider Spring2027 = Clocks.At(2027, 3, 1);

    private const string Unused2026For2025 =
        "reportgen: 警告：--previous 2026.yaml 是 2026 年度的报告，不是输入（2025 年度）的上一年度（2025 年度的上一年度是 2024 年度），"
        + "因此没有使用它：跨年度检查（RG014、RG102、RG104、RG111）没有进行。";

    [Fact]
    public async Task Validate_with_next_years_file_warns_naming_both_years_and_keeps_the_exit_code()
    {
        var result = await CliRunner.RunAsync(["validate", "2025.yaml", "--previous", "2026.yaml"], _temp.Path, time: Spring2027);

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Error.Split('\n'), l => l == Unused2026For2025);
    }

    [Fact]
    public async Task Build_with_next_years_file_warns_the_same()
    {
        var result = await CliRunner.RunAsync(["build", "2025.yaml", "--previous", "2026.yaml", "-o", "out"], _temp.Path, time: Spring2027);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Unused2026For2025 + "\n", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "out", "2025.docx")));
    }

    [Fact]
    public async Task Last_years_file_is_used_without_a_word()
    {
        var result = await CliRunner.RunAsync(["validate", "2025.yaml", "--previous", "2024.yaml"], _temp.Path, time: Spring2027);

        Assert.DoesNotContain("--previous", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_batch_it_is_enough_that_one_input_is_of_the_year_after()
    {
        var result = await CliRunner.RunAsync(["validate", "2025.yaml", "2026.yaml", "--previous", "2024.yaml"], _temp.Path, time: Spring2027);

        Assert.DoesNotContain("--previous", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_input_years_are_all_named()
    {
        var result = await CliRunner.RunAsync(["validate", "2024.yaml", "2025.yaml", "--previous", "2026.yaml"], _temp.Path, time: Spring2027);

        Assert.Contains("reportgen: 警告：--previous 2026.yaml 是 2026 年度的报告，不是输入（2024、2025 年度）的上一年度，因此没有使用它", result.Error, StringComparison.Ordinal);
    }
}
