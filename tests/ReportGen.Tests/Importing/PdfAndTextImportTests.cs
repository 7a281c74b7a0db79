using ReportGen.Core.Importing;
using ReportGen.Core.Reading;
using ReportGen.Tests.Rendering;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

/// <summary>The PDF and text readers through the extractor: the whole report, figures and paragraphs exact.</summary>
public sealed class PdfAndTextImportTests
{
    [Fact]
    public void Seed_text_imports_to_the_figures_and_paragraphs_of_the_sample_yaml()
    {
        var expected = ReportReader.ReadFile(Repository.Sample).Report!;
        var document = PublishedDocuments.ReadText(File.ReadAllBytes(Path.Combine(Repository.Samples, "published", "2023.txt")), "2023.txt");

        var import = ReportExtractor.Extract(document);

        Assert.False(import.HasErrors, string.Join('\n', import.Findings.Select(f => f.Message)));
        ImportAssert.SameReport(expected, import.Report!);
        ImportAssert.SameContact(expected.Contact!, import.Report!.Contact);
    }

    [Fact]
    public void Builder_pdf_imports_to_the_sample_yaml()
    {
        var expected = DocxTestFiles.SampleReport();

        var import = ReportExtractor.Extract(PublishedDocuments.ReadPdf(PublishedDocuments.Fixture("sample-2023.pdf")));

        Assert.Empty(import.Findings.Select(f => f.Message));
        ImportAssert.SameReport(expected, import.Report!);
        ImportAssert.SameContact(expected.Contact!, import.Report!.Contact);
    }
}
