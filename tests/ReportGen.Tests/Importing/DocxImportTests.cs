using ReportGen.Core.Importing;
using ReportGen.Tests.Rendering;

namespace ReportGen.Tests.Importing;

public sealed class DocxImportTests
{
    [Fact]
    public void The_sample_built_as_docx_imports_to_its_own_figures_and_paragraphs()
    {
        var sample = DocxTestFiles.SampleReport();
        var document = new DocxDocumentReader().Read(new MemoryStream(DocxTestFiles.Sample), "2023.docx");
        var import = ReportExtractor.Extract(document);

        Assert.Empty(import.Findings);
        ImportAssert.SameReport(sample, import.Report!);
        ImportAssert.SameContact(sample.Contact!, import.Report!.Contact);
        // Made by this tool from the contact details: no preface of its own to keep.
        Assert.Null(import.Report.Preface);
    }
}
