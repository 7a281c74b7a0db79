using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Tests.Rendering;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Pipeline;

/// <summary><c>reportgen build</c> with the real .docx writer, in-process.</summary>
public sealed class BuildEndToEndTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> Build(IReadOnlyDictionary<string, string>? variables, params string[] args) =>
        CliRunner.RunAsync(["build", .. args], _temp.Path, variables: variables);

    private byte[] Bytes(string relative) => File.ReadAllBytes(Path.Combine(_temp.Path, relative));

    [Fact]
    public async Task The_sample_becomes_a_valid_docx_with_its_title()
    {
        File.Copy(Repository.Sample, Path.Combine(_temp.Path, "2023.yaml"));

        var result = await Build(null, "2023.yaml");

        Assert.Equal(0, result.ExitCode);
        using var document = WordprocessingDocument.Open(Path.Combine(_temp.Path, "2023.docx"), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => e.Description));
        Assert.Contains("石拐区商务和科技局", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        Assert.Equal(DocxTestFiles.Sample, Bytes("2023.docx"));
    }

    [Fact]
    public async Task A_batch_gives_the_same_bytes_with_one_job_and_with_many_and_on_every_run()
    {
        for (var i = 0; i < 8; i++)
        {
            _temp.Write($"in/{i}.yaml", ReportGenerator.Generate(i, seed: 40 + i).Yaml);
        }

        var serial = await Build(null, "in", "-o", "serial", "--jobs", "1");
        var parallel = await Build(null, "in", "-o", "parallel");
        var again = await Build(null, "in", "-o", "again", "--jobs", "3");

        Assert.Equal((0, 0, 0), (serial.ExitCode, parallel.ExitCode, again.ExitCode));
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(Bytes($"serial/{i}.docx"), Bytes($"parallel/{i}.docx"));
            Assert.Equal(Bytes($"serial/{i}.docx"), Bytes($"again/{i}.docx"));
        }

        Assert.NotEqual(Bytes("serial/0.docx"), Bytes("serial/1.docx"));
    }

    [Fact]
    public async Task Source_date_epoch_sets_the_document_dates_and_fonts_replace_the_official_ones()
    {
        File.Copy(Repository.Sample, Path.Combine(_temp.Path, "2023.yaml"));
        var epoch = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1706745600" }; // 2024-02-01T00:00:00Z

        var result = await Build(epoch, "2023.yaml", "--font", "body=Noto Serif CJK SC");

        Assert.Equal(0, result.ExitCode);
        var docx = Bytes("2023.docx");
        Assert.Contains("2024-02-01T00:00:00Z", DocxTestFiles.Part(docx, "docProps/core.xml").ToString(), StringComparison.Ordinal);
        var styles = DocxTestFiles.Part(docx, "word/styles.xml").ToString();
        Assert.Contains("Noto Serif CJK SC", styles, StringComparison.Ordinal);
        Assert.DoesNotContain("仿宋_GB2312", styles, StringComparison.Ordinal);
    }
}
