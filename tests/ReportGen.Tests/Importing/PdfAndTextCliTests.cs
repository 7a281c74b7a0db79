using System.Text;
using System.Text.Json;
using ReportGen.Core.Reading;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

/// <summary>The PDF and text readers through the command line, in-process: import, validate with positions, exit 2.</summary>
public sealed class PdfAndTextCliTests
{
    private static string SeedText => File.ReadAllText(Path.Combine(Repository.Samples, "published", "2023.txt"));

    [Fact]
    public async Task Import_writes_yaml_from_a_pdf_and_a_text_copy_that_reads_as_the_sample()
    {
        using var directory = new TempDirectory();
        File.Copy(PublishedDocuments.Fixture("sample-2023.pdf"), Path.Combine(directory.Path, "published.pdf"));
        directory.Write("copied.txt", SeedText);

        var result = await CliRunner.RunAsync(["import", "published.pdf", "copied.txt"], directory.Path);

        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        var expected = ReportReader.ReadFile(Repository.Sample).Report!;
        foreach (var name in new[] { "published.yaml", "copied.yaml" })
        {
            var read = ReportReader.ReadFile(Path.Combine(directory.Path, name));
            Assert.False(read.HasErrors, string.Join('\n', read.Diagnostics));
            ImportAssert.SameReport(expected, read.Report!);
        }
    }

    [Fact]
    public async Task Validate_of_a_text_copy_points_at_the_cell_by_table_row_and_column()
    {
        using var directory = new TempDirectory();
        // 本年新收 for 自然人 becomes 5 while its total stays 0: the published total does not add up.
        var changed = SeedText.Replace("一、本年新收政府信息公开申请\t0\t", "一、本年新收政府信息公开申请\t5\t", StringComparison.Ordinal);
        Assert.NotEqual(SeedText, changed);
        directory.Write("copied.txt", changed);

        var result = await CliRunner.RunAsync(["validate", "copied.txt", "--format", "json"], directory.Path);

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var locations = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error")
            .Select(d => d.GetProperty("location")).ToList();
        Assert.NotEmpty(locations);
        // Table 三 is the copy's second table; the row of 本年新收 is its fourth.
        Assert.Contains(locations, l => l.GetProperty("table").GetInt32() == 2 && l.GetProperty("row").GetInt32() == 4 && l.GetProperty("column").GetInt32() > 1);
    }

    [Fact]
    public async Task Validate_of_the_builder_pdf_is_clean_and_an_encrypted_pdf_exits_2_with_what_to_do()
    {
        using var directory = new TempDirectory();
        File.Copy(PublishedDocuments.Fixture("sample-2023.pdf"), Path.Combine(directory.Path, "published.pdf"));
        File.Copy(PublishedDocuments.Fixture("encrypted.pdf"), Path.Combine(directory.Path, "locked.pdf"));

        var clean = await CliRunner.RunAsync(["validate", "published.pdf"], directory.Path);
        var locked = await CliRunner.RunAsync(["validate", "locked.pdf"], directory.Path);

        Assert.True(clean.ExitCode == 0, clean.Out + clean.Error);
        Assert.Equal(2, locked.ExitCode);
        Assert.Contains("文件已加密，请先解除密码保护", locked.Out + locked.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", locked.Out + locked.Error, StringComparison.Ordinal);
    }
}
