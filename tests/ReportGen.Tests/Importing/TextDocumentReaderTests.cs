using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Importing;
using ReportGen.Core.Reading;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

public sealed class TextDocumentReaderTests
{
    private static string SeedPath => Path.Combine(Repository.Samples, "published", "2023.txt");

    private static byte[] Seed => File.ReadAllBytes(SeedPath);

    [Fact]
    public void Seed_text_has_table_three_with_every_catalog_row_and_seven_figures_each()
    {
        var document = PublishedDocuments.ReadText(Seed, "2023.txt");

        var rows = PublishedDocuments.RequestRows(document);

        Assert.Equal(25, rows.Count);
        Assert.All(rows, r => Assert.All(r.Figures, f => Assert.Equal("0", f.Text)));
        // The cut labels are joined to their figures' row, their stray spaces kept for the extractor.
        Assert.Contains(rows, r => r.Label == "8. 属于行政查询 事项");
        Assert.Contains(rows, r => r.Label == "一、本年新收政府信息公开申请数量");
        Assert.Contains(rows, r => r.Label == "5. 要求行 政机关 确认或 重新出具已获取信息");
    }

    [Fact]
    public void Seed_text_cells_know_their_table_row_and_column()
    {
        var document = PublishedDocuments.ReadText(Seed, "2023.txt");
        var tables = document.Tables().ToList();

        Assert.Equal(3, tables.Count);
        Assert.Equal([1, 2, 3], tables.Select(t => t.Position.Table));
        foreach (var table in tables)
        {
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Rows[r].Count; c++)
                {
                    Assert.Equal(new DocumentPosition(0, table.Position.Table, r + 1, c + 1), table.Rows[r][c].Position);
                }
            }
        }

        // Table 二 is one table of 14 rows; table 四's figures are one row of 15.
        Assert.Equal(14, tables[0].Rows.Count);
        Assert.Equal(FormatCatalog.ReviewTable.GridColumns, PublishedDocuments.FigureRows(tables[2], 15).Single().Figures.Count);
    }

    [Fact]
    public void Seed_text_paragraphs_are_those_of_the_sample_yaml()
    {
        var document = PublishedDocuments.ReadText(Seed, "2023.txt");
        var report = ReportReader.ReadFile(Repository.Sample).Report!;
        var texts = document.Texts().ToList();

        foreach (var paragraph in PublishedDocuments.Paragraphs(report))
        {
            Assert.Contains(paragraph, texts);
        }

        Assert.Equal(texts.Count, document.Blocks.OfType<TextBlock>().Select(t => t.Position.Paragraph).Distinct().Count());
    }

    [Fact]
    public void Gbk_utf16_and_bom_copies_read_as_the_utf8_one()
    {
        var text = Encoding.UTF8.GetString(Seed);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var expected = Describe(PublishedDocuments.ReadText(Seed));

        Assert.Equal(expected, Describe(PublishedDocuments.ReadText(Encoding.GetEncoding(936).GetBytes(text))));
        Assert.Equal(expected, Describe(PublishedDocuments.ReadText([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)])));
        Assert.Equal(expected, Describe(PublishedDocuments.ReadText([0xEF, 0xBB, 0xBF, .. Seed])));
    }

    [Fact]
    public void Markdown_tables_headings_and_a_wrapped_label()
    {
        var document = PublishedDocuments.ReadText("""
            ## 三、收到和处理政府信息公开申请情况

            | 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
            |---|---|---|---|---|---|---|---|
            | 一、本年新收政府信息公开申请 | 1 | 2 | 3 | 4 | 5 | 6 | 21 |
            | 数量 | | | | | | | |
            | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |

            **五、存在的主要问题及改进情况**
            """, "report.md");

        Assert.Equal(["三、收到和处理政府信息公开申请情况", "五、存在的主要问题及改进情况"], document.Texts());
        var table = document.Tables().Single();
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("一、本年新收政府信息公开申请数量", table.Rows[1][0].Text);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "21"], table.Rows[1].Skip(1).Select(c => c.Text));
        Assert.Equal("md", document.FileFormat);
    }

    [Fact]
    public void Runs_of_spaces_split_cells_of_figure_rows_but_not_prose()
    {
        var document = PublishedDocuments.ReadText(
            "我局  全年公开信息五十条。\n一、本年新收政府信息公开申请数量    1   2  3  4  5  6  21\n- 3 -\n第 4 页 共 6 页\n");

        Assert.Equal(["我局  全年公开信息五十条。"], document.Texts());
        Assert.Equal(["一、本年新收政府信息公开申请数量", "1", "2", "3", "4", "5", "6", "21"], document.Tables().Single().Rows.Single().Select(c => c.Text));
    }

    [Fact]
    public void A_row_without_figures_after_a_complete_label_is_a_row_of_its_own()
    {
        // 行政规范性文件 is a label of the format on its own, so 第二十条第（五）项 starts a row, not continues it.
        var document = PublishedDocuments.ReadText("行政规范性文件\t0\t0\t0\n第二十条第（五）项\t\t\t\n");

        Assert.Equal(2, document.Tables().Single().Rows.Count);
    }

    [Fact]
    public void Binary_and_oversized_files_are_unreadable_with_what_to_do()
    {
        var binary = Assert.Throws<DocumentUnreadableException>(() => PublishedDocuments.ReadText([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE, 0x00]));
        Assert.Contains("UTF-8", binary.Reason, StringComparison.Ordinal);

        var large = Assert.Throws<DocumentUnreadableException>(() => PublishedDocuments.ReadText(new byte[TextDocumentReader.MaxBytes + 1]));
        Assert.Contains("过大", large.Reason, StringComparison.Ordinal);
    }

    private static string Describe(PublishedDocument document) => string.Join('\n', document.Blocks.Select(b => b switch
    {
        TextBlock t => t.Position.Describe() + " " + t.Text,
        TableBlock t => string.Join('\n', t.Rows.Select(r => string.Join('|', r.Select(c => c.Text)))),
        _ => "",
    }));
}
