using System.Diagnostics;
using CsCheck;
using ReportGen.Core.Importing;
using ReportGen.Core.Model;
using ReportGen.Core.Reading;
using ReportGen.Tests.Properties;
using ReportGen.Tests.Rendering;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

/// <summary>YAML → build (.docx) → import gives the same data: every figure exact, every paragraph exact.</summary>
public sealed class RoundTripProperties
{
    private static AnnualReport Read(Properties.GeneratedReport generated)
    {
        var read = ReportReader.Read("generated.yaml", generated.ToBytes());
        Assert.False(read.HasErrors, string.Join('\n', read.Diagnostics));
        return read.Report!;
    }

    [Fact]
    public void A_built_docx_imports_to_the_report_it_was_built_from()
    {
        ValidReports.Report.Sample(generated =>
        {
            var report = Read(generated);
            var document = new DocxDocumentReader().Read(new MemoryStream(DocxTestFiles.Write(report)), "generated.docx");
            var import = ReportExtractor.Extract(document);

            Assert.Empty(import.Findings.Select(f => f.Message));
            SameAsPrinted(report, import.Report!);
        }, iter: 60);
    }

    [LibreOfficeFact]
    public void LibreOffice_html_of_a_built_docx_imports_to_the_report_it_was_built_from()
    {
        ValidReports.Report.Array[4].Sample(generated =>
        {
            using var directory = new TempDirectory();
            var reports = generated.Select(Read).ToList();
            var paths = reports.Select((r, i) => directory.Write($"r{i}.docx", DocxTestFiles.Write(r))).ToList();
            var profile = new Uri(Path.Combine(directory.Path, "profile")).AbsoluteUri;
            Soffice(["-env:UserInstallation=" + profile, "--headless", "--convert-to", "html", "--outdir", directory.Path, .. paths]);
            for (var i = 0; i < reports.Count; i++)
            {
                using var html = File.OpenRead(Path.Combine(directory.Path, $"r{i}.html"));
                var import = ReportExtractor.Extract(new HtmlDocumentReader().Read(html, $"r{i}.html"));

                Assert.Empty(import.Findings.Select(f => f.Message));
                SameAsPrinted(reports[i], import.Report!);
            }
        }, iter: 1, threads: 1);
    }

    /// <summary>
    /// The same report as a reader of the printed page sees it: a sub-section without a heading in the middle of a
    /// list prints as more paragraphs of the one before, so it is compared so.
    /// </summary>
    private static void SameAsPrinted(AnnualReport expected, AnnualReport actual)
    {
        ImportAssert.SameFigures(expected, actual);
        Assert.Equal(expected.Agency, actual.Agency);
        Assert.Equal(expected.Year, actual.Year);
        ImportAssert.SameProse(AsPrinted(expected.Overview), actual.Overview);
        ImportAssert.SameProse(AsPrinted(expected.Problems), actual.Problems);
        ImportAssert.SameProse(AsPrinted(expected.OtherMatters), actual.OtherMatters);
    }

    private static List<ProseSection> AsPrinted(IReadOnlyList<ProseSection> sections)
    {
        var result = new List<ProseSection>();
        foreach (var section in sections)
        {
            if (section.Heading is null && result.Count > 0)
            {
                result[^1] = result[^1] with { Paragraphs = [.. result[^1].Paragraphs, .. section.Paragraphs] };
            }
            else
            {
                result.Add(new ProseSection(section.Heading, section.Paragraphs));
            }
        }

        return result;
    }

    private static void Soffice(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(180)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish within 180 s");
        }
    }
}
