using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReportGen.Core.Format;
using ReportGen.Core.Importing;
using ReportGen.Core.Reading;
using ReportGen.Tests.Rendering;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

/// <summary>
/// Generated reports through the builder and LibreOffice's PDF, read back: every figure of tables 三 and 四 and every
/// paragraph exactly as in the YAML. Also the hand-made .fodt printed afresh (not the builder). Needs soffice.
/// </summary>
public sealed class PdfRoundTripTests
{
    private static readonly int[] Seeds = [11, 12, 13, 14];

    [LibreOfficeFact]
    public void Generated_reports_read_back_from_libreoffice_pdfs_with_the_same_figures_and_paragraphs()
    {
        using var directory = new TempDirectory();
        var reports = Seeds.Select(seed =>
        {
            var generated = ReportGenerator.Generate(seed, seed);
            var read = ReportReader.Read("g.yaml", Encoding.UTF8.GetBytes(generated.Yaml));
            Assert.False(read.HasErrors, string.Join('\n', read.Diagnostics));
            File.WriteAllBytes(Path.Combine(directory.Path, $"g{seed}.docx"), DocxTestFiles.Write(read.Report!));
            return (Seed: seed, Report: read.Report!);
        }).ToList();

        LibreOffice.ConvertToPdf(directory.Path, [.. reports.Select(r => $"g{r.Seed}.docx")]);

        foreach (var (seed, report) in reports)
        {
            var document = PublishedDocuments.ReadPdf(Path.Combine(directory.Path, $"g{seed}.pdf"));
            var rows = PublishedDocuments.RequestRows(document);
            foreach (var row in FormatCatalog.RequestTable.Rows)
            {
                var expected = FormatCatalog.RequestTable.Columns.Select(c => report.Requests.Value(row.Index, c.Index).ToString(CultureInfo.InvariantCulture));
                Assert.Equal(expected, rows[row.Index].Figures.Select(f => f.Text));
            }

            var reviewFigures = document.Tables().Select(t => PublishedDocuments.FigureRows(t, FormatCatalog.ReviewTable.GridColumns)).Single(r => r.Count == 1)[0].Figures;
            Assert.Equal(
                FormatCatalog.ReviewTable.Rows.SelectMany(report.Reviews.RowValues).Select(v => v.ToString(CultureInfo.InvariantCulture)),
                reviewFigures.Select(f => f.Text));

            var texts = document.Texts().ToList();
            foreach (var paragraph in PublishedDocuments.Paragraphs(report))
            {
                Assert.Contains(paragraph, texts);
            }

            // And through the extractor: the report itself.
            var import = ReportExtractor.Extract(document);
            Assert.Empty(import.Findings.Select(f => f.Message));
            ImportAssert.SameFigures(report, import.Report!);
            Assert.Equal((report.Agency, report.Year), (import.Report!.Agency, import.Report.Year));
            Assert.Equal(PublishedDocuments.Paragraphs(report), PublishedDocuments.Paragraphs(import.Report));
        }
    }

    [LibreOfficeFact]
    public void Handmade_fodt_printed_afresh_reads_as_the_committed_pdf()
    {
        using var directory = new TempDirectory();
        File.Copy(PublishedDocuments.Fixture("handmade-table3.fodt"), Path.Combine(directory.Path, "handmade-table3.fodt"));

        LibreOffice.ConvertToPdf(directory.Path, ["handmade-table3.fodt"]);

        var fresh = PublishedDocuments.ReadPdf(Path.Combine(directory.Path, "handmade-table3.pdf"));
        var committed = PublishedDocuments.ReadPdf(PublishedDocuments.Fixture("handmade-table3.pdf"));
        Assert.Equal(
            PublishedDocuments.RequestRows(committed).Select(r => (r.Label, string.Join(' ', r.Figures.Select(f => f.Text)))),
            PublishedDocuments.RequestRows(fresh).Select(r => (r.Label, string.Join(' ', r.Figures.Select(f => f.Text)))));
        Assert.Equal(committed.Texts(), fresh.Texts());
    }
}

/// <summary>LibreOffice's PDF export of files in a folder, with a private profile (parallel runs do not clash).</summary>
public static class LibreOffice
{
    public static void ConvertToPdf(string directory, IReadOnlyList<string> files)
    {
        var soffice = new[] { "soffice", "libreoffice" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice (soffice) is not installed, or set " + LibreOfficeFactAttribute.SkipVariable + "=1.");
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = directory };
        foreach (var argument in new[] { "-env:UserInstallation=" + new Uri(Path.Combine(directory, "profile")).AbsoluteUri, "--headless", "--convert-to", "pdf", "--outdir", directory }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(180)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish within 180 s");
        }

        Assert.True(process.ExitCode == 0, $"soffice exited with {process.ExitCode}: {error.Result} {output.Result}");
        foreach (var file in files)
        {
            Assert.True(File.Exists(Path.Combine(directory, Path.ChangeExtension(file, ".pdf"))), "LibreOffice did not print " + file);
        }
    }
}
