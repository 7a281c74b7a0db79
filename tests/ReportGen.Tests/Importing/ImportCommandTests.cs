using System.Text.Json;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

/// <summary><c>reportgen import</c>, and published documents as inputs of validate, build and summarize, driven in-process.</summary>
public sealed class ImportCommandTests
{
    private static string Corpus(string name) => Path.Combine(PublishedCorpus.Folder, name);

    private static TempDirectory WithDocuments(params string[] names)
    {
        var directory = new TempDirectory();
        foreach (var name in names)
        {
            directory.Write(name, File.ReadAllBytes(Corpus(name)));
        }

        return directory;
    }

    [Fact]
    public async Task Import_writes_the_yaml_beside_the_document_and_it_validates()
    {
        using var directory = WithDocuments("word-merged.docx");

        var result = await CliRunner.RunAsync(["import", "word-merged.docx"], directory.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Corpus("word-merged.expected.yaml")), File.ReadAllText(Path.Combine(directory.Path, "word-merged.yaml")));
        Assert.Contains("word-merged.docx: 表格2 第10行 第6列: warning RG115: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("导入 1 份报告", result.Error, StringComparison.Ordinal);
        var validate = await CliRunner.RunAsync(["validate", "word-merged.yaml"], directory.Path, time: ExpectedFindings.Clock);
        Assert.Equal(0, validate.ExitCode);
    }

    [Fact]
    public async Task Import_never_replaces_an_existing_yaml_unless_forced()
    {
        using var directory = WithDocuments("cms-gbk.html");
        var existing = directory.Write("cms-gbk.yaml", "# corrected by hand\n");

        var refused = await CliRunner.RunAsync(["import", "cms-gbk.html"], directory.Path);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("已存在", refused.Error, StringComparison.Ordinal);
        Assert.Equal("# corrected by hand\n", File.ReadAllText(existing));

        var forced = await CliRunner.RunAsync(["import", "cms-gbk.html", "--force"], directory.Path);

        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("# yaml-language-server", File.ReadAllText(existing), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_imports_every_document_into_the_output_folder_and_an_old_doc_gets_nothing_with_exit_2()
    {
        using var directory = WithDocuments("word-merged.docx", "cms-gbk.html", "trial-2019.docx");
        directory.Write("published/old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        File.Move(Path.Combine(directory.Path, "word-merged.docx"), Path.Combine(directory.Path, "published", "word-merged.docx"));
        File.Move(Path.Combine(directory.Path, "cms-gbk.html"), Path.Combine(directory.Path, "published", "cms-gbk.html"));

        var result = await CliRunner.RunAsync(["import", "published/", "-o", "data/new"], directory.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["cms-gbk.yaml", "word-merged.yaml"], Directory.GetFiles(Path.Combine(directory.Path, "data", "new")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("published/old.doc: error: 无法读取文件：这是旧的二进制 Word/WPS 文档", result.Error, StringComparison.Ordinal);
        Assert.Contains("另存为", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_2019_format_is_refused_and_nothing_is_written()
    {
        using var directory = WithDocuments("trial-2019.docx");

        var result = await CliRunner.RunAsync(["import", "trial-2019.docx"], directory.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error RG007: 这是 2019 年试行格式", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory.Path, "trial-2019.yaml")));
    }

    [Fact]
    public async Task Validate_places_findings_in_the_document_in_every_output_format()
    {
        using var directory = WithDocuments("cms-collapsed-group.html");
        string[] validate = ["validate", "cms-collapsed-group.html"];

        var text = await CliRunner.RunAsync([.. validate], directory.Path, time: ExpectedFindings.Clock);
        var json = await CliRunner.RunAsync([.. validate, "-f", "json"], directory.Path, time: ExpectedFindings.Clock);
        var github = await CliRunner.RunAsync([.. validate, "-f", "github"], directory.Path, time: ExpectedFindings.Clock);
        var sarif = await CliRunner.RunAsync([.. validate, "-f", "sarif"], directory.Path, time: ExpectedFindings.Clock);

        Assert.All(new[] { text, json, github, sarif }, r => Assert.Equal(1, r.ExitCode));
        // The group printed as one row (import), and the published （七）总计 that its zeros no longer add up to (validation).
        Assert.Contains("cms-collapsed-group.html: 表格2 第24行: error RG017: ", text.Error, StringComparison.Ordinal);
        Assert.Matches(@"cms-collapsed-group\.html: 表格2 第25行 第4列: error RG011: “（七）总计·自然人”", text.Error);

        using var document = JsonDocument.Parse(json.Out);
        var rg011 = document.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("id").GetString() == "RG011");
        var location = rg011.GetProperty("location");
        Assert.Equal((2, 25, 4), (location.GetProperty("table").GetInt32(), location.GetProperty("row").GetInt32(), location.GetProperty("column").GetInt32()));
        Assert.Equal("表格2 第25行 第4列", location.GetProperty("description").GetString());

        Assert.Contains("::error file=cms-collapsed-group.html,title=RG011 表格2 第25行 第4列::", github.Out, StringComparison.Ordinal);

        using var log = JsonDocument.Parse(sarif.Out);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("message").GetProperty("text").GetString()!.StartsWith("表格2 第25行 第4列：“（七）总计·自然人”", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_and_summarize_take_documents_as_inputs()
    {
        using var directory = WithDocuments("word-merged.docx", "cms-gbk.html");

        var build = await CliRunner.RunAsync(["build", "cms-gbk.html", "-o", "out"], directory.Path, time: ExpectedFindings.Clock);
        var summarize = await CliRunner.RunAsync(["summarize", "cms-gbk.html", Path.Combine(Repository.Root, "samples", "2023.yaml"), "-o", "sum.csv"], directory.Path, time: ExpectedFindings.Clock);

        Assert.Equal(0, build.ExitCode);
        Assert.True(File.Exists(Path.Combine(directory.Path, "out", "cms-gbk.docx")));
        Assert.Equal(0, summarize.ExitCode);
        Assert.Contains("示例县交通运输局", File.ReadAllText(Path.Combine(directory.Path, "sum.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Building_a_docx_next_to_itself_is_refused_before_anything_is_written()
    {
        using var directory = WithDocuments("word-merged.docx");
        var before = File.ReadAllBytes(Path.Combine(directory.Path, "word-merged.docx"));

        var result = await CliRunner.RunAsync(["build", "word-merged.docx"], directory.Path, time: ExpectedFindings.Clock);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("会覆盖输入文件", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(directory.Path, "word-merged.docx")));
    }
}
