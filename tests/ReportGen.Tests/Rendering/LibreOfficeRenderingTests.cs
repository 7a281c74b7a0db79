using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Format;
using ReportGen.Core.Rendering;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Rendering;

/// <summary>
/// The sample's .docx as LibreOffice prints it (PDF read back with pdftotext): the seed's text, the catalog's
/// labels, the 28 × 22 grid and the page numbers. Geometry in PDF points: 1 pt = 20 twips.
/// </summary>
public partial class LibreOfficeRenderingTests(LibreOfficeRendering rendering) : IClassFixture<LibreOfficeRendering>
{
    private const double LeftEdge = 1587 / 20.0;
    private const double LinePitch = 579 / 20.0;
    private const double BodySize = 16;
    private const double PageNumberSize = 14;

    private double RightEdge => rendering.Sample.PageWidth - (1474 / 20.0);

    [LibreOfficeFact]
    public void Rendered_text_holds_every_seed_paragraph_and_the_official_headings()
    {
        var text = Normalise(WithoutPageNumbers(rendering.Sample.Text));
        var expected = SeedParagraphs().Concat(FormatCatalog.Sections.Select(s => s.Heading)).ToList();
        Assert.True(expected.Count > 15, "too few seed paragraphs found: " + expected.Count);
        var missing = expected.Where(p => !text.Contains(Normalise(p), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "not in the rendered text:\n" + string.Join('\n', missing));
    }

    [LibreOfficeFact]
    public void Rendered_tables_hold_every_catalog_label_and_every_figure()
    {
        // Cell text wraps and pdftotext interleaves neighbouring cells line by line, so a label is found as a
        // run of whole words, in order, that spell it.
        var words = WithoutPageNumbers(rendering.Sample.Text).Split((char[])[' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries);
        var missing = CatalogLabels().Where(label => !SpelledInOrder(words, label)).ToList();
        Assert.True(missing.Count == 0, "labels not in the rendered tables:\n" + string.Join('\n', missing));

        var report = DocxTestFiles.SampleReport();
        var figures = FormatCatalog.ProactiveTable.Items.Sum(i => report.Proactive.Cells(i).Count)
            + (FormatCatalog.RequestTable.Rows.Count * FormatCatalog.RequestTable.Columns.Count)
            + (FormatCatalog.ReviewTable.Rows.Count * FormatCatalog.ReviewTable.Columns.Count);
        Assert.Equal(figures, words.Count(w => w == "0"));
    }

    [LibreOfficeFact]
    public void Body_text_is_set_28_characters_a_line_and_22_lines_a_page()
    {
        var body = rendering.Sample.Lines.Where(l => Math.Abs(l.Height - (BodySize * 1.3)) < 2.5).ToList();
        Assert.NotEmpty(body);

        // Exact 28.95 pt line spacing between the lines of a paragraph.
        var gaps = body.Zip(body.Skip(1)).Where(p => p.First.Page == p.Second.Page && p.Second.YMin - p.First.YMin < LinePitch * 1.5)
            .Select(p => p.Second.YMin - p.First.YMin).ToList();
        Assert.NotEmpty(gaps);
        Assert.All(gaps, g => Assert.InRange(g, LinePitch - 0.3, LinePitch + 0.3));

        // 22 lines on a full page, never more.
        var perPage = body.GroupBy(l => l.Page).Select(g => g.Count()).ToList();
        Assert.Equal(22, perPage.Max());

        // A justified full line of Chinese text holds 28 characters, counting a first line's two-character indent.
        var full = body.Where(l => l.XMax > RightEdge - 2 && !l.Text.Any(ChineseText.IsHalfWidth))
            .Select(l => l.Text.Length + (int)Math.Round((l.XMin - LeftEdge) / BodySize)).ToList();
        Assert.True(full.Count > 20, "too few full lines: " + full.Count);
        Assert.All(full, n => Assert.True(n <= 28, $"a line holds {n} characters"));
        Assert.Equal(28, full.GroupBy(n => n).MaxBy(g => g.Count())!.Key);
    }

    /// <summary>
    /// Table 三 is taller than what is left of the page where table 二 ends: it starts there and runs onto the
    /// next page under its repeated header, rather than moving whole and leaving the page mostly blank.
    /// </summary>
    [LibreOfficeFact]
    public void A_table_breaks_across_pages_under_its_repeated_header_rather_than_leave_a_page_blank()
    {
        var lines = rendering.Sample.Lines;
        var tableTwoEnds = lines.Last(l => l.Text.Contains(FormatCatalog.ProactiveTable.Items.Last().Label, StringComparison.Ordinal)).Page;
        var tableThreeHeading = lines.Single(l => l.Text.Contains(FormatCatalog.Requests.Heading, StringComparison.Ordinal)).Page;
        Assert.Equal(tableTwoEnds, tableThreeHeading);

        var header = lines.Where(l => l.Text.Contains(RequestTableSpec.ApplicantsHeader, StringComparison.Ordinal)).Select(l => l.Page).ToList();
        Assert.Equal([tableThreeHeading, tableThreeHeading + 1], header);
    }

    /// <summary>The line before the web address ends short, set at its natural pitch, instead of being stretched to the margin.</summary>
    [LibreOfficeFact]
    public void The_line_before_a_web_address_is_not_stretched()
    {
        var line = rendering.Sample.Lines.Single(l => l.Text.EndsWith("http://", StringComparison.Ordinal));
        Assert.True(line.XMax < RightEdge - (BodySize / 2), $"the line before the address ends at {line.XMax:0.0} pt, the margin is at {RightEdge:0.0} pt");
    }

    [LibreOfficeFact]
    public void Page_numbers_stand_one_character_in_right_on_odd_pages_and_left_on_even_pages()
    {
        var sample = rendering.Sample;
        Assert.True(sample.Pages >= 4);
        var textBottom = sample.PageHeight - (1984 / 20.0);
        for (var page = 1; page <= sample.Pages; page++)
        {
            var number = sample.Lines.Single(l => l.Page == page && PageNumber().Match(l.Text) is { Success: true } m && m.Groups[1].Value == page.ToString(CultureInfo.InvariantCulture));
            // GB/T 9704 7.5: the number's line 7 mm (19.8 pt) below the text block.
            Assert.InRange(number.YMin - textBottom, 17.0, 23.0);
            if (page % 2 == 1)
            {
                Assert.InRange(number.XMax, RightEdge - PageNumberSize - 3, RightEdge - PageNumberSize + 3);
            }
            else
            {
                Assert.InRange(number.XMin, LeftEdge + PageNumberSize - 3, LeftEdge + PageNumberSize + 3);
            }
        }
    }

    /// <summary>
    /// The seed's paragraphs outside its (mangled) tables: the title, the preface with the notice number
    /// corrected, the headings and prose of sections 一, 五 and 六. Its headings of 二–四 are non-official variants.
    /// </summary>
    private static IEnumerable<string> SeedParagraphs()
    {
        var lines = File.ReadAllLines(Repository.PublishedSample)
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var tables = lines.FindIndex(l => l.StartsWith(FormatCatalog.Proactive.Number + "、", StringComparison.Ordinal));
        var after = lines.FindIndex(l => l.StartsWith(FormatCatalog.Problems.Number + "、", StringComparison.Ordinal));
        Assert.True(tables > 0 && after > tables);
        return lines.Take(tables).Concat(lines.Skip(after))
            .Select(l => l.Replace("国办公开函〔2021〕30号", FormatCatalog.NoticeNumber, StringComparison.Ordinal))
            .Select(l => AutoLink().Replace(l, "$1"));
    }

    private static IEnumerable<string> CatalogLabels()
    {
        var a = FormatCatalog.ProactiveTable;
        var b = FormatCatalog.RequestTable;
        var c = FormatCatalog.ReviewTable;
        return new[] { ProactiveTableSpec.ContentHeader, RequestTableSpec.CornerNote, RequestTableSpec.ApplicantsHeader, RequestTableSpec.LegalPersonsHeader, RequestTableSpec.OutcomesLabel, ReviewTableSpec.LitigationHeader }
            .Concat(a.Clauses.Select(x => x.Label)).Concat(a.Clauses.Select(x => x.ValueHeader).OfType<string>())
            .Concat(a.DocumentColumns.Select(x => x.Label)).Concat(a.Items.Select(x => x.Label))
            .Concat(b.Columns.Select(x => x.Label)).Concat(b.Rows.Select(x => x.Label)).Concat(b.Groups.Select(x => x.Label))
            .Concat(c.Columns.Select(x => x.Label)).Concat(c.Rows.Select(x => x.Label))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>Whether some word starts the label and later words, in order, complete it.</summary>
    private static bool SpelledInOrder(string[] words, string label)
    {
        for (var first = 0; first < words.Length; first++)
        {
            if (!label.StartsWith(words[first], StringComparison.Ordinal))
            {
                continue;
            }

            var at = words[first].Length;
            for (var next = first + 1; at < label.Length && next < words.Length; next++)
            {
                if (label.AsSpan(at).StartsWith(words[next], StringComparison.Ordinal))
                {
                    at += words[next].Length;
                }
            }

            if (at == label.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static string WithoutPageNumbers(string text) => PageNumberLine().Replace(text, "");

    /// <summary>The seed was extracted from a PDF with spaces inserted, and pdftotext drops a hyphen at a line end.</summary>
    private static string Normalise(string text) => Whitespace().Replace(text, "").Replace("-", "", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*—\s*\d+\s*—\s*$", RegexOptions.Multiline)]
    private static partial Regex PageNumberLine();

    [GeneratedRegex(@"^—\s*(\d+)\s*—$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"<(https?://[^>]+)>")]
    private static partial Regex AutoLink();
}
