using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Importing;
using ReportGen.Tests.Rendering;

namespace ReportGen.Tests.Importing;

public sealed partial class PdfDocumentReaderTests
{
    [Fact]
    public void Builder_pdf_has_table_three_with_every_catalog_row_and_their_positions()
    {
        var document = PublishedDocuments.ReadPdf(PublishedDocuments.Fixture("sample-2023.pdf"));

        Assert.Equal("pdf", document.FileFormat);
        Assert.Equal([1, 2, 3], document.Tables().Select(t => t.Position.Table));
        var rows = PublishedDocuments.RequestRows(document);
        Assert.All(rows, r => Assert.All(r.Figures, f => Assert.Equal("0", f.Text)));

        // Table 三 is on page 4, in ten grid columns: three of labels, then the seven figures.
        var table = document.Tables().ElementAt(1);
        Assert.Equal(new DocumentPosition(4, 2), table.Position);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            Assert.All(table.Rows[r], c => Assert.Equal((4, 2, r + 1), (c.Position.Page, c.Position.Table, c.Position.Row)));
        }

        Assert.All(rows, r => Assert.Equal([4, 5, 6, 7, 8, 9, 10], r.Figures.Select(f => f.Position.Column)));
    }

    [Fact]
    public void Builder_pdf_sees_merged_cells_with_their_spans()
    {
        var table = PublishedDocuments.ReadPdf(PublishedDocuments.Fixture("sample-2023.pdf")).Tables().ElementAt(1);
        var cells = table.Rows.SelectMany(r => r).ToList();

        var outcomes = cells.Single(c => c.Text == RequestTableSpec.OutcomesLabel);
        Assert.Equal(FormatCatalog.RequestTable.Outcomes.Count() + 1, outcomes.RowSpan);
        var granted = cells.Single(c => c.Text == FormatCatalog.RequestTable.Row("granted").Label);
        Assert.Equal((2, 2), (granted.Position.Column, granted.ColumnSpan));
        var received = cells.Single(c => c.Text == FormatCatalog.RequestTable.Received.Label);
        Assert.Equal((1, 3), (received.Position.Column, received.ColumnSpan));
        // Header cells wrapped onto two or three lines (社会/公益/组织) are one cell's text.
        Assert.Equal(FormatCatalog.RequestTable.Applicants.Skip(1).Select(c => c.Label), table.Rows[2].Select(c => c.Text));
    }

    [Fact]
    public void Builder_pdf_paragraphs_are_the_yaml_paragraphs_joined_back_without_page_numbers()
    {
        var document = PublishedDocuments.ReadPdf(PublishedDocuments.Fixture("sample-2023.pdf"));
        var report = DocxTestFiles.SampleReport();
        var texts = document.Texts().ToList();

        foreach (var paragraph in PublishedDocuments.Paragraphs(report))
        {
            Assert.Contains(paragraph, texts);
        }

        // The title, centred over two lines (agency, then year and kind), is one paragraph.
        Assert.Equal(report.EffectiveTitle, texts[0]);
        Assert.DoesNotContain(texts, t => PageNumberInText().IsMatch(t));
        // The paragraph that runs from page 1 to page 2 (the footer —1— between) is one paragraph of page 1.
        var first = PublishedDocuments.Paragraphs(report).First();
        Assert.Equal(1, document.Blocks.OfType<TextBlock>().Single(t => t.Text == first).Position.Page);
        Assert.Equal(Enumerable.Range(1, texts.Count), document.Blocks.OfType<TextBlock>().Select(t => t.Position.Paragraph));
    }

    [Fact]
    public void Handmade_table_cut_by_a_page_break_is_one_table_with_its_figures()
    {
        var document = PublishedDocuments.ReadPdf(PublishedDocuments.Fixture("handmade-table3.pdf"));

        var rows = PublishedDocuments.RequestRows(document);
        for (var r = 0; r < rows.Count; r++)
        {
            // make-handmade.py: figures distinct per row and column.
            var expected = Enumerable.Range(0, 7).Select(c => ((r + c) % 5 != 0 ? ((r + 1) * 10) + c : ((r + 1) * 1000) + c).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected, rows[r].Figures.Select(f => f.Text));
        }

        var table = document.Tables().Single();
        Assert.Equal([1, 2], table.Rows.Select(r => r[0].Position.Page).Distinct());
        Assert.Equal(table.Rows.Count, table.Rows.Select(r => r[0].Position.Row).Distinct().Count());
        // The outcome label was set one character per line in a narrow cell; the header letter-spaced.
        Assert.Contains(table.Rows.SelectMany(r => r), c => c.Text == RequestTableSpec.OutcomesLabel && c.RowSpan > 1);
        Assert.Contains(table.Rows.SelectMany(r => r), c => c.Text == "社会公益组织");
        Assert.Contains(rows, r => r.Label == "2.重 复申请");
    }

    [Fact]
    public void Handmade_table_without_rules_gives_the_rows_whose_label_is_on_one_line()
    {
        // make-handmade.py --unruled: the same table 三 without any border, cut by the page break. Without rules the
        // reader works from lines alone: a row whose label sits on one line comes out whole; labels wrapped around
        // their figures and the group labels beside them are only partly put back (see the class comment).
        var document = PublishedDocuments.ReadPdf(PublishedDocuments.Fixture("handmade-unruled.pdf"));
        var found = document.Tables().SelectMany(t => PublishedDocuments.FigureRows(t, 7))
            .ToDictionary(r => LabelText.Key(r.Label), r => r.Figures, StringComparer.Ordinal);

        var matched = 0;
        foreach (var row in FormatCatalog.RequestTable.Rows)
        {
            if (found.TryGetValue(LabelText.Key(row.Label), out var figures))
            {
                var r = row.Index;
                var expected = Enumerable.Range(0, 7).Select(c => ((r + c) % 5 != 0 ? ((r + 1) * 10) + c : ((r + 1) * 1000) + c).ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(expected, figures.Select(f => f.Text));
                matched++;
            }
        }

        Assert.True(matched >= 17, matched.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(document.Tables(), t => t.Position.Page == 2);
    }

    [Fact]
    public void Handmade_paragraph_over_a_page_break_is_one_paragraph_without_the_footer()
    {
        var texts = PublishedDocuments.ReadPdf(PublishedDocuments.Fixture("handmade-table3.pdf")).Texts().ToList();

        var problems = texts.Single(t => t.StartsWith("一是公开的及时性", StringComparison.Ordinal));
        Assert.EndsWith("下一步将加以改进。", problems, StringComparison.Ordinal);
        Assert.Equal(("一是公开的及时性有待提高；二是解读形式较为单一。".Length * 30) + "下一步将加以改进。".Length, problems.Length);
        Assert.DoesNotContain(texts, t => PageNumberInText().IsMatch(t));
    }

    [Fact]
    public void Encrypted_pdf_says_to_remove_the_password()
    {
        var e = Assert.Throws<DocumentUnreadableException>(() => PublishedDocuments.ReadPdf(PublishedDocuments.Fixture("encrypted.pdf")));
        Assert.Contains("文件已加密，请先解除密码保护", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_without_text_says_it_needs_ocr()
    {
        var scanned = TinyPdf.Pages(TinyPdf.Ascii("0 0 0 RG 72 72 400 600 re S"));

        var e = Assert.Throws<DocumentUnreadableException>(() => PublishedDocuments.ReadPdf(scanned));
        Assert.Contains("扫描件没有文字层，需要先做文字识别（OCR）", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("PK\u0003\u0004 this is a .docx renamed")]
    [InlineData("%PDF-1.7\n garbage without objects")]
    public void Not_a_pdf_or_a_broken_one_is_unreadable_without_a_stack_trace(string content)
    {
        var e = Assert.Throws<DocumentUnreadableException>(() => PublishedDocuments.ReadPdf(TinyPdf.Ascii(content)));
        Assert.DoesNotContain(" at ", e.Reason, StringComparison.Ordinal);
        Assert.Matches("PDF", e.Reason);
    }

    [Fact]
    public void Truncated_pdf_is_unreadable_or_read_as_far_as_it_goes()
    {
        var bytes = File.ReadAllBytes(PublishedDocuments.Fixture("sample-2023.pdf"));
        foreach (var length in new[] { 600, bytes.Length / 3, bytes.Length - 200 })
        {
            try
            {
                _ = PublishedDocuments.ReadPdf(bytes[..length]);
            }
            catch (DocumentUnreadableException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            }
        }
    }

    [Fact]
    public void All_text_in_one_glyph_run_is_bounded()
    {
        var run = TinyPdf.Pages(TinyPdf.Text(new string('8', 100_000), x: 10));

        var text = PublishedDocuments.ReadPdf(run).Texts().Single();
        Assert.True(text.Length <= 30_000, text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Broken_content_stream_and_many_pages_are_bounded()
    {
        var pages = Enumerable.Range(1, 120)
            .Select(i => i % 7 == 0 ? TinyPdf.Ascii("BT /F1 12 Tf ((( [ <<< 1 2 3 Tj ] ET q Q Q Q cm re re") : TinyPdf.Text("Page " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();

        var document = PublishedDocuments.ReadPdf(TinyPdf.Pages(pages));
        Assert.All(document.Blocks, b => Assert.InRange(b.Position.Page, 1, PdfDocumentReader.MaxPages));
        // Lines of one length look like a paragraph's full lines, so the pages' lines join; the point is where it stops.
        var text = string.Concat(document.Texts());
        Assert.StartsWith("Page 1", text, StringComparison.Ordinal);
        Assert.Contains("Page 40", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 41", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*[-—]\s*\d+\s*[-—]\s*$|[-—]\d[-—]")]
    private static partial Regex PageNumberInText();
}
