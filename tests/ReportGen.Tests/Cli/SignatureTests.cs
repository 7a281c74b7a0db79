using ReportGen.Tests.Support;
using static ReportGen.Tests.Rendering.DocxTestFiles;

namespace ReportGen.Tests.Cli;

/// <summary>The 落款 at the report's end: the agency always, over the date when publish_date gives one.</summary>
public sealed class SignatureTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Without_publish_date_the_report_still_ends_with_the_agencys_name()
    {
        // The sample has no publish_date: the published attachment it was taken from carries none.
        Assert.DoesNotContain("publish_date:", File.ReadAllText(Repository.Sample), StringComparison.Ordinal);

        var result = await CliRunner.RunAsync("build", Repository.Sample, "-o", Path.Combine(_temp.Path, "r.docx"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["石拐区商务和科技局"], LastParagraphs(Path.Combine(_temp.Path, "r.docx"), 1));
    }

    [Fact]
    public async Task With_publish_date_the_agency_stands_over_the_date()
    {
        var input = _temp.Write("2023.yaml", File.ReadAllText(Repository.Sample) + "publish_date: 2024-01-20\n");

        var result = await CliRunner.RunAsync("build", input);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["石拐区商务和科技局", "2024年1月20日"], LastParagraphs(Path.Combine(_temp.Path, "2023.docx"), 2));
    }

    [Fact]
    public async Task The_init_template_asks_for_publish_date_not_commented_out()
    {
        var result = await CliRunner.RunAsync(["init", "--agency", "测试局", "--year", "2023"], _temp.Path, time: Clocks.At(2024, 1, 15));

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(File.ReadAllLines(Path.Combine(_temp.Path, "2023.yaml")), l => l.Contains("publish_date:", StringComparison.Ordinal));
        Assert.StartsWith("publish_date: 2024-01-20 ", line, StringComparison.Ordinal);
        Assert.Contains("请改为实际发布的日期", line, StringComparison.Ordinal);
    }

    private static List<string> LastParagraphs(string docx, int count) =>
        [.. Part(File.ReadAllBytes(docx), "word/document.xml").Descendants(W + "body").Single().Elements(W + "p")
            .Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)))
            .Where(t => t.Length > 0).TakeLast(count)];
}
