using System.Text;
using System.Xml.Linq;
using ReportGen.Core.Model;
using ReportGen.Core.Rendering.Docx;
using ReportGen.Tests.Rendering;
using ReportGen.Tests.Support;
using static ReportGen.Tests.Html.HtmlTestFiles;

namespace ReportGen.Tests.Html;

/// <summary>
/// The web page: the same text and tables as the .docx, every look inline, deterministic, hostile text inert.
/// After an intended change, rewrite the golden page: <c>UPDATE_GOLDEN=1 dotnet test --filter HtmlReportTests</c>.
/// </summary>
public class HtmlReportTests
{
    [Fact]
    public void Sample_page_matches_the_golden_file() =>
        Golden.AssertMatchesCommitted("tests/ReportGen.Tests/Html/golden/2023.html", Normalise(Sample));

    [Fact]
    public void Same_report_gives_the_same_bytes()
    {
        var first = RenderBytes(DocxTestFiles.SampleReport());
        var inParallel = Enumerable.Range(0, 4).AsParallel().Select(_ => RenderBytes(DocxTestFiles.SampleReport())).ToList();
        Assert.All(inParallel, bytes => Assert.Equal(first, bytes));
        Assert.False(first.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
    }

    [Fact]
    public void Page_is_self_contained_Chinese_and_styled_inline()
    {
        var page = Parse(Sample);
        Assert.Equal("zh-CN", (string?)page.Root!.Attribute("lang"));
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe");
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href");
        var article = Assert.Single(page.Descendants("article"));
        Assert.Empty(article.Descendants("style"));
        // Everything in the article that draws a box or text carries its own look.
        Assert.All(article.Descendants().Where(e => e.Name.LocalName is "h1" or "h2" or "h3" or "p" or "table" or "th" or "td"),
            e => Assert.False(string.IsNullOrEmpty((string?)e.Attribute("style")), $"<{e.Name.LocalName}> has no inline style"));
    }

    [Fact]
    public void Page_has_the_same_text_as_the_docx_in_the_same_order()
    {
        var w = DocxTestFiles.W;
        var docx = DocxTestFiles.Parts(DocxTestFiles.Sample)["word/document.xml"].Root!.Element(w + "body")!
            .Elements(w + "p")
            .Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value)))
            .Where(text => text.Length > 0)
            .ToList();
        var article = Parse(Sample).Descendants("article").Single();
        var html = article.Elements().TakeWhile(e => e.Name.LocalName != "section")
            .Where(e => e.Name.LocalName is "h1" or "h2" or "h3" or "p")
            .Select(e => e.Value)
            .ToList();
        Assert.Equal(docx, html);
    }

    [Fact]
    public void Tables_have_the_cells_spans_and_text_of_the_docx_tables()
    {
        var docxTables = DocxTableReader.Read(DocxTestFiles.Sample);
        var htmlTables = Tables(Parse(Sample));
        Assert.Equal(docxTables.Count, htmlTables.Count);
        for (var t = 0; t < docxTables.Count; t++)
        {
            var expected = docxTables[t].Cells().Select(c => $"\"{c.Text}\" at ({c.Row},{c.Column}) {c.RowSpan}x{c.ColumnSpan}");
            Assert.Equal(expected, htmlTables[t].Select(c => c.ToString()));
            Assert.Equal(docxTables[t].ColumnCount, htmlTables[t].Max(c => c.Column + c.ColumnSpan));
        }
    }

    [Fact]
    public void Headers_are_th_with_scope_and_figures_are_td()
    {
        var page = Parse(Sample);
        Assert.Equal(3, page.Descendants("caption").Count());
        foreach (var table in Tables(page))
        {
            Assert.All(table.Where(c => c.Tag == "th"), c => Assert.Contains(c.Scope, new[] { "col", "colgroup", "row", "rowgroup" }));
            Assert.All(table.Where(c => c.Text.Length > 0 && c.Text.All(char.IsAsciiDigit)), c => Assert.Equal("td", c.Tag));
        }

        var review = Tables(page)[2];
        Assert.Contains(review, c => c.Text == "行政诉讼" && c.Tag == "th" && c.Scope == "colgroup" && c.ColumnSpan == 10);
        var requests = Tables(page)[1];
        Assert.Contains(requests, c => c.Text == "三、本年度办理结果" && c.Scope == "rowgroup" && c.RowSpan > 1);
    }

    [Fact]
    public void Wide_tables_scroll_in_their_box_not_the_page()
    {
        var boxes = Parse(Sample).Descendants("table").Select(t => t.Parent!).ToList();
        Assert.Equal(3, boxes.Count);
        Assert.All(boxes, box => Assert.Contains("overflow-x:auto", (string?)box.Attribute("style"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("</table></article><b>")]
    [InlineData("\"' onload=\"x")]
    [InlineData("&amp; &lt;")]
    public void Hostile_text_is_shown_as_text(string hostile)
    {
        var report = DocxTestFiles.SampleReport();
        report.Agency = "石拐区" + hostile + "局";
        report.Title = hostile + "年报";
        report.Overview = [new ProseSection(hostile, [hostile + "段落"])];
        var html = Render(report);
        var page = Parse(html); // well-formed: nothing broke out of its element
        Assert.Empty(page.Descendants("script"));
        Assert.Empty(page.Descendants("b"));
        Assert.Single(page.Descendants("article"));
        Assert.Equal(3, page.Descendants("table").Count());
        Assert.Contains(page.Descendants("p"), p => p.Value == hostile + "段落");
        Assert.Contains(page.Descendants("h3"), h => h.Value.EndsWith(hostile, StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Bidi_controls_never_reach_the_page()
    {
        var report = DocxTestFiles.SampleReport();
        report.Agency = "石拐区\u202E局技科和务商\u202C";
        report.Overview = [new ProseSection(null, ["收到申请\u20665\u2069件，\u202A\u202B\u202D\u2067\u2068。"])];
        var html = Render(report);
        Assert.DoesNotContain(html, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
        Assert.Contains("收到申请5件，。", html, StringComparison.Ordinal);
        Assert.Contains(Parse(html).Descendants("h1"), h => h.Value.StartsWith("石拐区局技科和务商", StringComparison.Ordinal));
    }
}
