using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using CsCheck;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Core.Format;
using ReportGen.Core.Rendering;
using ReportGen.Core.Rendering.Docx;
using static ReportGen.Tests.Rendering.DocxTestFiles;

namespace ReportGen.Tests.Rendering;

/// <summary>The package, page, fonts and table geometry of the written .docx, checked in its XML.</summary>
public class DocxDocumentTests
{
    private const int TextWidth = 8844;

    [Fact]
    public void Sample_is_valid_Open_XML() => AssertValid(Sample);

    [Fact]
    public void Random_reports_are_valid_Open_XML() =>
        ReportGenerators.Report.Sample(report => AssertValid(Write(report)), iter: 25, threads: 1);

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        var first = Write(SampleReport());
        var second = Write(SampleReport());
        Assert.Equal(first, second);
        var inParallel = Enumerable.Range(0, 4).AsParallel().Select(_ => Write(SampleReport())).ToList();
        Assert.All(inParallel, bytes => Assert.Equal(first, bytes));
    }

    [Fact]
    public void Package_is_zipped_deterministically_with_content_types_first()
    {
        using var zip = new ZipArchive(new MemoryStream(Sample), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal("[Content_Types].xml", names[0]);
        Assert.Equal(names.Skip(1).Order(StringComparer.Ordinal), names.Skip(1));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.Contains("docProps/core.xml", names);
    }

    [Fact]
    public void Relationship_ids_are_fixed()
    {
        var rels = Parts(Sample)["word/_rels/document.xml.rels"].Root!.Elements().Select(e => (string)e.Attribute("Id")!);
        Assert.All(rels, id => Assert.Matches("^rId[A-Za-z]+$", id));
    }

    [Fact]
    public void Timestamp_option_goes_into_core_properties()
    {
        var epoch = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var docx = Write(SampleReport(), new DocxOptions { Timestamp = epoch });
        Assert.Equal(["2023-11-14T22:13:20Z", "2023-11-14T22:13:20Z"], CoreDates(docx));
        Assert.NotEqual(Sample, docx);
    }

    [Fact]
    public void Without_a_timestamp_the_dates_come_from_the_input()
    {
        Assert.Equal(["2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z"], CoreDates(Sample));
        var report = SampleReport();
        report.PublishDate = new DateOnly(2024, 1, 20);
        Assert.Equal(["2024-01-20T00:00:00Z", "2024-01-20T00:00:00Z"], CoreDates(Write(report)));
    }

    [Fact]
    public void Page_is_A4_with_GB9704_margins_and_a_22_line_grid()
    {
        var section = Part(Sample, "word/document.xml").Descendants(W + "sectPr").Single();
        var size = section.Element(W + "pgSz")!;
        Assert.Equal(("11906", "16838"), (Val(size, "w"), Val(size, "h")));
        var margin = section.Element(W + "pgMar")!;
        Assert.Equal(("2098", "1587", "1474", "1984"), (Val(margin, "top"), Val(margin, "left"), Val(margin, "right"), Val(margin, "bottom")));
        var grid = section.Element(W + "docGrid")!;
        Assert.Equal(("lines", "579"), (Val(grid, "type"), Val(grid, "linePitch")));
        Assert.Null(grid.Attribute(W + "charSpace"));
        Assert.True(22 * 579 <= 16838 - 2098 - 1984);

        var normal = Style("Normal");
        var spacing = normal.Element(W + "pPr")!.Element(W + "spacing")!;
        Assert.Equal(("579", "exact"), (Val(spacing, "line"), Val(spacing, "lineRule")));
        Assert.Equal("640", Val(normal.Element(W + "pPr")!.Element(W + "ind")!, "firstLine"));
        Assert.Equal("both", Val(normal.Element(W + "pPr")!.Element(W + "jc")!, "val"));
        // 28 characters a line: 16 pt − 0.25 pt each.
        Assert.Equal("-5", Val(normal.Element(W + "rPr")!.Element(W + "spacing")!, "val"));
    }

    [Fact]
    public void Text_styles_follow_GB9704()
    {
        var fonts = FontSet.Default;
        AssertStyleFont("ReportTitle", fonts.Title, "44");
        Assert.Equal("center", Val(Style("ReportTitle").Element(W + "pPr")!.Element(W + "jc")!, "val"));
        AssertStyleFont("Normal", fonts.Body, "32");
        AssertStyleFont("Heading1", fonts.Heading, "32");
        AssertStyleFont("Heading2", fonts.SubHeading, "32");
        AssertStyleFont("Footer", fonts.PageNumber, "28");

        var body = Part(Sample, "word/document.xml").Descendants(W + "body").Single();
        var headings = Paragraphs(body, "Heading1");
        Assert.Equal(FormatCatalog.Sections.Select(s => s.Heading), headings);
        var subHeadings = Paragraphs(body, "Heading2");
        Assert.Equal(
            ["（一）主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况", "（四）平台建设情况", "（五）监督保障情况",
             "（一）信息处理费收取情况", "（二）其他需要通过年度报告予以报告的事项"],
            subHeadings);
        var title = body.Elements(W + "p").First();
        Assert.Equal(["石拐区商务和科技局", "2023年政府信息公开工作年度报告"], title.Descendants(W + "t").Select(t => t.Value));
        Assert.Single(title.Descendants(W + "br"));
    }

    [Fact]
    public void Every_font_is_named_for_Chinese_text_and_no_theme_font_is_used()
    {
        var parts = Parts(Sample);
        var rFonts = parts.Values.SelectMany(p => p.Descendants(W + "rFonts")).ToList();
        Assert.NotEmpty(rFonts);
        Assert.All(rFonts, f =>
        {
            Assert.Equal("eastAsia", Val(f, "hint"));
            Assert.False(string.IsNullOrEmpty(Val(f, "eastAsia")));
            Assert.Equal(Val(f, "eastAsia"), Val(f, "ascii"));
            Assert.Equal(Val(f, "eastAsia"), Val(f, "hAnsi"));
        });
        var themed = parts.Values.SelectMany(p => p.Descendants().Attributes()).Where(a => a.Name.LocalName.EndsWith("Theme", StringComparison.Ordinal));
        Assert.Empty(themed);
        Assert.DoesNotContain(parts.Keys, k => k.Contains("theme", StringComparison.OrdinalIgnoreCase));

        var lang = parts["word/styles.xml"].Descendants(W + "docDefaults").Descendants(W + "lang").Single();
        Assert.Equal("zh-CN", Val(lang, "eastAsia"));

        var fonts = parts["word/fontTable.xml"].Root!.Elements(W + "font").ToDictionary(f => Val(f, "name")!);
        Assert.Equal(
            [("仿宋_GB2312", "FangSong_GB2312"), ("楷体_GB2312", "KaiTi_GB2312"), ("黑体", "SimHei"), ("宋体", "SimSun")],
            new[] { "仿宋_GB2312", "楷体_GB2312", "黑体", "宋体" }.Select(n => (n, Val(fonts[n].Element(W + "altName")!, "val"))));
        Assert.All(fonts.Values, f => Assert.Equal("86", Val(f.Element(W + "charset")!, "val")));
        var used = rFonts.Select(f => Val(f, "eastAsia")!).ToHashSet();
        Assert.Subset(fonts.Keys.ToHashSet(), used);
    }

    [Fact]
    public void Fonts_can_be_overridden_by_role()
    {
        var fonts = FontSet.Default.With("body", "FangSong")!.With("title", "SimSun")!;
        var parts = Parts(Write(SampleReport(), new DocxOptions { Fonts = fonts }));
        var used = parts.Values.SelectMany(p => p.Descendants(W + "rFonts")).Select(f => Val(f, "eastAsia")).ToHashSet();
        Assert.Contains("FangSong", used);
        Assert.Contains("SimSun", used);
        Assert.DoesNotContain("仿宋_GB2312", used);
        Assert.DoesNotContain("方正小标宋简体", used);
        Assert.Contains(parts["word/fontTable.xml"].Root!.Elements(W + "font"), f => Val(f, "name") == "FangSong");
    }

    [Fact]
    public void Settings_ask_for_odd_and_even_footers_and_Word_2013_layout()
    {
        var settings = Part(Sample, "word/settings.xml").Root!;
        Assert.NotNull(settings.Element(W + "evenAndOddHeaders"));
        var compat = settings.Descendants(W + "compatSetting").Single(c => Val(c, "name") == "compatibilityMode");
        Assert.Equal("15", Val(compat, "val"));
    }

    /// <summary>A relationship target of word/document.xml as a part name: absolute, or relative to word/.</summary>
    private static string PartName(string target) => target.StartsWith('/') ? target[1..] : "word/" + target;

    [Fact]
    public void Page_numbers_are_dashed_right_on_odd_pages_and_left_on_even_pages()
    {
        var parts = Parts(Sample);
        var rels = parts["word/_rels/document.xml.rels"].Root!.Elements().ToDictionary(e => (string)e.Attribute("Id")!, e => PartName((string)e.Attribute("Target")!));
        var references = parts["word/document.xml"].Descendants(W + "footerReference")
            .ToDictionary(f => Val(f, "type")!, f => parts[rels[(string)f.Attribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"))!]]);
        Assert.Equal(["default", "even"], references.Keys.Order(StringComparer.Ordinal));
        foreach (var (type, footer) in references)
        {
            var odd = type == "default";
            var paragraph = footer.Descendants(W + "p").Single();
            Assert.Equal(" PAGE ", paragraph.Descendants(W + "instrText").Single().Value);
            var texts = paragraph.Descendants(W + "t").Select(t => t.Value).ToList();
            Assert.Equal("\u2014 ", texts[0]);
            Assert.Equal(" \u2014", texts[^1]);
            var properties = paragraph.Element(W + "pPr")!;
            Assert.Equal(odd ? "right" : "left", Val(properties.Element(W + "jc")!, "val"));
            Assert.Equal("280", Val(properties.Element(W + "ind")!, odd ? "right" : "left"));
            Assert.All(paragraph.Descendants(W + "sz"), s => Assert.Equal("28", Val(s, "val")));
            Assert.All(paragraph.Descendants(W + "rFonts"), f => Assert.Equal(FontSet.Default.PageNumber, Val(f, "eastAsia")));
        }
    }

    [Fact]
    public void Tables_fill_the_text_width_with_fixed_grids_and_widths_on_every_cell()
    {
        var tables = Part(Sample, "word/document.xml").Descendants(W + "tbl").ToList();
        Assert.Equal(3, tables.Count);
        foreach (var table in tables)
        {
            var properties = table.Element(W + "tblPr")!;
            Assert.Equal((TextWidth.ToString(CultureInfo.InvariantCulture), "dxa"), (Val(properties.Element(W + "tblW")!, "w"), Val(properties.Element(W + "tblW")!, "type")));
            Assert.Equal("center", Val(properties.Element(W + "jc")!, "val"));
            Assert.Equal("fixed", Val(properties.Element(W + "tblLayout")!, "type"));
            Assert.Equal(6, properties.Element(W + "tblBorders")!.Elements().Count(b => Val(b, "val") == "single"));

            var grid = table.Element(W + "tblGrid")!.Elements(W + "gridCol").Select(g => int.Parse(Val(g, "w")!, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(TextWidth, grid.Sum());
            foreach (var row in table.Elements(W + "tr"))
            {
                Assert.NotNull(row.Element(W + "trPr")!.Element(W + "cantSplit"));
                var column = 0;
                foreach (var cell in row.Elements(W + "tc"))
                {
                    var span = cell.Element(W + "tcPr")!.Element(W + "gridSpan") is { } g ? int.Parse(Val(g, "val")!, CultureInfo.InvariantCulture) : 1;
                    var width = cell.Element(W + "tcPr")!.Element(W + "tcW")!;
                    Assert.Equal("dxa", Val(width, "type"));
                    Assert.Equal(grid.Skip(column).Take(span).Sum(), int.Parse(Val(width, "w")!, CultureInfo.InvariantCulture));
                    Assert.Equal("center", Val(cell.Element(W + "tcPr")!.Element(W + "vAlign")!, "val"));
                    column += span;
                }

                Assert.Equal(grid.Count, column);
            }

            var header = table.Elements(W + "tr").Select(r => r.Element(W + "trPr")!.Element(W + "tblHeader") is not null).ToList();
            Assert.DoesNotContain(true, header.SkipWhile(h => h));
        }

        // The request and review tables repeat their three header rows on a new page.
        Assert.Equal([0, 3, 3], tables.Select(t => t.Elements(W + "tr").Count(r => r.Element(W + "trPr")!.Element(W + "tblHeader") is not null)));
    }

    [Fact]
    public void Cell_paragraphs_are_off_the_body_grid_unindented_and_centred()
    {
        var cells = Part(Sample, "word/document.xml").Descendants(W + "tc").ToList();

        // The cell paragraphs take grid, spacing, indent and alignment from the table styles and override none
        // of it (a table has hundreds of cells: direct formatting on each made the document several times larger).
        var tableText = Style("TableText").Element(W + "pPr")!;
        Assert.Equal("false", Val(tableText.Element(W + "snapToGrid")!, "val"));
        Assert.Equal("0", Val(tableText.Element(W + "ind")!, "firstLine"));
        Assert.Equal(("240", "auto"), (Val(tableText.Element(W + "spacing")!, "line"), Val(tableText.Element(W + "spacing")!, "lineRule")));
        Assert.Equal("center", Val(tableText.Element(W + "jc")!, "val"));
        Assert.Equal("TableText", Val(Style("TableHeading").Element(W + "basedOn")!, "val"));
        Assert.Empty(Style("TableHeading").Element(W + "pPr")?.Elements() ?? []);
        Assert.All(cells, cell =>
        {
            var properties = Assert.Single(cell.Elements(W + "p")).Element(W + "pPr")!;
            Assert.Subset(new HashSet<string> { "pStyle", "keepNext" }, properties.Elements().Select(e => e.Name.LocalName).ToHashSet());
        });

        // Sizes are the styles' 五号 (21) unless stated: the proactive table is in 小四 (24).
        var sizes = cells.Descendants(W + "sz").Select(s => int.Parse(Val(s, "val")!, CultureInfo.InvariantCulture)).ToList();
        Assert.All(sizes, s => Assert.Equal(24, s));
        Assert.Equal(cells.Count(c => c.Ancestors(W + "tbl").First() == cells[0].Ancestors(W + "tbl").First() && c.Value.Length > 0), sizes.Count);

        // Cell text takes its font from the table styles: 黑体 for headings, the body font for the rest.
        AssertStyleFont("TableText", FontSet.Default.Body, "21");
        AssertStyleFont("TableHeading", FontSet.Default.Heading, "21");
        IEnumerable<string?> CellStyles(string text) => cells.Where(c => c.Value == text).Select(c => Val(c.Descendants(W + "pStyle").Single(), "val"));
        Assert.Equal(["TableHeading"], CellStyles(RequestTableSpec.ApplicantsHeader));
        Assert.Equal(Enumerable.Repeat("TableHeading", 4), CellStyles(ProactiveTableSpec.ContentHeader));
        Assert.Equal(["TableText"], CellStyles(FormatCatalog.RequestTable.Received.Label));
        Assert.Empty(cells.Descendants(W + "rFonts"));
    }

    [Fact]
    public void Long_figures_shrink_to_fit_the_narrow_columns_of_Review_table()
    {
        var report = SampleReport();
        report.Reviews.Set(FormatCatalog.ReviewTable.Review.Index, 0, 123456);
        var table = Part(Write(report), "word/document.xml").Descendants(W + "tbl").ElementAt(2);
        // A cell states its size only when it is not the table style's 21.
        int Size(XElement cell) => cell.Descendants(W + "sz").SingleOrDefault() is { } size ? int.Parse(Val(size, "val")!, CultureInfo.InvariantCulture) : 21;
        var cells = table.Descendants(W + "tc").ToList();
        Assert.All(cells.Where(c => c.Value == "123456"), c => Assert.InRange(Size(c), 12, 20));
        Assert.All(cells.Where(c => c.Value is "0" or "结果维持"), c => Assert.Equal(21, Size(c)));
    }

    [Fact]
    public void Merged_cells_have_a_continuation_cell_in_every_row_below()
    {
        var tables = Part(Sample, "word/document.xml").Descendants(W + "tbl").ToList();
        var continuations = tables.Select(t => t.Descendants(W + "vMerge").Count(v => v.Attribute(W + "val") is null)).ToList();
        // The request table: corner 2 + 自然人 1 + 总计 1 + 三、本年度办理结果 21 + the four groups (7+2+4+2); the review table: 5.
        Assert.Equal([0, 2 + 1 + 1 + 21 + 7 + 2 + 4 + 2, 5], continuations);
        // The reader resolves them all without finding a gap.
        Assert.Equal(3, DocxTableReader.Read(Sample).Count);
    }

    [Fact]
    public void Signature_and_date_are_printed_when_a_publish_date_is_given()
    {
        var report = SampleReport();
        Assert.DoesNotContain(ChineseText.Date(new DateOnly(2024, 1, 20)), BodyTexts(Sample));
        report.PublishDate = new DateOnly(2024, 1, 20);
        var texts = BodyTexts(Write(report));
        Assert.Equal([report.Agency, "2024年1月20日"], texts.TakeLast(2));
        var paragraphs = Part(Write(report), "word/document.xml").Descendants(W + "body").Single().Elements(W + "p").TakeLast(2);
        Assert.All(paragraphs, p => Assert.Equal("right", Val(p.Element(W + "pPr")!.Element(W + "jc")!, "val")));
    }

    private static void AssertValid(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    private static string[] CoreDates(byte[] docx)
    {
        XNamespace terms = "http://purl.org/dc/terms/";
        var core = Part(docx, "docProps/core.xml");
        return [core.Descendants(terms + "created").Single().Value, core.Descendants(terms + "modified").Single().Value];
    }

    private static XElement Style(string id) =>
        Part(Sample, "word/styles.xml").Descendants(W + "style").Single(s => Val(s, "styleId") == id);

    private static void AssertStyleFont(string style, string font, string size)
    {
        var run = Style(style).Element(W + "rPr")!;
        Assert.Equal(font, Val(run.Element(W + "rFonts")!, "eastAsia"));
        Assert.Equal(size, Val(run.Element(W + "sz")!, "val"));
    }

    private static List<string> Paragraphs(XElement body, string style) =>
        [.. body.Elements(W + "p")
            .Where(p => p.Element(W + "pPr")?.Element(W + "pStyle") is { } s && Val(s, "val") == style)
            .Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)))];

    private static List<string> BodyTexts(byte[] docx) =>
        [.. Part(docx, "word/document.xml").Descendants(W + "body").Single().Elements(W + "p")
            .Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)))
            .Where(t => t.Length > 0)];

    private static string? Val(XElement element, string name) => (string?)element.Attribute(W + name);
}
