using System.Xml.Linq;
using ReportGen.Core.Format;
using ReportGen.Core.Rendering;
using static ReportGen.Tests.Rendering.DocxTestFiles;

namespace ReportGen.Tests.Rendering;

/// <summary>
/// How the body may break across pages and lines, in the document's XML (their effect on the printed pages
/// is in <see cref="LibreOfficeRenderingTests"/>): tables break between rows under their repeated header, and
/// a paragraph with a web address or a phone number is set flush left rather than stretched.
/// </summary>
public class PageBreakingTests
{
    private static readonly XDocument Document = Part(Sample, "word/document.xml");

    [Fact]
    public void Header_rows_repeat_and_keep_with_the_next_row_and_no_row_splits()
    {
        var tables = Document.Descendants(W + "tbl").ToList();
        Assert.Equal(3, tables.Count);
        var withHeader = 0;
        foreach (var table in tables)
        {
            var rows = table.Elements(W + "tr").ToList();
            var headers = rows.TakeWhile(r => r.Element(W + "trPr")!.Element(W + "tblHeader") is not null).ToList();
            withHeader += headers.Count > 0 ? 1 : 0;
            Assert.All(rows, r => Assert.NotNull(r.Element(W + "trPr")!.Element(W + "cantSplit")));
            Assert.All(headers, r => Assert.All(r.Descendants(W + "p"), p => Assert.NotNull(p.Element(W + "pPr")!.Element(W + "keepNext"))));
            // No chain of keep-with-next over the body rows: it would move a table that fits a page whole to
            // the next page and leave most of this one blank.
            Assert.All(rows.Skip(headers.Count), r => Assert.Empty(r.Descendants(W + "keepNext")));
        }

        // Tables 三 and 四 have column headings over several rows; table 二 repeats its headings inside.
        Assert.True(withHeader >= 2);
    }

    [Fact]
    public void Only_paragraphs_with_a_long_Latin_word_are_flush_left()
    {
        var body = Document.Descendants(W + "p")
            .Where(p => p.Ancestors(W + "tbl").Any() is false && (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") == "Normal")
            .Where(p => p.Value.Length > 0)
            .ToList();
        var flushLeft = body.Where(p => (string?)p.Element(W + "pPr")!.Element(W + "jc")?.Attribute(W + "val") == "left").ToList();

        Assert.Contains("www.shiguai.gov.cn", Assert.Single(flushLeft).Value, StringComparison.Ordinal);
        Assert.All(body.Except(flushLeft).Where(p => p.Element(W + "pPr")!.Element(W + "jc") is null), p => Assert.False(ChineseText.HasLongLatinWord(p.Value)));
    }

    [Theory]
    [InlineData("网站（http://www.shiguai.gov.cn/）下载", true)]
    [InlineData("电话：0472-8720884）。", true)]
    [InlineData("邮编：014070，2023 年 12 月 31 日", false)]
    [InlineData("国办公开办函〔2021〕30号", false)]
    public void A_long_Latin_word_is_ten_half_width_characters_without_a_space(string text, bool expected) =>
        Assert.Equal(expected, ChineseText.HasLongLatinWord(text));
}
