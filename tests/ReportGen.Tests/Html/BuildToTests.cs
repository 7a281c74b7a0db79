using System.Xml.Linq;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Html;

/// <summary><c>reportgen build --to</c>: every kind of output planned, refused and written like the .docx.</summary>
public sealed class BuildToTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Agency(string name) => Yaml.SampleWith("agency: 石拐区商务和科技局", "agency: " + name);

    private Task<CliResult> Build(params string[] args) => CliRunner.RunAsync(["build", .. args], _temp.Path);

    private IEnumerable<string> AllFiles() =>
        Directory.EnumerateFiles(_temp.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_temp.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    [Fact]
    public async Task Each_kind_is_written_side_by_side()
    {
        _temp.Write("2023.yaml", Agency("甲局"));

        var result = await Build("2023.yaml", "--to", "docx,html,svg");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["2023.docx", "2023.html", "2023.svg", "2023.yaml"], AllFiles());
        Assert.Contains("已生成 2023.docx、2023.html、2023.svg", result.Error, StringComparison.Ordinal);
        var page = HtmlTestFiles.Parse(File.ReadAllText(Path.Combine(_temp.Path, "2023.html")));
        Assert.StartsWith("甲局", page.Descendants("h1").Single().Value, StringComparison.Ordinal);
        Assert.Equal(3, page.Descendants(HtmlTestFiles.Svg + "svg").Count());
        var svg = XDocument.Load(Path.Combine(_temp.Path, "2023.svg"));
        Assert.Equal(HtmlTestFiles.Svg + "svg", svg.Root!.Name);
    }

    [Fact]
    public async Task A_batch_of_web_pages_goes_into_the_output_folder_without_docx()
    {
        _temp.Write("in/甲.yaml", Agency("甲局"));
        _temp.Write("in/乙.yaml", Agency("乙局"));

        var result = await Build("in", "-o", "site", "--to", "HTML");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["in/乙.yaml", "in/甲.yaml", "site/乙.html", "site/甲.html"], AllFiles());
    }

    [Fact]
    public async Task Colliding_pages_are_refused_before_anything_is_written()
    {
        _temp.Write("a/2023.yaml", Agency("甲局"));
        _temp.Write("b/2023.yaml", Agency("乙局"));

        var result = await Build("a/2023.yaml", "b/2023.yaml", "-o", "out", "--to", "docx,html");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a/2023.yaml 和 b/2023.yaml 都会生成 out/2023.docx", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "out")));
    }

    [Fact]
    public async Task A_named_report_file_names_every_kind()
    {
        _temp.Write("2023.yaml", Agency("甲局"));

        var result = await Build("2023.yaml", "-o", "发布/年报.docx", "--to", "docx,html");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["2023.yaml", "发布/年报.docx", "发布/年报.html"], AllFiles());
    }

    [Fact]
    public async Task An_unknown_kind_is_refused_naming_the_choices()
    {
        _temp.Write("2023.yaml", Agency("甲局"));

        var result = await Build("2023.yaml", "--to", "docx,xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("没有“xlsx”这种输出。可选：docx、html、pdf、svg", result.Error, StringComparison.Ordinal);
        Assert.Equal(["2023.yaml"], AllFiles());
    }

    [Fact]
    public async Task Pdf_without_LibreOffice_stops_with_how_to_install_it()
    {
        _temp.Write("2023.yaml", Agency("甲局"));

        var result = await CliRunner.RunAsync(
            ["build", "2023.yaml", "--to", "docx,pdf"], _temp.Path,
            variables: new Dictionary<string, string> { ["REPORTGEN_SOFFICE"] = Path.Combine(_temp.Path, "no-soffice") });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("生成 PDF 需要 LibreOffice", result.Error, StringComparison.Ordinal);
        Assert.Contains("apt-get install libreoffice-writer-nogui", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(["2023.yaml"], AllFiles());
    }
}
