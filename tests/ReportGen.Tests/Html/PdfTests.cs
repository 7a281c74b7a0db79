using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Core.Rendering;
using ReportGen.Tests.Rendering;

namespace ReportGen.Tests.Html;

/// <summary>A test that runs LibreOffice and poppler: skipped cleanly where either is missing (CI installs both).</summary>
public sealed class PdfFactAttribute : FactAttribute
{
    public PdfFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(LibreOfficeFactAttribute.SkipVariable) == "1" || PdfReportRenderer.FindSoffice() is null)
        {
            Skip = "LibreOffice (soffice) is not installed";
        }
        else if (PdfTests.Poppler("pdftotext") is null)
        {
            Skip = "poppler-utils is not installed";
        }
    }
}

/// <summary>The PDF made by LibreOffice from the .docx: every paragraph and table label in it, every font embedded.</summary>
public class PdfTests
{
    private static readonly Lazy<byte[]> SamplePdf = new(() => Render(new OutputOptions()));

    [PdfFact]
    public void Every_paragraph_and_table_label_is_in_the_pdf_in_order()
    {
        var text = Squeeze(Tool("pdftotext", "-enc", "UTF-8", "-layout", "{pdf}", "-"));
        var w = DocxTestFiles.W;
        var paragraphs = DocxTestFiles.Parts(DocxTestFiles.Sample)["word/document.xml"].Root!.Element(w + "body")!
            .Elements(w + "p").Select(p => Squeeze(string.Concat(p.Descendants(w + "t").Select(t => t.Value)))).Where(p => p.Length > 0).ToList();
        var at = 0;
        foreach (var paragraph in paragraphs)
        {
            var found = text.IndexOf(paragraph, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"not in the PDF after position {at}: {paragraph}");
            at = found + paragraph.Length;
        }

        var raw = Squeeze(Tool("pdftotext", "-enc", "UTF-8", "{pdf}", "-"));
        // Table 二's cells each fit one line; the narrow heading cells of 三 and 四 wrap, and pdftotext interleaves
        // wrapped neighbours, so their text cannot be read back whole.
        foreach (var cell in DocxTableReader.Read(DocxTestFiles.Sample)[0].Cells().Where(c => c.Text.Length > 0))
        {
            Assert.True(raw.Contains(Squeeze(cell.Text), StringComparison.Ordinal), $"table cell not in the PDF: {cell}");
        }

        Assert.Matches(@"Pages:\s+[4-9]", Tool("pdfinfo", "{pdf}"));
    }

    [PdfFact]
    public void Every_font_is_embedded_and_each_role_has_an_installed_font()
    {
        var fonts = Tool("pdffonts", "{pdf}").Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(@"\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", line));
    }

    [PdfFact]
    public void Pdf_a_is_marked_as_PDF_A_2b()
    {
        var pdf = Encoding.Latin1.GetString(Render(new OutputOptions { PdfA = true }));
        Assert.Matches(new Regex(@"pdfaid:part(>|="")2"), pdf);
        Assert.Matches(new Regex(@"pdfaid:conformance(>|="")B"), pdf);
    }

    private static byte[] Render(OutputOptions options)
    {
        using var output = new MemoryStream();
        new PdfReportRenderer(options).Render(DocxTestFiles.SampleReport(), output);
        return output.ToArray();
    }

    /// <summary>The text without line breaks, spaces, page numbers (— 1 —) or hyphens (a line may break at one).</summary>
    private static string Squeeze(string text) => Regex.Replace(Regex.Replace(text, @"\s+", ""), @"—\d+—|-", "");

    public static string? Poppler(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    /// <summary>Runs a poppler tool on the sample PDF ({pdf} in the arguments).</summary>
    private static string Tool(string name, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), "reportgen-pdf-test-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, SamplePdf.Value);
        try
        {
            var start = new ProcessStartInfo(Poppler(name)!) { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == "{pdf}" ? path : argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
