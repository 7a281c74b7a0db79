using System.Text;
using ReportGen.Core.Format;
using ReportGen.Core.Importing;
using AnnualReport = ReportGen.Core.Model.AnnualReport;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

/// <summary>Reading fixtures and finding table 三 in a <see cref="PublishedDocument"/> by the catalog's labels.</summary>
public static class PublishedDocuments
{
    public static string Fixture(string name) => Path.Combine(Repository.Root, "tests", "ReportGen.Tests", "Importing", "Fixtures", name);

    public static PublishedDocument ReadPdf(string path)
    {
        using var stream = File.OpenRead(path);
        return new PdfDocumentReader().Read(stream, Path.GetFileName(path));
    }

    public static PublishedDocument ReadPdf(byte[] bytes) => new PdfDocumentReader().Read(new MemoryStream(bytes), "test.pdf");

    public static PublishedDocument ReadText(byte[] bytes, string name = "test.txt") =>
        new TextDocumentReader().Read(new MemoryStream(bytes), name);

    public static PublishedDocument ReadText(string text, string name = "test.txt") => ReadText(Encoding.UTF8.GetBytes(text), name);

    public static IEnumerable<TableBlock> Tables(this PublishedDocument document) => document.Blocks.OfType<TableBlock>();

    public static IEnumerable<string> Texts(this PublishedDocument document) => document.Blocks.OfType<TextBlock>().Select(t => t.Text);

    /// <summary>A table's rows that carry figures, each as its label (the last text cell before them) and its figures.</summary>
    public static List<(string Label, List<TableCell> Figures)> FigureRows(TableBlock table, int minFigures)
    {
        var result = new List<(string, List<TableCell>)>();
        foreach (var row in table.Rows)
        {
            var figures = row.Where(c => PublishedText.IsFigure(c.Text)).ToList();
            if (figures.Count >= minFigures)
            {
                var label = row.LastOrDefault(c => c.Text.Length > 0 && !PublishedText.IsFigure(c.Text))?.Text ?? "";
                result.Add((label, figures));
            }
        }

        return result;
    }

    /// <summary>
    /// Table 三 as the catalog orders it: the table that has the 本年新收 row, its 25 rows of seven figures, each label
    /// the catalog's (spacing and full/half width aside). Fails with what was found otherwise.
    /// </summary>
    public static List<(string Label, List<TableCell> Figures)> RequestRows(PublishedDocument document)
    {
        var received = LabelText.Key(FormatCatalog.RequestTable.Received.Label);
        var table = document.Tables().Single(t => t.Rows.Any(r => r.Any(c => LabelText.Key(c.Text) == received)));
        var rows = FigureRows(table, RequestTableSpec.ApplicantCount + 1);
        var expected = FormatCatalog.RequestTable.Rows.Select(r => LabelText.Key(r.Label)).ToList();
        Assert.Equal(expected, rows.Select(r => LabelText.Key(r.Label)).ToList());
        Assert.All(rows, r => Assert.Equal(RequestTableSpec.ApplicantCount + 1, r.Figures.Count));
        return rows;
    }

    /// <summary>Every paragraph of the report's prose (overview, problems, other matters), without headings.</summary>
    public static IEnumerable<string> Paragraphs(AnnualReport report) =>
        report.Overview.Concat(report.Problems).Concat(report.OtherMatters).SelectMany(s => s.Paragraphs);

    /// <summary>Every heading of the report's prose sections.</summary>
    public static IEnumerable<string> Headings(AnnualReport report) =>
        report.Overview.Concat(report.OtherMatters).Select(s => s.Heading).OfType<string>();
}
