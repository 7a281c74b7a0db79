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
        Assert.Equal(sample.Contact!.Address, import.Report!.Contact!.Address);
        Assert.Equal(sample.Contact.Phone, import.Report.Contact.Phone);
        Assert.Equal(sample.Contact.Postcode, import.Report.Contact.Postcode);
        Assert.Equal(sample.Contact.Website, import.Report.Contact.Website);
        Assert.Equal(sample.Contact.WebsiteName, import.Report.Contact.WebsiteName);
        // Made by this tool from the contact details: no preface of its own to keep.
        Assert.Null(import.Report.Preface);
    }
}
